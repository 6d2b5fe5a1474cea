import CZlibSystem
import NIOCore

extension ByteBuffer {
    /// Reads one frame, moving the reader index past it (Protocol.md §2).
    ///
    /// Header fields are checked as soon as their bytes are present, so garbage and oversized frames are refused
    /// before their payload is buffered.
    ///
    /// - Returns: The frame, or `nil` when more bytes are needed (the reader index is then unchanged).
    /// - Throws: `ProtocolError` (`malformedFrame` or `tooLarge`) for bytes that can never become a valid frame.
    public mutating func readFrame() throws -> Frame? {
        let start = readerIndex
        let available = readableBytes
        if available >= 2, let magic = getInteger(at: start, as: UInt16.self), magic != Frame.magic {
            throw ProtocolError.malformed(
                "bad magic 0x\(hex(UInt8(magic >> 8)))\(hex(UInt8(magic & 0xFF))), expected 0x4a58"
            )
        }
        if available >= 3, let version = getInteger(at: start + 2, as: UInt8.self), version != Frame.formatVersion {
            throw ProtocolError(.upgradeRequired, "frame format version \(version), this peer speaks 1")
        }
        var type: MessageType?
        if available >= 4, let raw = getInteger(at: start + 3, as: UInt8.self) {
            guard let known = MessageType(rawValue: raw) else {
                throw ProtocolError.malformed("unknown message type 0x\(hex(raw))")
            }
            type = known
        }
        var flags = FrameFlags()
        if available >= 5, let type, let raw = getInteger(at: start + 4, as: UInt8.self) {
            flags = FrameFlags(rawValue: raw)
            if let problem = Frame.flagsError(type: type, flags: flags) { throw ProtocolError.malformed(problem) }
        }
        for offset in stride(from: 5, to: min(8, available), by: 1)
        where getInteger(at: start + offset, as: UInt8.self) != 0 {
            throw ProtocolError.malformed("reserved header byte \(offset) is not zero")
        }
        guard available >= 12, let type, let length = getInteger(at: start + 8, as: UInt32.self) else { return nil }
        guard length <= Frame.maximumPayloadLength else {
            throw ProtocolError(
                .tooLarge,
                "frame payload of \(length) bytes exceeds the limit of \(Frame.maximumPayloadLength)"
            )
        }
        guard available >= Frame.headerLength + Int(length),
            let crc = getInteger(at: start + 12, as: UInt32.self),
            let payload = getSlice(at: start + Frame.headerLength, length: Int(length))
        else { return nil }
        let actual = payload.crc32()
        guard actual == crc else {
            throw ProtocolError.malformed("payload CRC-32 mismatch in a \(type) frame")
        }
        moveReaderIndex(forwardBy: Frame.headerLength + Int(length))
        return Frame(type: type, flags: flags, payload: payload)
    }

    /// Writes `frame` (header and payload), computing its length and CRC-32 (Protocol.md §2).
    /// - Returns: The number of bytes written.
    @discardableResult
    public mutating func writeFrame(_ frame: Frame) -> Int {
        var written = writeInteger(Frame.magic)
        written += writeInteger(Frame.formatVersion)
        written += writeInteger(frame.type.rawValue)
        written += writeInteger(frame.flags.rawValue)
        written += writeRepeatingByte(0, count: 3)
        written += writeInteger(UInt32(frame.payload.readableBytes))
        written += writeInteger(frame.payload.crc32())
        var payload = frame.payload
        written += writeBuffer(&payload)
        return written
    }

    /// The CRC-32 (IEEE 802.3, as zlib's `crc32`) of the readable bytes.
    public func crc32() -> UInt32 {
        withUnsafeReadableBytes { raw in
            let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self)
            return UInt32(CZlibSystem.crc32(0, base, uInt(raw.count)))
        }
    }
}

/// Reads one frame from `buffer`; see `ByteBuffer.readFrame()`.
/// - Returns: The frame, or `nil` when more bytes are needed.
/// - Throws: `ProtocolError` for bytes that can never become a valid frame.
public func readFrame(from buffer: inout ByteBuffer) throws -> Frame? {
    try buffer.readFrame()
}
