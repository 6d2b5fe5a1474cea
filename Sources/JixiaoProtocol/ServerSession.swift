import Foundation
import JixiaoModels
import NIOCore

/// The district side of one session as a state machine (Protocol.md §10): events in, `Action`s out, no I/O.
///
/// The driver feeds every received message to `received(_:now:)`, performs each returned action, and reports
/// the results of database work (`officeLookedUp`, `pushApplied`, `pullLoaded`, `digestComputed`). It calls
/// `tick(now:)` periodically so that timeouts fire; time is a value passed in, so tests control it.
/// A plain value: a push's chunks are kept as they arrive and read once, either as they come (`.startPush`,
/// `.pushChunk`) or when the push has arrived whole (`.applyPush`; `PushPayload.forEachChange` checks every record).
public struct ServerSession: Sendable {
    /// Limits and versions of a server.
    public struct Configuration: Sendable {
        /// The protocol versions this server speaks.
        public var versions: ClosedRange<UInt8>
        /// The district database's schema version.
        public var schemaVersion: UInt32
        /// The district database's own epoch, sent in AUTH_OK.
        public var districtEpoch: UUID
        /// From connection to AUTH_OK (Protocol.md §6).
        public var handshakeTimeout: TimeAmount
        /// The longest silence while the server waits for the client (Protocol.md §6).
        public var idleTimeout: TimeAmount
        /// The most bytes one push may inflate to (Protocol.md §6).
        public var messageLimit: Int
        /// The fingerprint of the certificate this connection's TLS presented (`.plaintext` without TLS): both MACs
        /// cover it (Protocol.md §5).
        public var channelBinding: CertificateFingerprint
        /// The certificate staged to replace it (`district tls rotate --stage`), announced in AUTH_OK.
        public var nextCertificate: CertificateFingerprint?

        /// Creates a configuration; the defaults are Protocol.md §6's.
        public init(
            versions: ClosedRange<UInt8> = ProtocolVersion.supported,
            schemaVersion: UInt32,
            districtEpoch: UUID = UUID.nilEpoch,
            handshakeTimeout: TimeAmount = .seconds(10),
            idleTimeout: TimeAmount = .seconds(60),
            messageLimit: Int = 256 * 1024 * 1024,
            channelBinding: CertificateFingerprint = .plaintext,
            nextCertificate: CertificateFingerprint? = nil
        ) {
            self.channelBinding = channelBinding
            self.nextCertificate = nextCertificate
            self.versions = versions
            self.schemaVersion = schemaVersion
            self.districtEpoch = districtEpoch
            self.handshakeTimeout = handshakeTimeout
            self.idleTimeout = idleTimeout
            self.messageLimit = messageLimit
        }
    }

    /// What the district knows about the office a client claims to be.
    public struct OfficeState: Sendable {
        /// The office's 32-byte secret.
        public var secret: [UInt8]
        /// Whether the office may sync.
        public var isEnabled: Bool
        /// Whether the district revoked the device named in HELLO.
        public var isDeviceRevoked: Bool
        /// The district's current reference revision.
        public var referenceRevision: Int64
        /// The office's current row revision.
        public var rowRevision: Int64
        /// The highest clock the district holds from the device's own edits.
        public var deviceClock: Int64

        /// Creates a record.
        public init(
            secret: [UInt8],
            isEnabled: Bool,
            isDeviceRevoked: Bool = false,
            referenceRevision: Int64,
            rowRevision: Int64 = 0,
            deviceClock: Int64 = 0
        ) {
            self.deviceClock = deviceClock
            self.secret = secret
            self.isEnabled = isEnabled
            self.isDeviceRevoked = isDeviceRevoked
            self.referenceRevision = referenceRevision
            self.rowRevision = rowRevision
        }
    }

