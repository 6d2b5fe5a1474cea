import JixiaoModels
import NIOCore

/// A stream of change records, compressed and cut into chunks for PUSH_DATA or PULL_DATA frames
/// (Protocol.md §8).
public struct CompressedChangeSet: Sendable {
    /// The slices of the zlib stream, each at most `Frame.maximumChunkLength` bytes; at least one.
    public var chunks: [ByteBuffer]
    /// The number of change records.
    public var rowCount: UInt32
    /// The length of the record stream before compression.
    public var uncompressedSize: UInt64

    /// The total compressed length.
    public var compressedSize: Int { chunks.reduce(0) { $0 + $1.readableBytes } }

    /// Encodes and compresses `changes`.
    ///
    /// Records are compressed as they are encoded, so only the compressed output is held in memory.
    /// - Parameters:
    ///   - level: the zlib level.
    ///   - chunkLength: the largest chunk (at most `Frame.maximumChunkLength`).
    /// - Throws: `ProtocolError` when a row cannot be encoded or there are more than 2³²−1 rows.
    public init(
        changes: some Sequence<SyncChange>,
        level: Int32 = 6,
        chunkLength: Int = Frame.maximumChunkLength
    ) throws {
        let builder = try Builder(level: level, chunkLength: chunkLength)
        for change in changes { try builder.append(change) }
        self = try builder.finish()
    }

    init(chunks: [ByteBuffer], rowCount: UInt32, uncompressedSize: UInt64) {
        self.chunks = chunks
        self.rowCount = rowCount
        self.uncompressedSize = uncompressedSize
    }

    /// Encodes and compresses changes one at a time, so that a producer (a database cursor) never holds them all:
    /// only the compressed output stays in memory.
    public final class Builder {
        private let deflater: Deflater
        private let chunkLength: Int
        private var compressed = ByteBuffer()
        private var batch: [UInt8] = []
        private var rows: UInt64 = 0
        private var size: UInt64 = 0
        private let emit: ((ByteBuffer) throws -> Void)?

        /// Creates a builder.
        /// - Parameter emit: when given, each slice but the last is handed to it as soon as it is compressed
        ///   (`chunkLength` bytes each), so that it can be sent while the rest is read and compressed; `finish()`'s
        ///   set then holds only the last slice.
        /// - Throws: `ProtocolError.internal` when zlib cannot initialise.
        public init(
            level: Int32 = 6,
            chunkLength: Int = Frame.maximumChunkLength,
            emit: ((ByteBuffer) throws -> Void)? = nil
        ) throws {
            precondition(chunkLength > 0 && chunkLength <= Frame.maximumChunkLength, "chunk length out of range")
            deflater = try Deflater(level: level)
            self.chunkLength = chunkLength
            self.emit = emit
            batch.reserveCapacity(80 * 1024)
        }

        /// Rows added so far.
        public var rowCount: Int { Int(rows) }

        /// Adds one change.
        /// - Throws: `ProtocolError` when the row cannot be encoded.
        public func append(_ change: SyncChange) throws {
            try ChangeRecord.append(change, to: &batch)
            rows += 1
            if batch.count >= 64 * 1024 {
                size += UInt64(batch.count)
                deflater.compress(batch, into: &compressed)
                batch.removeAll(keepingCapacity: true)
                if let emit {
                    // A full slice is emitted only once a byte follows it: the last slice is always `finish()`'s.
                    while compressed.readableBytes > chunkLength {
                        try emit(compressed.readSlice(length: chunkLength)!)
                    }
                    // The emitted slices keep their bytes; the rest moves to the front.
                    if compressed.readerIndex > 0 { compressed.discardReadBytes() }
                }
            }
        }

        /// Ends the stream.
        /// - Throws: `ProtocolError.tooLarge` for more than 2³²−1 rows.
        public func finish() throws -> CompressedChangeSet {
            size += UInt64(batch.count)
            deflater.compress(batch, into: &compressed)
            batch = []
            deflater.finish(into: &compressed)
            guard rows <= UInt64(UInt32.max) else {
                throw ProtocolError(.tooLarge, tr("wire.too-many-rows", ["n": "\(rows)", "limit": "\(UInt32.max)"]))
            }
            var slices: [ByteBuffer] = []
            while compressed.readableBytes > 0 {
                slices.append(compressed.readSlice(length: min(chunkLength, compressed.readableBytes))!)
            }
            if let emit {
                for slice in slices.dropLast() { try emit(slice) }
                slices = Array(slices.suffix(1))
            }
            return CompressedChangeSet(chunks: slices, rowCount: UInt32(rows), uncompressedSize: size)
        }
    }

