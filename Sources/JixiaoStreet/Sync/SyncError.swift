import JixiaoProtocol

/// Why `street sync` failed, in one line a clerk can act on.
public struct SyncError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case unreachable
        case connectionLost
        case authenticationFailed
        case upgradeRequired
        case serverOutdated
        case officeDisabled
        case refused
        case busy
        case snapshotRequired
        case digestMismatch
        case protocolError
        case storage
    }

    private let code: Code
    /// The one-line message.
    public let message: String
    /// The protocol error behind it, when there is one.
    public let protocolError: ProtocolError?

    private init(_ code: Code, _ message: String, _ protocolError: ProtocolError? = nil) {
        self.code = code
        self.message = message
        self.protocolError = protocolError
    }

    public var description: String { message }

    /// Whether trying again later may succeed (network trouble, a busy server).
    public var isRetryable: Bool { [.unreachable, .connectionLost, .busy, .snapshotRequired].contains(code) }

    /// Whether the client should retry at once with a full snapshot.
    var needsSnapshot: Bool { code == .snapshotRequired }

    /// Whether this is an authentication failure.
    public var isAuthenticationFailure: Bool { code == .authenticationFailed }
    /// Whether the client or server must be upgraded.
    public var isUpgradeRequired: Bool { code == .upgradeRequired }
    /// Whether the server could not be reached.
    public var isUnreachable: Bool { code == .unreachable }
    /// Whether the district refused the push (a row the office may not write).
    public var isRefused: Bool { code == .refused }

    /// The server did not accept a connection.
    public static func unreachable(_ address: String) -> SyncError {
        SyncError(.unreachable, "server unreachable at \(address)")
    }

    /// The connection broke or timed out during the sync.
    public static func connectionLost(_ address: String) -> SyncError {
        SyncError(.connectionLost, "connection to \(address) lost during the sync; run `street sync` again")
    }

    /// The office database could not be read or written.
    public static func storage(_ message: String) -> SyncError { SyncError(.storage, message) }

    /// The digests still differ after a full snapshot.
    static func digestMismatch(office: String, district: String) -> SyncError {
        SyncError(
            .digestMismatch,
            "the district's copy of \(office) (\(district)) still differs after a full snapshot; ask the district to run `district verify`"
        )
    }

    /// The error a clerk sees for a protocol error (from the server's ERROR or found locally).
    static func from(_ error: ProtocolError, address: String) -> SyncError {
        switch error.code {
        case .authFailed: SyncError(.authenticationFailed, "authentication failed, check the office secret", error)
        case .upgradeRequired: SyncError(.upgradeRequired, "the server needs a newer client", error)
        case .serverOutdated:
            SyncError(
                .serverOutdated,
                "the district server is older than this client; ask the district to upgrade it",
                error
            )
        case .officeDisabled:
            SyncError(.officeDisabled, "this office is disabled at the district; ask the district", error)
        case .notAuthorized: SyncError(.refused, "the district refused the push: \(error.message)", error)
        case .sessionBusy: SyncError(.busy, "another sync of this office is running; try again in a minute", error)
        case .overloaded, .internal:
            SyncError(
                .busy,
                "the district server at \(address) could not serve the sync (\(error.message)); try again later",
                error
            )
        case .timeout: SyncError(.connectionLost, "the sync with \(address) timed out; run `street sync` again", error)
        case .epochMismatch, .sequenceGap: SyncError(.snapshotRequired, "the district needs a full snapshot", error)
        default: SyncError(.protocolError, "sync protocol error with \(address): \(error.message)", error)
        }
    }
}
