import JixiaoModels
import NIOCore

/// How `SyncClient` retries and waits (Protocol.md §6).
public struct SyncClientConfiguration: Sendable {
    /// Attempts in all, including the first.
    public var attempts: Int
    /// The pause before the second attempt; it doubles for each further one.
    public var initialBackoff: TimeAmount
    /// The longest pause between attempts.
    public var maximumBackoff: TimeAmount
    /// How long to wait for the TCP connection.
    public var connectTimeout: TimeAmount
    /// How long to wait for each answer of the server.
    public var responseTimeout: TimeAmount
    /// The most bytes one pull may inflate to.
    public var messageLimit: Int
    /// The zlib level for pushes.
    public var compressionLevel: Int32
    /// Connect without TLS (`street sync --plaintext`): only to a loopback address, for debugging on one machine.
    public var plaintext: Bool
    /// Whether the server's certificate must be the pinned one. Only tests turn this off, to show that the channel
    /// binding alone still defeats a relay.
    public var pinning: Bool
    /// What a certificate mismatch tells the clerk to do (the command line names its commands).
    public var certificateHint: String

    /// Creates a configuration.
    public init(
        attempts: Int = 4,
        initialBackoff: TimeAmount = .milliseconds(500),
        maximumBackoff: TimeAmount = .seconds(8),
        connectTimeout: TimeAmount = .seconds(10),
        responseTimeout: TimeAmount = .seconds(120),
        messageLimit: Int = 256 * 1024 * 1024,
        compressionLevel: Int32 = 6,
        plaintext: Bool = false,
        pinning: Bool = true,
        certificateHint: String = tr("sync.certificate-hint")
    ) {
        self.plaintext = plaintext
        self.pinning = pinning
        self.certificateHint = certificateHint
        self.attempts = attempts
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.connectTimeout = connectTimeout
        self.responseTimeout = responseTimeout
        self.messageLimit = messageLimit
        self.compressionLevel = compressionLevel
    }
}

/// What a sync is doing, for a progress display.
public struct SyncProgress: Sendable, Hashable {
    /// `push`, `store` (the district storing the push, Protocol.md §4.8.2) or `pull`.
    public var phase: String
    /// Bytes transferred in this phase so far.
    public var bytesDone: Int
    /// Bytes the phase will transfer: for a push, 0 until its last slice is sent (its slices are compressed as they
    /// are sent), then the total; for a pull, what arrived so far.
    public var bytesTotal: Int
    /// Rows: those the push carries, or those the pull has brought so far.
    public var rows: Int
    /// For `store`: the rows the district has stored so far, of `rows`.
    public var rowsDone = 0
}

/// What a finished sync did.
public struct SyncReport: Sendable, Hashable, CustomStringConvertible {
    /// The office code.
    public var office: String
    /// Change records pushed (and acknowledged) in the successful attempt.
    public var pushed: Int
    /// Records pulled: reference rows, the office's rows from its other devices, conflicts.
    public var pulled: Int
    /// Conflicts the district reported in this sync's pulls (`street conflicts` lists them).
    public var conflicts = 0
    /// The new device id, when this sync found the database to be a restored or copied one (Protocol.md §10.8.4).
    public var newDevice: String?
    /// Whether a repair push (every row, as copies) was sent.
    public var sentSnapshot: Bool
    /// Rows found different by a digest repair (Protocol.md §10.9) and exchanged; `nil` when the digests agreed.
    public var repairedRows: Int?
    /// Whether the district already held the push (a replay).
    public var duplicate: Bool
    /// Bytes written to the network in the successful attempt.
    public var bytesSent: Int
    /// Bytes read from the network in the successful attempt.
    public var bytesReceived: Int
    /// The office digest both sides agreed on.
    public var digest: String
    /// Attempts it took.
    public var attempts: Int
    /// Seconds from start to end, all attempts included.
    public var seconds: Double
    /// The district certificate pinned by this sync (first use, or the staged successor now presented), if any.
    public var pinnedCertificate: CertificateFingerprint?

    /// The one summary line of `street sync`.
    public var description: String {
        let push =
            sentSnapshot
            ? tr("sync.summary.pushed-all", ["n": "\(pushed)"]) : tr("sync.summary.pushed", ["n": "\(pushed)"])
        return tr(
            "sync.summary",
            [
                "office": office, "push": push, "pulled": "\(pulled)",
                "conflicts": conflicts == 0 ? "" : tr("sync.summary.conflicts", ["n": "\(conflicts)"]),
                "repaired": repairedRows.map { tr("sync.summary.repaired", ["n": "\($0)"]) } ?? "",
                "digest": "\(digest)", "sent": "\(bytesSent)", "received": "\(bytesReceived)",
                "seconds": String(format: "%.1f", seconds),
                "attempts": attempts > 1 ? tr("sync.summary.attempts", ["n": "\(attempts)"]) : "",
                "copied": newDevice.map { tr("sync.summary.copied", ["device": $0]) } ?? "",
                "pinned": pinnedCertificate.map { tr("sync.summary.pinned", ["pin": "\($0)"]) } ?? "",
            ]
        )
    }
}