    /// What the driver must do next.
    public enum Action: Sendable {
        /// Nothing.
        case none
        /// Send these messages in order.
        case send([Message])
        /// Look up this office code (and whether the district revoked this device) and call
        /// `officeLookedUp(_:now:)`.
        case lookUpOffice(String, device: UUID)
        /// The client proved the secret: claim the device's single session slot, then send `reply` (AUTH_OK);
        /// if the slot is taken, call `failed(_:)` with `sessionBusy` instead.
        case authenticated(office: String, device: UUID, reply: Message)
        /// A push begins (its PUSH_BEGIN is accepted); its slices follow, each but the last as `.pushChunk`, the last
        /// with `.applyPush`. The server MAY start storing it now, reading the slices as they come with the payload's
        /// `reader()` (the payload holds no chunks yet), or ignore this and store `.applyPush`'s payload.
        case startPush(PushPayload)
        /// A slice of the push being received, not its last, within Protocol.md §6's compressed bound; a server
        /// storing the push as it comes reads it now, else nothing (`.applyPush`'s payload holds it too).
        case pushChunk(ByteBuffer)
        /// Apply the push's changes in one transaction by their versions (Protocol.md §10.6: nothing is deleted but
        /// by a tombstone, a losing version goes to the conflicts table), then call `pushApplied(_:now:)`. The
        /// payload holds the push as it arrived, every slice, compressed; `PushPayload.forEachChange` inflates and
        /// checks it row by row, and what it throws refuses the push whole (roll the transaction back, then
        /// `failed(_:)`). A server that started storing at `.startPush` reads the last slice and commits instead.
        case applyPush(PushBegin, PushPayload)
        /// Load the reference changes after `referenceCursor` and the office's rows and conflicts after `rowCursor`,
        /// leaving out the rows of this device among the revisions `skipping` (this session's pushes wrote them), then
        /// call `pullLoaded(...)`.
        case loadPull(referenceCursor: Int64, rowCursor: Int64, skipping: PushedRevisions?)
        /// Read the office's rows (key and hash) whose hashes lie in the queries' buckets and call
        /// `hashesLoaded(_:now:)` (Protocol.md §10.9.3).
        case loadHashes([BucketQuery])
        /// Load the district's current state of these office rows (a row with its version, or a tombstone; nothing
        /// for a row it never held) and call `pullLoaded` with cursors 0 (Protocol.md §10.9.4).
        case loadRows([RowKey])
        /// Compute the district's digest of the office's rows and call `digestComputed(_:now:)`.
        case computeDigest
        /// Send an ERROR carrying this error, then close.
        case fail(ProtocolError)
        /// Send BYE, then close: the session ended well.
        case finish
        /// Close at once without a reply: the client ended the session with this ERROR (Protocol.md §10.6).
        case close(ErrorMessage)
    }

    private enum State {
        case awaitingHello
        case awaitingAuth(Hello, version: UInt8)
        case lookingUp(Hello, version: UInt8, mac: [UInt8])
        case ready
        case receivingPush(PushBegin)
        case working
        case closed
    }

    /// The configuration.
    public let configuration: Configuration
    private let serverNonce: [UInt8]
    private var state: State = .awaitingHello
    private let handshakeDeadline: NIODeadline
    private var lastActivity: NIODeadline
    /// The compressed chunks of the push being received, kept as they arrive until applied: a waiting push costs
    /// its wire size, not its parsed rows. They are inflated and checked once, as the push is stored.
    private var pushChunks: [ByteBuffer] = []
    /// Their bytes, capped by Protocol.md §6's compressed bound for the announced size.
    private var pushBytes = 0

    /// The authenticated office, once AUTH succeeded.
    public private(set) var office: String?
    /// The device named in HELLO, once AUTH succeeded.
    public private(set) var device: UUID?
    /// The row revisions this session's pushes took.
    private var pushedRevisions: PushedRevisions?
    /// Change records received in pushes during this session.
    public private(set) var rowsIn = 0
    /// Change records sent in pulls during this session.
    public private(set) var rowsOut = 0

    /// Starts a session for a connection accepted at `now`.
    /// - Parameter serverNonce: 32 fresh random bytes (`Authentication.randomBytes(32)`).
    public init(configuration: Configuration, serverNonce: [UInt8], now: NIODeadline) {
        precondition(serverNonce.count == Authentication.nonceLength, "server nonce must be 32 bytes")
        self.configuration = configuration
        self.serverNonce = serverNonce
        self.handshakeDeadline = now + configuration.handshakeTimeout
        self.lastActivity = now
    }

    /// Whether the session has ended (after `fail` or `finish`).
    public var isClosed: Bool { if case .closed = state { true } else { false } }

