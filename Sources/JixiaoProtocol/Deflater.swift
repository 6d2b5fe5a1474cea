import CZlibSystem
import NIOCore

/// A streaming zlib compressor (RFC 1950 format, as Protocol.md §8.1 requires).
///
/// Not thread-safe: one owner feeds it and then calls `finish`.
public final class Deflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var finished = false
    /// Output is produced in slices of this size.
    private static let sliceLength = 64 * 1024

    /// Creates a compressor.
    /// - Parameter level: zlib level 0–9; 6 is zlib's default, 1 is about three times faster.
    /// - Throws: `ProtocolError.internal` when zlib cannot initialise (out of memory).
    public init(level: Int32 = 6) throws {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = CZlibSystem_deflateInit2(stream, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw ProtocolError(.internal, "zlib deflateInit2 failed with status \(status)")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses `bytes`, appending whatever output zlib produces to `out`.
    public func compress(_ bytes: UnsafeRawBufferPointer, into out: inout ByteBuffer) {
        run(bytes, flush: Z_NO_FLUSH, into: &out)
    }

    /// Compresses `bytes`, appending output to `out`.
    public func compress(_ bytes: [UInt8], into out: inout ByteBuffer) {
        bytes.withUnsafeBytes { run($0, flush: Z_NO_FLUSH, into: &out) }
    }

    /// Flushes all pending output and resets the compression dictionary (`Z_FULL_FLUSH`), so that the output
    /// so far ends on a byte boundary and what follows does not refer back to it.
    public func fullFlush(into out: inout ByteBuffer) {
        run(UnsafeRawBufferPointer(start: nil, count: 0), flush: Z_FULL_FLUSH, into: &out)
    }

    /// Ends the stream, appending the remaining output and the Adler-32 trailer to `out`.
    public func finish(into out: inout ByteBuffer) {
        run(UnsafeRawBufferPointer(start: nil, count: 0), flush: Z_FINISH, into: &out)
        finished = true
    }

    /// Compresses `bytes` in one go.
    public static func compress(_ bytes: [UInt8], level: Int32 = 6) throws -> ByteBuffer {
        let deflater = try Deflater(level: level)
        var out = ByteBuffer()
        deflater.compress(bytes, into: &out)
        deflater.finish(into: &out)
        return out
    }

    private func run(_ input: UnsafeRawBufferPointer, flush: Int32, into out: inout ByteBuffer) {
        precondition(!finished, "Deflater used after finish")
        // zlib does not write through next_in; the cast only satisfies its non-const declaration.
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        while true {
            var status: Int32 = Z_OK
            var full = false
            out.writeWithUnsafeMutableBytes(minimumWritableBytes: Deflater.sliceLength) { raw in
                let capacity = min(raw.count, Deflater.sliceLength)
                stream.pointee.next_out = raw.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(capacity)
                status = deflate(stream, flush)
                full = stream.pointee.avail_out == 0
                return capacity - Int(stream.pointee.avail_out)
            }
            precondition(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR, "deflate failed: \(status)")
            if flush == Z_FINISH {
                if status == Z_STREAM_END { break }
            } else if !full && stream.pointee.avail_in == 0 {
                // With Z_FULL_FLUSH, output space left over means the flush is complete.
                break
            }
        }
        stream.pointee.next_in = nil
    }
}

@available(*, unavailable)
extension Deflater: Sendable {}
