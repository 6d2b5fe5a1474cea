import JixiaoModels
import NIOCore

/// A push as it arrived: its PUSH_BEGIN and compressed chunks, already checked by `ServerSession` (format, row
/// count, sizes, authorization).
///
/// The server keeps pushes compressed while they wait for the district database's single writer and reads them
/// again row by row inside the applying transaction, so memory grows with the bytes on the wire, not with parsed
/// rows (Protocol.md §6; Docs/Performance.md).
public struct PushPayload: Sendable {
    public let begin: PushBegin
    /// The authenticated office.
    public let office: String
    public let chunks: [ByteBuffer]

    /// Compressed bytes held.
    public var compressedBytes: Int { chunks.reduce(0) { $0 + $1.readableBytes } }

    /// Inflates the chunks again and hands each change to `body`, in order, checking every rule once more.
    /// - Throws: `ProtocolError` if the data no longer reads as it did when checked; or what `body` throws.
    public func forEachChange(_ body: (SyncChange) throws -> Void) throws {
        let decoder = try ChangeSetDecoder(limit: Int(begin.uncompressedSize))
        for chunk in chunks {
            try decoder.consume(chunk) { change in
                guard decoder.rowCount <= Int(begin.rowCount) else {
                    throw ProtocolError.malformed(tr("wire.push-more-rows", ["n": "\(begin.rowCount)"]))
                }
                try ServerSession.authorize(change, office: office, device: begin.epoch.uuidString.lowercased())
                try body(change)
            }
        }
        try decoder.finish()
        guard decoder.rowCount == Int(begin.rowCount) else {
            throw ProtocolError.malformed(
                tr("wire.push-row-count", ["carried": "\(decoder.rowCount)", "n": "\(begin.rowCount)"])
            )
        }
    }
}
