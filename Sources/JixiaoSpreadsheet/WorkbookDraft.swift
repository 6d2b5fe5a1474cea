import Foundation
import ZIPFoundation

/// A workbook to be written as .xlsx: its sheets and how strings are stored.
///
/// The output is deterministic: the same draft gives the same bytes (fixed timestamps in the zip entries and the
/// document properties, styles and strings numbered in the order first used), so tests can compare files.
public struct WorkbookDraft: Sendable {
    /// How texts are stored in the cells.
    public enum StringStorage: Hashable, Sendable {
        /// In `xl/sharedStrings.xml`, each distinct text once (what Excel writes).
        case shared
        /// In each cell (`t="inlineStr"`).
        case inline
    }

    /// The sheets in tab order; at least one must be visible.
    public var sheets: [SheetDraft]
    /// How texts are stored.
    public var stringStorage: StringStorage
    /// The document title (`docProps/core.xml`), empty for none.
    public var title: String
    /// The creation time written into the document properties, ISO 8601 in UTC.
    public var created: String

    /// The fixed time of every zip entry and the default `created`: 2021-01-01 00:00 UTC.
    public static let fixedTimestamp = "2021-01-01T00:00:00Z"

    /// A workbook of `sheets`.
    public init(
        sheets: [SheetDraft] = [],
        stringStorage: StringStorage = .shared,
        title: String = "",
        created: String = WorkbookDraft.fixedTimestamp
    ) {
        self.sheets = sheets
        self.stringStorage = stringStorage
        self.title = title
        self.created = created
    }

    /// The .xlsx file's bytes.
    /// - Throws: `SpreadsheetError.unwritable` for sheet names Excel refuses, no visible sheet, or a cell that cannot
    ///   be written.
    public func data() throws -> Data {
        try checkNames()
        let parts = try self.parts()
        do {
            let archive = try Archive(accessMode: .create)
            let date = Date(timeIntervalSince1970: 1_609_459_200)
            for (path, content) in parts {
                let bytes = Data(content.utf8)
                try archive.addEntry(
                    with: path,
                    type: .file,
                    uncompressedSize: Int64(bytes.count),
                    modificationDate: date,
                    permissions: 0o644,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw SpreadsheetError(.unwritable, "the zip archive is empty") }
            return data
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError(
                .unwritable,
                "the workbook could not be assembled",
                underlying: DescribedError(error)
            )
        }
    }

    /// Writes the .xlsx file to `url`, replacing it.
    /// - Throws: `SpreadsheetError.unwritable`.
    public func write(to url: URL) throws {
        let data = try data()
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw SpreadsheetError(
                .unwritable,
                "\(url.path) cannot be written: \(error.localizedDescription)",
                underlying: DescribedError(error)
            )
        }
    }

    private func checkNames() throws {
        guard sheets.contains(where: { !$0.isHidden }) else {
            throw SpreadsheetError(.unwritable, "a workbook needs at least one sheet that is not hidden")
        }
        var seen: Set<String> = []
        for sheet in sheets {
            let forbidden = sheet.name.contains { "[]:*?/\\".contains($0) }
            guard !sheet.name.isEmpty, sheet.name.count <= 31, !forbidden, !sheet.name.hasPrefix("'") else {
                throw SpreadsheetError(
                    .unwritable,
                    "sheet name \"\(sheet.name)\" is not allowed: 1 to 31 characters, none of [ ] : * ? / \\"
                )
            }
            guard seen.insert(sheet.name.lowercased()).inserted else {
                throw SpreadsheetError(.unwritable, "two sheets are named \"\(sheet.name)\"")
            }
        }
    }
}
