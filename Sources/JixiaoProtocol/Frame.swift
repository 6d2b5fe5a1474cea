import NIOCore

/// One frame: a 16-byte header and a payload (Protocol.md §2).
///
/// The CRC-32 and length are computed when the frame is written and checked when it is read, so a `Frame`
/// value always holds a payload whose checksum was valid.
public struct Frame: Hashable, Sendable {
    /// The message type.
    public var type: MessageType
    /// The flags byte.
    public var flags: FrameFlags
    /// The payload, at most `Frame.maximumPayloadLength` bytes.
    public var payload: ByteBuffer

    /// Creates a frame.
    ///
    /// - Precondition: `payload` is no longer than `Frame.maximumPayloadLength` and `flags` obey the rules of
    ///   Protocol.md §2.2 for `type` (programmer errors: the encoder never builds such frames).
    public init(type: MessageType, flags: FrameFlags = [], payload: ByteBuffer) {
        precondition(payload.readableBytes <= Frame.maximumPayloadLength, "frame payload too large")
        precondition(Frame.flagsError(type: type, flags: flags) == nil, "invalid flags for \(type)")
        self.type = type
        self.flags = flags
        self.payload = payload
    }

    /// The magic number "JX" (Protocol.md §2.1).
    public static let magic: UInt16 = 0x4A58
    /// The frame format version written in every header (Protocol.md §2.1).
    public static let formatVersion: UInt8 = 1
    /// The size of the header.
    public static let headerLength = 16
    /// The largest payload: 1 MiB of data plus 4 KiB of room (Protocol.md §6).
    public static let maximumPayloadLength = 1024 * 1024 + 4 * 1024
    /// The largest slice of compressed data one PUSH_DATA or PULL_DATA frame carries (Protocol.md §6).
    public static let maximumChunkLength = 1024 * 1024

    /// Why `flags` are not allowed on a frame of `type`, or `nil` when they are (Protocol.md §2.2).
    static func flagsError(type: MessageType, flags: FrameFlags) -> String? {
        if !FrameFlags.defined.isSuperset(of: flags) {
            return "reserved flag bits set (flags 0x\(hex(flags.rawValue)))"
        }
        if type.isData {
            return flags.contains(.compressed) ? nil : "\(type) without the compressed flag"
        }
        return flags.isEmpty ? nil : "flags 0x\(hex(flags.rawValue)) on a \(type) frame"
    }
}

func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
}
