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
    /// The most bytes the stream may inflate to: PUSH_BEGIN's uncompressed size, or the server's push limit when
    /// the client did not state one (Protocol.md §4.6.2).
    public let inflateLimit: Int
    public let chunks: [ByteBuffer]

    /// Creates a payload; `inflateLimit` defaults to the stated uncompressed size.
    public init(begin: PushBegin, office: String, inflateLimit: Int? = nil, chunks: [ByteBuffer]) {
        self.begin = begin
        self.office = office
        self.inflateLimit = inflateLimit ?? Int(clamping: begin.uncompressedSize)
        self.chunks = chunks
    }

    /// Compressed bytes held.
    public var compressedBytes: Int { chunks.reduce(0) { $0 + $1.readableBytes } }

    /// A reader for this push's records (`PushReader`), to feed its chunks to as they come.
    /// - Throws: `ProtocolError.internal` when zlib cannot initialise.
    public func reader() throws -> PushReader {
        try PushReader(begin: begin, office: office, inflateLimit: inflateLimit)
    }

    /// Inflates the chunks and hands each change to `body`, in order, checking every record as `PushReader` does.
    /// - Throws: `ProtocolError` for the first record or count that breaks a rule; or what `body` throws. The
    ///   changes handed over before it must then be rolled back: the push is refused whole.
    public func forEachChange(_ body: (SyncChange) throws -> Void) throws {
        let reader = try reader()
        for chunk in chunks { try reader.consume(chunk, each: body) }
        try reader.finish()
    }
}

/// Reads one push's records slice by slice, checking every record: its format, the inflate cap, the office's and
/// device's authorization (`ServerSession.authorize`), a key at most once (Protocol.md §10.3.6), and at the end
/// the row count and, when PUSH_BEGIN stated it, the inflated size (§4.6.2).
///
/// Used by `PushPayload.forEachChange` on a push that has arrived whole, and by a server that stores a push while
/// its slices still arrive. Not thread-safe.
public final class PushReader {
    private let begin: PushBegin
    private let office: String
    private let device: String
    private let decoder: ChangeSetDecoder
    private var keys: Set<KeyHash>

    /// Creates a reader for the push `begin` of `office`, inflating at most `inflateLimit` bytes.
    /// - Throws: `ProtocolError.internal` when zlib cannot initialise.
    public init(begin: PushBegin, office: String, inflateLimit: Int) throws {
        self.begin = begin
        self.office = office
        device = begin.epoch.uuidString.lowercased()
        decoder = try ChangeSetDecoder(limit: inflateLimit)
        keys = Set(minimumCapacity: min(Int(begin.rowCount), 1 << 20))
    }

    /// Records read so far.
    public var rowCount: Int { decoder.rowCount }

    /// Inflates `chunk` and hands each record it completes to `body`, once checked.
    /// - Throws: `ProtocolError` for a record or limit that breaks a rule; or what `body` throws.
    public func consume(_ chunk: ByteBuffer, each body: (SyncChange) throws -> Void) throws {
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

    /// Checks the end: the stream is complete, and it carried PUSH_BEGIN's row count and stated size.
    /// - Throws: `ProtocolError.malformed` otherwise.
    public func finish() throws {
        try decoder.finish()
        if begin.uncompressedSize == 0 {
            guard decoder.rowCount == Int(begin.rowCount) else {
                throw ProtocolError.malformed(
                    tr("wire.push-rows-mismatch", ["rows": "\(begin.rowCount)", "carried": "\(decoder.rowCount)"])
                )
            }
            return
        }
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

@available(*, unavailable)
extension PushReader: Sendable {}

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
