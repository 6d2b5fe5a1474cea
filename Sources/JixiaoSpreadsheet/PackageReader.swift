import CZlibSystem
import Foundation
import JixiaoModels
import ZIPFoundation

/// The zip package of a workbook, read part by part with the inflated size capped (`ReadLimits`).
///
/// Not `Sendable`: it owns ZIPFoundation's open archive (a `FILE *`).
final class PackageReader {
    private let archive: Archive
    private let limits: ReadLimits
    /// What every part read so far inflated to.
    private var totalRead = 0
    /// The entries by path, read once from the central directory.
    private let entries: [String: Entry]

    /// The package in the file at `url`.
    /// - Throws: `SpreadsheetError.notAZip` when it is not a zip archive, `.unreadable` when it cannot be opened.
    convenience init(contentsOf url: URL, limits: ReadLimits) throws {
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 4) ?? Data()
        } catch {
            throw SpreadsheetError(
                .unreadable,
                tr("sheet.unreadable", ["path": url.path, "reason": error.localizedDescription]),
                underlying: DescribedError(error)
            )
        }
        try Self.checkMagic(head)
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw Self.notAZip(error)
        }
        try self.init(archive: archive, limits: limits)
    }

    /// The package held in `data`.
    /// - Throws: `SpreadsheetError.notAZip` when it is not a zip archive.
    convenience init(data: Data, limits: ReadLimits) throws {
        try Self.checkMagic(data.prefix(4))
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Self.notAZip(error)
        }
        try self.init(archive: archive, limits: limits)
    }

    private init(archive: Archive, limits: ReadLimits) throws {
        self.archive = archive
        self.limits = limits
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            entries[entry.path] = entry
            guard entries.count <= 100_000 else {
                throw SpreadsheetError(.notAWorkbook, tr("sheet.too-many-parts"))
            }
        }
        guard !entries.isEmpty else { throw SpreadsheetError(.notAZip, Self.notAZipMessage) }
        self.entries = entries
    }

    /// Whether the package has a part at `path` (no leading slash).
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The bytes of the part at `path` (no leading slash), inflated in chunks and stopped at the cap.
    /// - Throws: `SpreadsheetError.missingPart`, `.partTooLarge` at the cap, `.malformedPart` for data that does not
    ///   inflate or fails its checksum.
    func part(_ path: String) throws -> Data {
        guard let entry = entries[path] else {
            throw SpreadsheetError(.missingPart, tr("sheet.missing-part", ["part": path]))
        }
        let cap = min(limits.maximumPartSize, limits.maximumTotalSize - totalRead)
        guard entry.uncompressedSize <= UInt64(max(cap, 0)) else {
            throw tooLarge(path, declared: entry.uncompressedSize)
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        // The checksum is zlib's `crc32` over each chunk rather than ZIPFoundation's, which computes it in Swift
        // byte by byte (7% of reading a 100,000-row sheet).
        var crc = crc32(0, nil, 0)
        do {
            _ = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: true) { chunk in
                guard data.count + chunk.count <= cap else { throw CapReached() }
                data.append(chunk)
                guard !chunk.isEmpty else { return }  // a null buffer would reset the checksum
                crc = chunk.withUnsafeBytes { raw in
                    crc32(crc, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count))
                }
            }
        } catch is CapReached {
            throw tooLarge(path, declared: nil)
        } catch {
            throw SpreadsheetError(
                .malformedPart,
                tr("sheet.inflate-failed", ["part": path]),
                underlying: DescribedError(error)
            )
        }
        guard CRC32(truncatingIfNeeded: crc) == entry.checksum, data.count == Int(entry.uncompressedSize) else {
            throw SpreadsheetError(
                .malformedPart,
                tr("sheet.checksum", ["part": path])
            )
        }
        totalRead += data.count
        return data
    }

    private func tooLarge(_ path: String, declared: UInt64?) -> SpreadsheetError {
        let limit =
            totalRead + limits.maximumPartSize > limits.maximumTotalSize
            ? tr("sheet.limit-total", ["mib": "\(limits.maximumTotalSize >> 20)"])
            : tr("sheet.limit-part", ["mib": "\(limits.maximumPartSize >> 20)"])
        let size = declared.map { tr("sheet.declared-size", ["mib": "\($0 >> 20)"]) } ?? ""
        return SpreadsheetError(.partTooLarge, tr("sheet.too-large", ["part": path, "size": size, "limit": limit]))
    }

    private static var notAZipMessage: String { tr("import.not-xlsx") }

    private static func checkMagic(_ head: Data) throws {
        guard Workbook.isZip(head) else { throw SpreadsheetError(.notAZip, notAZipMessage) }
    }

    private static func notAZip(_ error: any Error) -> SpreadsheetError {
        SpreadsheetError(.notAZip, notAZipMessage, underlying: DescribedError(error))
    }

    /// Thrown from the extraction's consumer to stop inflating at the cap.
    private struct CapReached: Error {}
}

@available(*, unavailable)
extension PackageReader: Sendable {}

/// Another library's error, kept as its description (those errors are not all `Sendable`).
struct DescribedError: Error, Sendable, CustomStringConvertible {
    let description: String

    init(_ error: any Error) { description = String(describing: error) }
}