    /// Handles a message from the client.
    public mutating func received(_ message: Message, now: NIODeadline) -> Action {
        lastActivity = now
        switch (state, message) {
        case (.closed, _):
            return .none
        case (_, .error(let error)):
            state = .closed
            pushChunks = []
            return .close(error)
        case (.awaitingHello, .hello(let hello)):
            return handleHello(hello)
        case (.awaitingAuth(let hello, let version), .auth(let auth)):
            state = .lookingUp(hello, version: version, mac: auth.mac)
            return .lookUpOffice(hello.office, device: hello.device)
        case (.ready, .pushBegin(let begin)):
            return pushBegin(begin)
        case (.receivingPush(let begin), .pushData(let chunk, let more)):
            return pushData(begin, chunk: chunk, more: more)
        case (.ready, .pull(let cursor, let rowCursor)):
            state = .working
            return .loadPull(referenceCursor: cursor, rowCursor: rowCursor, skipping: pushedRevisions)
        case (.ready, .reconcile(let queries)):
            state = .working
            reconcileQueries = queries
            return .loadHashes(queries)
        case (.ready, .fetch(let rows)):
            state = .working
            return .loadRows(rows)
        case (.ready, .verify(let digest)):
            state = .working
            clientDigest = digest
            return .computeDigest
        case (.ready, .bye):
            state = .closed
            return .finish
        default:
            // english: names a wire message and the session's state (Protocol.md)
            return failed(ProtocolError(.unexpectedMessage, "\(message.type) is not allowed \(stateName)"))
        }
    }

    private var clientDigest = SyncDigest.empty
    private var reconcileQueries: [BucketQuery] = []

    /// Reports the rows that `.loadHashes` asked for (any order; rows outside every bucket are ignored) and answers
    /// each query (Protocol.md §10.9.3).
    public mutating func hashesLoaded(_ rows: [HashedRow], now: NIODeadline) -> Action {
        guard case .working = state else { preconditionFailure("hashesLoaded without a RECONCILE") }
        let answers = reconcileQueries.map { query in
            BucketAnswer.answering(query, rows: rows.filter { query.bucket.contains($0.hash) })
        }
        reconcileQueries = []
        state = .ready
        lastActivity = now
        return .send([.reconcileResult(answers)])
    }

    /// Reports the office lookup that `.lookUpOffice` asked for: `nil` when no such office exists.
    public mutating func officeLookedUp(_ record: OfficeState?, now: NIODeadline) -> Action {
        guard case .lookingUp(let hello, let version, let mac) = state else {
            preconditionFailure("officeLookedUp without a lookup")
        }
        guard let record,
            Authentication.isValid(
                mac,
                expected: Authentication.clientMAC(
                    secret: record.secret,
                    office: hello.office,
                    clientNonce: hello.clientNonce,
                    serverNonce: serverNonce,
                    version: version,
                    binding: configuration.channelBinding
                )
            )
        else {
            return failed(ProtocolError(.authFailed, tr("wire.auth-failed", ["office": hello.office])))
        }
        guard record.isEnabled else {
            return failed(ProtocolError(.officeDisabled, tr("wire.office-disabled", ["office": hello.office])))
        }
        guard !record.isDeviceRevoked else {
            return failed(
                ProtocolError(
                    .deviceRevoked,
                    tr("wire.device-revoked", ["device": hello.device.uuidString.lowercased(), "office": hello.office])
                )
            )
        }
        state = .ready
        office = hello.office
        device = hello.device
        lastActivity = now
        let proof = Authentication.serverProof(
            secret: record.secret,
            office: hello.office,
            clientNonce: hello.clientNonce,
            serverNonce: serverNonce,
            version: version,
            binding: configuration.channelBinding
        )
        let reply = AuthOK(
            serverProof: proof,
            districtEpoch: configuration.districtEpoch,
            referenceRevision: record.referenceRevision,
            rowRevision: record.rowRevision,
            deviceClock: record.deviceClock,
            nextCertificate: configuration.nextCertificate
        )
        return .authenticated(office: hello.office, device: hello.device, reply: .authOK(reply))
    }

    /// Reports that the push of `.applyPush` is committed.
    /// - Parameter revisions: the row revisions the push took, if it wrote anything.
    public mutating func pushApplied(_ ack: PushAck, revisions: PushedRevisions? = nil, now: NIODeadline) -> Action {
        guard case .working = state else { preconditionFailure("pushApplied without a push") }
        if let revisions {
            pushedRevisions = pushedRevisions.map { $0.merged(with: revisions) } ?? revisions
        }
        rowsIn += Int(ack.rowsApplied)
        state = .ready
        lastActivity = now
        return .send([.pushAck(ack)])
    }

