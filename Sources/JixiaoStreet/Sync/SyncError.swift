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
        SyncError(.unreachable, tr("sync.unreachable", ["address": address]))
    }

    /// The connection broke during the sync, after it was made.
    ///
    /// Nothing is lost: the office's changes stay in its database until the district acknowledges them, and the
    /// district stores a push in one transaction or not at all, so the next sync sends again whatever is missing.
    public static func connectionLost(_ address: String) -> SyncError {
        SyncError(
            .connectionLost,
            tr("sync.connection-lost", ["address": address])
        )
    }

    /// The connection broke during the sync and the retries could not connect again: the server went away.
    public static func serverGone(_ address: String) -> SyncError {
        SyncError(
            .connectionLost,
            tr("sync.server-gone", ["address": address])
        )
    }

    /// The sync's task was cancelled (Ctrl-C in `street sync`). Each step stores in one transaction and nothing is
    /// marked as sent before the district confirms it, so stopping leaves nothing half-written.
    public static let interrupted = SyncError(.interrupted, tr("sync.interrupted"))

    /// The server presented a certificate other than the pinned one (and its announced successor).
    /// - Parameter hint: what to do about it, from the caller (the command line names its command).
    public static func certificateMismatch(
        expected: CertificateFingerprint,
        got: CertificateFingerprint,
        hint: String = tr("sync.certificate-hint")
    ) -> SyncError {
        SyncError(
            .certificateMismatch,
            tr("sync.certificate-mismatch", ["expected": "\(expected)", "got": "\(got)", "hint": hint])
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
            tr("sync.new-device", ["old": old, "new": new])
        )
    }

    /// The digests still differ after a repair (every row pushed, every row pulled).
    static func digestMismatch(office: String, district: String) -> SyncError {
        SyncError(
            .digestMismatch,
            tr("sync.digest-mismatch", ["office": office, "district": district])
        )
    }

    /// The error a clerk sees for a protocol error (from the server's ERROR or found locally).
    static func from(_ error: ProtocolError, address: String) -> SyncError {
        switch error.code {
        case .authFailed:
            SyncError(
                .authenticationFailed,
                tr("sync.auth-failed"),
                error
            )
        case .upgradeRequired: SyncError(.upgradeRequired, tr("sync.upgrade-required"), error)
        case .serverOutdated:
            SyncError(
                .serverOutdated,
                tr("sync.server-outdated"),
                error
            )
        case .officeDisabled:
            SyncError(.officeDisabled, tr("sync.office-disabled"), error)
        case .notAuthorized: SyncError(.refused, tr("sync.refused", ["reason": error.message]), error)
        case .sessionBusy: SyncError(.busy, tr("sync.busy"), error)
        case .deviceRevoked:
            SyncError(
                .deviceRevoked,
                tr("sync.device-revoked"),
                error
            )
        case .overloaded, .internal:
            SyncError(
                .busy,
                tr("sync.server-trouble", ["address": address, "reason": error.message]),
                error
            )
        case .timeout: SyncError(.connectionLost, tr("sync.timeout", ["address": address]), error)
        case .epochMismatch, .sequenceGap: SyncError(.snapshotRequired, tr("sync.snapshot-required"), error)
        default:
            SyncError(.protocolError, tr("sync.protocol-error", ["address": address, "reason": error.message]), error)
        }
    }
}