    /// The chunks as data messages of `type` (`.pushData` or `.pullData`), `more` set on all but the last.
    public func messages(_ type: MessageType) -> [Message] {
        precondition(type.isData, "only PUSH_DATA and PULL_DATA carry chunks")
        return chunks.indices.map { index in
            let more = index < chunks.count - 1
            return type == .pushData ? .pushData(chunks[index], more: more) : .pullData(chunks[index], more: more)
        }
    }
}

/// Reads a compressed change-record stream chunk by chunk (Protocol.md §8), inflating with a cap.
///
/// Records that straddle chunks are held until complete. Not thread-safe.
public final class ChangeSetDecoder {
    private let inflater: Inflater
    private var pending = ByteBuffer()
    /// Compressed bytes fed so far.
    public private(set) var compressedBytes = 0
    /// The most compressed bytes accepted.
    public let compressedLimit: Int
    /// Records decoded so far.
    public private(set) var rowCount = 0

    /// Creates a decoder that refuses to inflate past `limit` bytes or read more than
    /// `CompressedChangeSet.compressedLimit(forUncompressed: limit)` compressed bytes.
    /// - Throws: `ProtocolError.internal` when zlib cannot initialise.
    public init(limit: Int) throws {
        inflater = try Inflater(limit: limit)
        compressedLimit = CompressedChangeSet.compressedLimit(forUncompressed: UInt64(limit))
    }

    /// Bytes inflated so far.
    public var uncompressedBytes: Int { inflater.totalOut }

    /// Feeds one chunk.
    /// - Returns: The records completed by this chunk.
    /// - Throws: `ProtocolError` for corrupt data, a record that breaks the format, or a limit passed.
    public func consume(_ chunk: ByteBuffer) throws -> [SyncChange] {
        var out: [SyncChange] = []
        try consume(chunk) { out.append($0) }
        return out
    }

    /// Feeds one chunk, handing each completed record to `body` as soon as it is read, so that memory stays
    /// bounded by one inflated slice however far the chunk inflates.
    /// - Throws: `ProtocolError` for corrupt data, a record that breaks the format, or a limit passed; or what
    ///   `body` throws.
    public func consume(_ chunk: ByteBuffer, each body: (SyncChange) throws -> Void) throws {
        compressedBytes += chunk.readableBytes
        guard compressedBytes <= compressedLimit else {
            throw ProtocolError(.decompressionLimit, tr("wire.compressed-limit", ["limit": "\(compressedLimit)"]))
        }
        try inflater.inflate(chunk) { slice in
            pending.writeBytes(slice)
            while let change = try pending.readChangeRecord() {
                rowCount += 1
                try body(change)
            }
            if pending.readerIndex > 64 * 1024 { pending.discardReadBytes() }
        }
    }

    /// Checks that the stream ended cleanly: the zlib stream is complete and no record is cut short.
    /// - Throws: `malformedFrame` otherwise.
    public func finish() throws {
        guard inflater.isFinished else { throw ProtocolError.malformed("compressed data ends before its stream does") }
        guard pending.readableBytes == 0 else {
            throw ProtocolError.malformed(
                "the change stream ends inside a record (\(pending.readableBytes) bytes left)"
            )
        }
    }
}

@available(*, unavailable)
extension ChangeSetDecoder: Sendable {}

@available(*, unavailable)
extension CompressedChangeSet.Builder: Sendable {}

extension CompressedChangeSet {
    /// The most compressed bytes a stream inflating to `size` bytes may take (Protocol.md §6):
    /// size + size/256 + 1024, above zlib's `deflateBound` for every size.
    public static func compressedLimit(forUncompressed size: UInt64) -> Int {
        Int(clamping: size + size / 256 + 1024)
    }
}
