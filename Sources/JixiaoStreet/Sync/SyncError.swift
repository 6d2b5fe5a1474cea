import JixiaoModels
import JixiaoProtocol

/// Why `street sync` failed, in one line a clerk can act on.
public struct SyncError: CodedError, Hashable {
    /// What kind of error this is; also a `catch` pattern (`catch SyncError.Code.unreachable`).
    public struct Code: ErrorCodeType {
        public typealias Owner = SyncError
        private enum Base: String, Hashable, Sendable {
            case unreachable, connectionLost, authenticationFailed, upgradeRequired, serverOutdated, officeDisabled,
                refused, busy, snapshotRequired, digestMismatch, protocolError, storage, interrupted, deviceRevoked,
                newDevice, certificateMismatch, tlsFailed
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The code of `SyncError.unreachable`.
        public static let unreachable = Code(.unreachable)
        /// The code of `SyncError.connectionLost`.
        public static let connectionLost = Code(.connectionLost)
        /// The code of `SyncError.authenticationFailed`.
        public static let authenticationFailed = Code(.authenticationFailed)
        /// The code of `SyncError.upgradeRequired`.
        public static let upgradeRequired = Code(.upgradeRequired)
        /// The code of `SyncError.serverOutdated`.
        public static let serverOutdated = Code(.serverOutdated)
        /// The code of `SyncError.officeDisabled`.
        public static let officeDisabled = Code(.officeDisabled)
        /// The code of `SyncError.refused`.
        public static let refused = Code(.refused)
        /// The code of `SyncError.busy`.
        public static let busy = Code(.busy)
        /// The code of `SyncError.snapshotRequired`.
        public static let snapshotRequired = Code(.snapshotRequired)
        /// The code of `SyncError.digestMismatch`.
        public static let digestMismatch = Code(.digestMismatch)
        /// The code of `SyncError.protocolError`.
        public static let protocolError = Code(.protocolError)
        /// The code of `SyncError.storage`.
        public static let storage = Code(.storage)
        /// The code of `SyncError.interrupted`.
        public static let interrupted = Code(.interrupted)
        /// The code of `SyncError.certificateMismatch`.
        public static let certificateMismatch = Code(.certificateMismatch)
        /// The code of `SyncError.tlsFailed`.
        public static let tlsFailed = Code(.tlsFailed)
        /// The code of a sync refused because the district revoked this device.
        public static let deviceRevoked = Code(.deviceRevoked)
        /// The code of the step that makes a restored or copied database a new device (the client syncs again).
        public static let newDevice = Code(.newDevice)

        public var description: String { base.rawValue }
    }

    /// What kind of error this is.
    public let code: Code
    /// The one-line message.
    public let message: String
    /// The protocol error behind it, when there is one.
    public let underlying: (any Error & Sendable)?

    private init(_ code: Code, _ message: String, _ protocolError: ProtocolError? = nil) {
        self.code = code
        self.message = message
        self.underlying = protocolError
    }

    public var description: String { message }

    public static func == (lhs: SyncError, rhs: SyncError) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
    }

    /// Whether trying again later may succeed (network trouble, a busy server).
    public var isRetryable: Bool { [.unreachable, .connectionLost, .busy, .snapshotRequired].contains(code) }

    /// Whether the client should retry at once with a full snapshot.
    var needsSnapshot: Bool { code == .snapshotRequired }

    /// The server did not accept a connection: nothing was sent.
    public static func unreachable(_ address: String) -> SyncError {
        SyncError(.unreachable, "server unreachable at \(address)")
    }

    /// The connection broke during the sync, after it was made.
    ///
    /// Nothing is lost: the office's changes stay in its database until the district acknowledges them, and the
    /// district stores a push in one transaction or not at all, so the next sync sends again whatever is missing.
    public static func connectionLost(_ address: String) -> SyncError {
        SyncError(
            .connectionLost,
            "the connection to \(address) was lost during the sync; nothing was lost: run `street sync` again"
        )
    }

    /// The connection broke during the sync and the retries could not connect again: the server went away.
    public static func serverGone(_ address: String) -> SyncError {
        SyncError(
            .connectionLost,
            "the server at \(address) stopped answering during the sync; nothing was lost: run `street sync` again "
                + "when it is back"
        )
    }

    /// The sync's task was cancelled (Ctrl-C in `street sync`). Each step stores in one transaction and nothing is
    /// marked as sent before the district confirms it, so stopping leaves nothing half-written.
    public static let interrupted = SyncError(.interrupted, "sync interrupted; nothing half-written; run it again")

    /// The server presented a certificate other than the pinned one (and its announced successor).
    /// - Parameter hint: what to do about it, from the caller (the command line names its command).
    public static func certificateMismatch(
        expected: CertificateFingerprint,
        got: CertificateFingerprint,
        hint: String = "if the district replaced it, ask the district for a new enrolment file"
    ) -> SyncError {
        SyncError(
            .certificateMismatch,
            "the district's certificate is not the one this office was given (expected \(expected), got \(got)); "
                + hint
        )
    }

    /// TLS could not be set up with the server (not a TLS server, no common protocol, a broken handshake).
    public static func tlsFailed(_ reason: String) -> SyncError { SyncError(.tlsFailed, reason) }

    /// The office database could not be read or written.
    public static func storage(_ message: String) -> SyncError { SyncError(.storage, message) }

    /// This database is a restored or copied one and became a new device; the client syncs again at once.
    static func newDevice(old: String, new: String) -> SyncError {
        SyncError(
            .newDevice,
            "this office database is a restored or copied one (device \(old) synced later elsewhere): it is now device \(new)"
        )
    }

    /// The digests still differ after a repair (every row pushed, every row pulled).
    static func digestMismatch(office: String, district: String) -> SyncError {
        SyncError(
            .digestMismatch,
            "the district's copy of \(office) (\(district)) still differs after a repair; ask the district to run `district verify`"
        )
    }

    /// The error a clerk sees for a protocol error (from the server's ERROR or found locally).
    static func from(_ error: ProtocolError, address: String) -> SyncError {
        switch error.code {
        case .authFailed:
            SyncError(
                .authenticationFailed,
                "authentication failed, check the office secret; if it is right, something between this computer and "
                    + "the district answers in its place: tell the district",
                error
            )
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
        case .sessionBusy: SyncError(.busy, "another sync of this device is running; try again in a minute", error)
        case .deviceRevoked:
            SyncError(
                .deviceRevoked,
                "the district revoked this device of the office; its rows are kept at the district, but it can no longer sync: ask the district",
                error
            )
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
