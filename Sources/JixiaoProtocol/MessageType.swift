/// The message type byte of a frame header (Protocol.md §3).
public enum MessageType: UInt8, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case hello = 0x01
    case challenge = 0x02
    case auth = 0x03
    case authOK = 0x04
    case pushBegin = 0x10
    case pushData = 0x11
    case pushAck = 0x12
    case pushProgress = 0x13
    case pull = 0x20
    case pullData = 0x21
    case pullEnd = 0x22
    case fetch = 0x23
    case verify = 0x30
    case verifyResult = 0x31
    case reconcile = 0x32
    case reconcileResult = 0x33
    case error = 0x7E
    case bye = 0x7F

    /// Whether frames of this type carry a slice of a zlib stream (flags bit 0 set, bit 1 allowed).
    public var isData: Bool { self == .pushData || self == .pullData }

    /// The name used in Protocol.md.
    public var description: String {
        switch self {
        case .hello: "HELLO"
        case .challenge: "CHALLENGE"
        case .auth: "AUTH"
        case .authOK: "AUTH_OK"
        case .pushBegin: "PUSH_BEGIN"
        case .pushData: "PUSH_DATA"
        case .pushAck: "PUSH_ACK"
        case .pushProgress: "PUSH_PROGRESS"
        case .pull: "PULL"
        case .pullData: "PULL_DATA"
        case .pullEnd: "PULL_END"
        case .fetch: "FETCH"
        case .verify: "VERIFY"
        case .verifyResult: "VERIFY_RESULT"
        case .reconcile: "RECONCILE"
        case .reconcileResult: "RECONCILE_RESULT"
        case .error: "ERROR"
        case .bye: "BYE"
        }
    }
}

/// The flags byte of a frame header (Protocol.md §2.2).
public struct FrameFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bit 0: the payload is (a slice of) a zlib stream.
    public static let compressed = FrameFlags(rawValue: 0x01)
    /// Bit 1: more chunks of this message follow.
    public static let more = FrameFlags(rawValue: 0x02)

    /// Every bit version 1 defines; the others must be zero.
    public static let defined: FrameFlags = [.compressed, .more]
}