    /// Reports the changes that `.loadPull` asked for (reference rows, then the office's rows and conflicts),
    /// compressing them into PULL_DATA frames.
    public mutating func pullLoaded(
        _ changes: [SyncChange],
        cursor: Int64,
        rowCursor: Int64,
        isFullSnapshot: Bool,
        now: NIODeadline
    ) -> Action {
        do {
            return pullLoaded(
                try CompressedChangeSet(changes: changes),
                cursor: cursor,
                rowCursor: rowCursor,
                isFullSnapshot: isFullSnapshot,
                now: now
            )
        } catch let error as ProtocolError {
            return failed(ProtocolError(.internal, tr("wire.pull-unencodable", ["reason": error.message])))
        } catch {
            return failed(ProtocolError(.internal, tr("wire.pull-unencodable-plain")))
        }
    }

    /// Reports the pull that `.loadPull` asked for, already compressed by the driver as it read the rows (so a
    /// large pull never sits in memory as parsed rows).
    /// A slice of the pull `.loadPull` asked for, to send while the rest is still read and compressed (every slice
    /// but the last: `pullLoaded` sends that one, marked as the last, and PULL_END).
    public func pullSlice(_ slice: ByteBuffer) -> Action {
        guard case .working = state else { preconditionFailure("pullSlice without a pull") }
        return .send([.pullData(slice, more: true)])
    }

    public mutating func pullLoaded(
        _ set: CompressedChangeSet,
        cursor: Int64,
        rowCursor: Int64,
        isFullSnapshot: Bool,
        now: NIODeadline
    ) -> Action {
        guard case .working = state else { preconditionFailure("pullLoaded without a pull") }
        rowsOut += Int(set.rowCount)
        state = .ready
        lastActivity = now
        let end = PullEnd(
            cursor: cursor,
            rowCursor: rowCursor,
            rowCount: set.rowCount,
            uncompressedSize: set.uncompressedSize,
            isFullSnapshot: isFullSnapshot
        )
        return .send(set.messages(.pullData) + [.pullEnd(end)])
    }

    /// Reports the district's digest that `.computeDigest` asked for.
    public mutating func digestComputed(_ digest: SyncDigest, now: NIODeadline) -> Action {
        guard case .working = state else { preconditionFailure("digestComputed without a verify") }
        state = .ready
        lastActivity = now
        return .send([.verifyResult(VerifyResult(digest: digest, matches: digest == clientDigest))])
    }

    /// Ends the session with `error` (a frame that failed to decode, a refused or failed apply, a busy office).
    public mutating func failed(_ error: ProtocolError) -> Action {
        state = .closed
        pushChunks = []
        return .fail(error)
    }

    /// When the session times out if nothing arrives first, or `nil` while the server works on a request
    /// (Protocol.md §10.5). A driver arms a timer for it after every event.
    public var timeoutDeadline: NIODeadline? {
        switch state {
        case .awaitingHello, .awaitingAuth: handshakeDeadline
        case .ready, .receivingPush: lastActivity + configuration.idleTimeout
        case .lookingUp, .working, .closed: nil
        }
    }

    /// Fires the handshake or idle timeout when it has passed.
    public mutating func tick(now: NIODeadline) -> Action {
        guard let deadline = timeoutDeadline, now >= deadline else { return .none }
        switch state {
        case .awaitingHello, .awaitingAuth:
            return failed(ProtocolError(.timeout, tr("wire.handshake-timeout")))
        default:
            return failed(ProtocolError(.timeout, tr("wire.client-silent")))
        }
    }

    // english: the states' names, in Protocol.md's words
    private var stateName: String {
        switch state {
        case .awaitingHello: "before HELLO"
        case .awaitingAuth: "before AUTH"
        case .lookingUp: "while authenticating"
        case .ready: "between requests"
        case .receivingPush: "during a push"
        case .working: "while the server works on a request"
        case .closed: "after the session ended"
        }
    }

