import CZlibSystem
import JixiaoModels
import NIOCore

/// A streaming zlib decompressor with a cap on the bytes it will produce (Protocol.md §8.2).
///
/// Output is handed out in slices of at most 64 KiB and never accumulated here, so memory stays bounded
/// however large the stream claims to be. Once the total output would pass `limit` it throws
/// `decompressionLimit`: a deflate bomb costs at most `limit` bytes of inflating work, never memory.
public final class Inflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private let scratch: UnsafeMutableRawBufferPointer
    /// The most bytes this inflater will produce.
    public let limit: Int
    /// Bytes produced so far.
    public private(set) var totalOut = 0
    /// Compressed bytes consumed so far.
    public private(set) var totalIn = 0
    /// Whether the end of the zlib stream (with a valid Adler-32) has been read.
    public private(set) var isFinished = false

    /// The size of the output slices.
    public static let sliceLength = 64 * 1024

    /// Creates an inflater that refuses to produce more than `limit` bytes.
    /// - Throws: `ProtocolError.internal` when zlib cannot initialise.
    public init(limit: Int) throws {
        self.limit = limit
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        scratch = .allocate(byteCount: Inflater.sliceLength, alignment: 16)
        let status = CZlibSystem_inflateInit2(stream, MAX_WBITS)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            scratch.deallocate()
            throw ProtocolError(.internal, "zlib inflateInit2 failed with status \(status)")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        scratch.deallocate()
    }

    /// Inflates `input`, passing each slice of output to `output` before producing the next.
    /// - Throws: `decompressionLimit` past the cap; `malformedFrame` for corrupt data or bytes after the end of
    ///   the stream; whatever `output` throws.
    public func inflate(_ input: ByteBuffer, output: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard input.readableBytes > 0 else { return }
        guard !isFinished else {
            throw ProtocolError.malformed("compressed data continues after the end of its stream")
        }
        try input.withUnsafeReadableBytes { raw in
            stream.pointee.next_in = UnsafeMutablePointer(
                mutating: raw.baseAddress?.assumingMemoryBound(to: Bytef.self)
            )
            stream.pointee.avail_in = uInt(raw.count)
            defer {
                totalIn += raw.count - Int(stream.pointee.avail_in)
                stream.pointee.next_in = nil
                stream.pointee.avail_in = 0
            }
            while true {
                stream.pointee.next_out = scratch.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(Inflater.sliceLength)
                let status = CZlibSystem.inflate(stream, Z_NO_FLUSH)
                let produced = Inflater.sliceLength - Int(stream.pointee.avail_out)
                switch status {
                case Z_OK, Z_STREAM_END, Z_BUF_ERROR:
                    break
                case Z_NEED_DICT:
                    throw ProtocolError.malformed("compressed data asks for a preset dictionary")
                case Z_MEM_ERROR:
                    throw ProtocolError(.internal, "zlib ran out of memory")
                default:
                    throw ProtocolError.malformed("corrupt compressed data (zlib status \(status))")
                }
                if produced > limit - totalOut {
                    throw ProtocolError(
                        .decompressionLimit,
                        tr("wire.inflate-limit", ["limit": "\(limit)"])
                    )
                }
                totalOut += produced
                if produced > 0 { try output(UnsafeRawBufferPointer(start: scratch.baseAddress, count: produced)) }
                if status == Z_STREAM_END {
                    isFinished = true
                    if stream.pointee.avail_in > 0 {
                        throw ProtocolError.malformed("compressed data continues after the end of its stream")
                    }
                    return
                }
                // Output space left over means zlib consumed all it could: wait for more input.
                if stream.pointee.avail_out > 0 && (stream.pointee.avail_in == 0 || status == Z_BUF_ERROR) { return }
            }
        }
    }
}

@available(*, unavailable)
extension Inflater: Sendable {}
