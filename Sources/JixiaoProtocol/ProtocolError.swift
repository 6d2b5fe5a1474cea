import JixiaoModels

/// A wire error code (Protocol.md §7): the `code` field of an ERROR message.
///
/// A struct rather than an enum so that a code this version does not know still round-trips.
public struct ErrorCode: RawRepresentable, ErrorCodeType {
    public typealias Owner = ProtocolError
    public let rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// No common protocol version, or the client's schema is older than the server's.
    public static let upgradeRequired = ErrorCode(rawValue: 1)
    /// Unknown office or wrong secret (the two are deliberately not distinguished on the wire).
    public static let authFailed = ErrorCode(rawValue: 2)
    /// The office exists and proved its secret, but the district has disabled it.
    public static let officeDisabled = ErrorCode(rawValue: 3)
    /// A push carried a row the office may not write; the message names the row.
    public static let notAuthorized = ErrorCode(rawValue: 4)
    /// A frame or a message payload broke the format.
    public static let malformedFrame = ErrorCode(rawValue: 5)
    /// A frame's declared payload length exceeds the limit.
    public static let tooLarge = ErrorCode(rawValue: 6)
    /// Compressed data inflated past the per-message cap or past its declared size.
    public static let decompressionLimit = ErrorCode(rawValue: 7)
    /// Version 1 only (a push starting after the acknowledged sequence); a version-2 server never sends it.
    public static let sequenceGap = ErrorCode(rawValue: 8)
    /// Another session of the same office is live.
    public static let sessionBusy = ErrorCode(rawValue: 9)
    /// Version 1 only (an incremental push under an unknown epoch); a version-2 server never sends it.
    public static let epochMismatch = ErrorCode(rawValue: 10)
    /// A message arrived that the session's state does not allow.
    public static let unexpectedMessage = ErrorCode(rawValue: 11)
    /// The peer was silent for longer than the handshake or idle timeout.
    public static let timeout = ErrorCode(rawValue: 12)
    /// The client's schema is newer than the server's: the district must upgrade.
    public static let serverOutdated = ErrorCode(rawValue: 13)
    /// The server is busy (too many connections); retry later.
    public static let overloaded = ErrorCode(rawValue: 14)
    /// The server failed for a reason of its own (a database error…).
    public static let `internal` = ErrorCode(rawValue: 15)
    /// The device proved the office secret but the district revoked it (`district office revoke-device`).
    public static let deviceRevoked = ErrorCode(rawValue: 16)

    /// The name used in Protocol.md §7.
    public var name: String {
        switch self {
        case .upgradeRequired: "upgradeRequired"
        case .authFailed: "authFailed"
        case .officeDisabled: "officeDisabled"
        case .notAuthorized: "notAuthorized"
        case .malformedFrame: "malformedFrame"
        case .tooLarge: "tooLarge"
        case .decompressionLimit: "decompressionLimit"
        case .sequenceGap: "sequenceGap"
        case .sessionBusy: "sessionBusy"
        case .epochMismatch: "epochMismatch"
        case .unexpectedMessage: "unexpectedMessage"
        case .timeout: "timeout"
        case .serverOutdated: "serverOutdated"
        case .overloaded: "overloaded"
        case .internal: "internal"
        case .deviceRevoked: "deviceRevoked"
        default: "error\(rawValue)"
        }
    }

    public var description: String { name }
}

/// An error of the sync protocol: a malformed frame, a refused push, an ERROR message from the peer.
///
/// `code` is what travels in an ERROR message; `message` is the human text (never a secret).
public struct ProtocolError: CodedError, Hashable {
    /// The wire code.
    public let code: ErrorCode
    /// The human message: what was wrong, quoting the offending value where that helps.
    public let message: String
    /// Always `nil`: a protocol error travels as its code and message alone.
    public var underlying: (any Error & Sendable)? { nil }

    /// Creates an error with a wire code and a message.
    public init(_ code: ErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.name): \(message)" }

    /// The ERROR message that reports this error to the peer.
    public var errorMessage: ErrorMessage { ErrorMessage(code: code, message: message) }

    static func malformed(_ message: String) -> ProtocolError { ProtocolError(.malformedFrame, message) }
}