    private mutating func handleHello(_ hello: Hello) -> Action {
        let common = min(hello.maximumVersion, configuration.versions.upperBound)
        guard common >= max(hello.minimumVersion, configuration.versions.lowerBound) else {
            return failed(
                ProtocolError(
                    .upgradeRequired,
                    tr(
                        "wire.versions",
                        [
                            "client": "\(hello.minimumVersion)–\(hello.maximumVersion)",
                            "server": "\(configuration.versions.lowerBound)–\(configuration.versions.upperBound)",
                        ]
                    )
                )
            )
        }
        if hello.schemaVersion < configuration.schemaVersion {
            return failed(
                ProtocolError(
                    .upgradeRequired,
                    tr(
                        "wire.schema-older",
                        ["client": "\(hello.schemaVersion)", "server": "\(configuration.schemaVersion)"]
                    )
                )
            )
        }
        if hello.schemaVersion > configuration.schemaVersion {
            return failed(
                ProtocolError(
                    .serverOutdated,
                    tr(
                        "wire.schema-newer",
                        ["client": "\(hello.schemaVersion)", "server": "\(configuration.schemaVersion)"]
                    )
                )
            )
        }
        state = .awaitingAuth(hello, version: common)
        let challenge = Challenge(version: common, serverNonce: serverNonce, schemaVersion: configuration.schemaVersion)
        return .send([.challenge(challenge)])
    }

    private mutating func pushBegin(_ begin: PushBegin) -> Action {
        guard begin.uncompressedSize <= UInt64(configuration.messageLimit) else {
            return failed(
                ProtocolError(
                    .decompressionLimit,
                    tr(
                        "wire.push-too-large",
                        ["size": "\(begin.uncompressedSize)", "limit": "\(configuration.messageLimit)"]
                    )
                )
            )
        }
        guard begin.epoch == device else {
            return failed(
                ProtocolError(
                    .notAuthorized,
                    tr("wire.push-other-device", ["device": begin.epoch.uuidString.lowercased()])
                )
            )
        }
        pushChunks = []
        pushBytes = 0
        state = .receivingPush(begin)
        return .startPush(payload(begin))
    }

    /// The push of `begin` with the chunks received so far.
    private func payload(_ begin: PushBegin) -> PushPayload {
        PushPayload(begin: begin, office: office ?? "", inflateLimit: inflateLimit(begin), chunks: pushChunks)
    }

    /// The most bytes the push may inflate to: its stated size, or the push limit for a size not stated (0, §4.6.2).
    private func inflateLimit(_ begin: PushBegin) -> Int {
        begin.uncompressedSize == 0 ? configuration.messageLimit : Int(begin.uncompressedSize)
    }

    private mutating func pushData(_ begin: PushBegin, chunk: ByteBuffer, more: Bool) -> Action {
        // Kept as it came: the records are read (format, count, keys, authorization, the inflate cap) once, as the
        // push is stored, while it arrives or after; a bad one refuses the push whole (Protocol.md §10.3.7). The
        // compressed bytes are capped here, as they arrive (§6).
        pushBytes += chunk.readableBytes
        let limit = CompressedChangeSet.compressedLimit(forUncompressed: UInt64(inflateLimit(begin)))
        guard pushBytes <= limit else {
            return failed(ProtocolError(.decompressionLimit, tr("wire.compressed-limit", ["limit": "\(limit)"])))
        }
        pushChunks.append(chunk)
        guard !more else { return .pushChunk(chunk) }
        let whole = payload(begin)
        pushChunks = []
        state = .working
        return .applyPush(begin, whole)
    }

    /// Protocol.md §10.4: an office writes only its own rows of office-owned tables; §10.6: a device writes only
    /// versions of its own, except copies (base equal to version) of rows it already holds.
    static func authorize(_ change: SyncChange, office: String, device: String) throws {
        guard change.table.isOfficeOwned else {
            throw ProtocolError(
                .notAuthorized,
                tr("wire.row-reference", ["table": "\(change.table)", "key": change.key])
            )
        }
        guard change.office == office else {
            throw ProtocolError(
                .notAuthorized,
                tr(
                    "wire.row-other-office",
                    ["table": "\(change.table)", "key": change.key, "owner": change.office, "office": office]
                )
            )
        }
        guard change.version == change.base || (change.version.device == device && change.version.clock > 0) else {
            throw ProtocolError(
                .notAuthorized,
                tr(
                    "wire.row-other-version",
                    ["table": "\(change.table)", "key": change.key, "version": "\(change.version)"]
                )
            )
        }
    }
}
