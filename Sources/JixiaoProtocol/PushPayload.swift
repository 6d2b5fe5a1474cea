import JixiaoModels
import NIOCore

/// A push as it arrived: its PUSH_BEGIN and compressed chunks, not yet read.
///
/// The server keeps pushes compressed while they wait for the district database's single writer and reads them once,
/// row by row inside the applying transaction, so memory grows with the bytes on the wire, not with parsed rows
/// (Protocol.md §6; Docs/Performance.md), and no record is inflated twice.
public struct PushPayload: Sendable {
    public let begin: PushBegin
    /// The authenticated office.
    public let office: String
    public let chunks: [ByteBuffer]

    /// Compressed bytes held.
    public var compressedBytes: Int { chunks.reduce(0) { $0 + $1.readableBytes } }

    /// Inflates the chunks and hands each change to `body`, in order, checking every record: its format, the inflate
    /// cap, the office's and device's authorization (`ServerSession.authorize`), a key at most once (Protocol.md
    /// §10.3), and at the end the row count and the inflated size PUSH_BEGIN announced.
    /// - Throws: `ProtocolError` for the first record or count that breaks a rule; or what `body` throws. The
    ///   changes handed over before it must then be rolled back: the push is refused whole.
    public func forEachChange(_ body: (SyncChange) throws -> Void) throws {
        let decoder = try ChangeSetDecoder(limit: Int(begin.uncompressedSize))
        let device = begin.epoch.uuidString.lowercased()
        var keys = Set<KeyHash>(minimumCapacity: min(Int(begin.rowCount), 1 << 20))
        for chunk in chunks {
            try decoder.consume(chunk) { change in
                guard decoder.rowCount <= Int(begin.rowCount) else {
                    throw ProtocolError.malformed(tr("wire.push-more-rows", ["n": "\(begin.rowCount)"]))
                }
                try ServerSession.authorize(change, office: office, device: device)
                guard keys.insert(KeyHash(change)).inserted else {
                    throw ProtocolError.malformed(
                        tr("wire.push-row-twice", ["table": "\(change.table)", "key": change.key])
                    )
                }
                try body(change)
            }
        }
        try decoder.finish()
        guard decoder.rowCount == Int(begin.rowCount), decoder.uncompressedBytes == Int(begin.uncompressedSize) else {
            throw ProtocolError.malformed(
                tr(
                    "wire.push-count-mismatch",
                    [
                        "rows": "\(begin.rowCount)", "bytes": "\(begin.uncompressedSize)",
                        "carried": "\(decoder.rowCount)", "carriedBytes": "\(decoder.uncompressedBytes)",
                    ]
                )
            )
        }
    }
}

/// A row key of one push as two independently seeded 64-bit hashes.
private struct KeyHash: Hashable {
    let first: Int
    let second: Int

    init(_ change: SyncChange) {
        var first = Hasher()
        first.combine(0 as UInt8)
        first.combine(change.table)
        first.combine(change.key)
        var second = Hasher()
        second.combine(1 as UInt8)
        second.combine(change.key)
        second.combine(change.table)
        self.first = first.finalize()
        self.second = second.finalize()
    }
}
