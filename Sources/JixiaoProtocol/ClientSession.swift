import Foundation
import JixiaoModels
import NIOCore

/// The office side of one session as a state machine (Protocol.md §10): events in, `Action`s out, no I/O.
///
/// The driver sends what `start(now:)` returns, feeds every received message to `received(_:now:)`, and asks
/// for the next request (`push`, `pull`, `verify`, `finish`) whenever the session is idle. `tick(now:)` fires the
/// response timeout. Holds a `ChangeSetDecoder` while a pull arrives, so one task owns it.
public struct ClientSession {
    /// Who the client is and what it speaks.
    public struct Configuration: Sendable {
        /// The office code.
        public var office: String
        /// The office's 32-byte secret.
        public var secret: [UInt8]
        /// This device: the office database's epoch.
        public var device: UUID
        /// The client's name for the server's log.
        public var clientName: String
        /// The protocol versions this client speaks.
        public var versions: ClosedRange<UInt8>
        /// The office database's schema version.
        public var schemaVersion: UInt32
        /// The longest wait for a response (Protocol.md §6).
        public var responseTimeout: TimeAmount
        /// The most bytes one pull may inflate to.
        public var messageLimit: Int
        /// The fingerprint of the certificate the server presented in this connection's TLS handshake
        /// (`.plaintext` without TLS): both MACs cover it (Protocol.md §5).
        public var channelBinding: CertificateFingerprint

        /// Creates a configuration.
        public init(
            office: String,
            secret: [UInt8],
            device: UUID,
            clientName: String = "jixiao-street",
            versions: ClosedRange<UInt8> = ProtocolVersion.supported,
            schemaVersion: UInt32,
            responseTimeout: TimeAmount = .seconds(120),
            messageLimit: Int = 256 * 1024 * 1024,
            channelBinding: CertificateFingerprint = .plaintext
        ) {
            self.channelBinding = channelBinding
            self.office = office
            self.secret = secret
            self.device = device
            self.clientName = clientName
            self.versions = versions
            self.schemaVersion = schemaVersion
            self.responseTimeout = responseTimeout
            self.messageLimit = messageLimit
        }
    }

    /// What the driver must do next.
    public enum Action: Sendable {
        /// Nothing; wait for the next message.
        case none
        /// Send these messages in order.
        case send([Message])
        /// The server proved it holds the secret too; the session is idle and ready for requests.
        case authenticated(AuthOK)
        /// The push is durable at the district: mark changes up to `ackedSequence` as sent.
        case pushAcknowledged(PushAck)
        /// The district is storing the push: so many rows so far (for a progress display; the push is not durable
        /// yet). PUSH_ACK follows.
        case pushProgress(PushProgress)
        /// A pull finished: apply these changes (reference rows, the office's rows, conflicts) in one transaction,
        /// then store `end.cursor` and `end.rowCursor`.
        case pulled(PullEnd, [SyncChange])
        /// Part of a pull asked for with `pull(cursor:rowCursor:applyingAsItArrives:now:)`: these changes, in order,
        /// checked as belonging to this office. The pull's `.pulled` then carries no changes: only its end.
        case pulledPart([SyncChange])
        /// The district's digest arrived.
        case verified(VerifyResult)
        /// The district answered a RECONCILE: pass the answers to `Reconciliation.received(_:)`.
        case reconciled([BucketAnswer])
        /// The session failed; send `reply` (when not nil) then close.
        case fail(ProtocolError, reply: Message?)
        /// The server said BYE: close.
        case closed
    }

    private enum State {
        case idle
        case awaitingChallenge
        case awaitingAuthOK(version: UInt8, serverNonce: [UInt8])
        case ready
        case awaitingPushAck(PushBegin)
        case receivingPull
        case awaitingPullEnd
        case awaitingVerifyResult
        case awaitingReconcileResult
        case awaitingBye
        case closed
    }

    /// The configuration.
    public let configuration: Configuration
    private let clientNonce: [UInt8]
    private var state: State = .idle
    private var deadline: NIODeadline?
    private var decoder: ChangeSetDecoder?
    private var pulledChanges: [SyncChange] = []
    /// Whether the pull under way hands its changes over as they arrive (`.pulledPart`) instead of keeping them.
    private var passingOn = false
    /// The changes of the pull under way received so far.
    private var pulledCount = 0

    /// The rows of the pull (or fetch) under way received so far, for a progress display.
    public var rowsReceived: Int { pulledCount }
    /// The protocol version agreed in the handshake.
    public private(set) var version: UInt8?

    /// Creates a session.
    /// - Parameter clientNonce: 32 fresh random bytes (`Authentication.randomBytes(32)`).
    public init(configuration: Configuration, clientNonce: [UInt8]) {
        precondition(clientNonce.count == Authentication.nonceLength, "client nonce must be 32 bytes")
        precondition(configuration.secret.count == Authentication.secretLength, "office secret must be 32 bytes")
        self.configuration = configuration
        self.clientNonce = clientNonce
    }

    /// Whether the session is idle after authentication and a request may be made.
    public var isReady: Bool { if case .ready = state { true } else { false } }

    /// Opens the session: send HELLO.
    public mutating func start(now: NIODeadline) -> Action {
        precondition(isIdle, "start called twice")
        state = .awaitingChallenge
        deadline = now + configuration.responseTimeout
        let hello = Hello(
            minimumVersion: configuration.versions.lowerBound,
            maximumVersion: configuration.versions.upperBound,
            schemaVersion: configuration.schemaVersion,
            office: configuration.office,
            clientNonce: clientNonce,
            clientName: configuration.clientName,
            device: configuration.device
        )
        return .send([.hello(hello)])
    }

    /// A pulled row of another office, refused (a pull carries reference rows and this office's own only).
    private func foreignRow(in changes: [SyncChange]) -> ProtocolError? {
        let office = configuration.office
        guard let row = changes.first(where: { !$0.table.isReference && $0.office != office }) else { return nil }
        return ProtocolError(
            .notAuthorized,
            tr("wire.pull-other-office", ["table": "\(row.table)", "key": row.key, "office": row.office])
        )
    }

    private var isIdle: Bool { if case .idle = state { true } else { false } }

    /// Pushes a change set: PUSH_BEGIN and all PUSH_DATA frames, then wait for PUSH_ACK.
    public mutating func push(
        epoch: UUID,
        fromSequence: Int64,
        toSequence: Int64,
        isFullSnapshot: Bool,
        changes: CompressedChangeSet,
        now: NIODeadline
    ) -> Action {
        let begin = PushBegin(
            epoch: epoch,
            fromSequence: fromSequence,
            toSequence: toSequence,
            rowCount: changes.rowCount,
            isFullSnapshot: isFullSnapshot,
            uncompressedSize: changes.uncompressedSize
        )
        return .send([start(begin, now: now)] + changes.messages(.pushData))
    }

    /// PUSH_BEGIN of `begin`, after which the session waits for PUSH_ACK.
    private mutating func start(_ begin: PushBegin, now: NIODeadline) -> Message {
        precondition(isReady, "push outside the ready state")
        state = .awaitingPushAck(begin)
        deadline = now + configuration.responseTimeout
        return .pushBegin(begin)
    }

    /// Begins a push whose slices are sent as they are compressed (`pushSlice(_:last:now:)`): PUSH_BEGIN with the
    /// exact row count and no stated size (Protocol.md §4.6.2). Then wait for PUSH_ACK; PUSH_PROGRESS may come while
    /// the slices are still sent.
    public mutating func beginPush(
        epoch: UUID,
        fromSequence: Int64,
        toSequence: Int64,
        rowCount: UInt32,
        isFullSnapshot: Bool,
        now: NIODeadline
    ) -> Action {
        let begin = PushBegin(
            epoch: epoch,
            fromSequence: fromSequence,
            toSequence: toSequence,
            rowCount: rowCount,
            isFullSnapshot: isFullSnapshot,
            uncompressedSize: 0
        )
        return .send([start(begin, now: now)])
    }

    /// The next slice of a push begun with `beginPush`; the wait for PUSH_ACK starts again after the last.
    public mutating func pushSlice(_ slice: ByteBuffer, last: Bool, now: NIODeadline) -> Action {
        guard case .awaitingPushAck = state else { preconditionFailure("a push slice outside a push") }
        if last { deadline = now + configuration.responseTimeout }
        return .send([.pushData(slice, more: !last)])
    }

    /// Asks for reference changes after `cursor` and the office's rows and conflicts after `rowCursor` (0:
    /// everything).
    /// - Parameter applyingAsItArrives: hand the changes over as each PULL_DATA is read (`.pulledPart`), so that
    ///   they can be applied while the rest arrives; the caller must then undo them if the pull fails.
    public mutating func pull(
        cursor: Int64,
        rowCursor: Int64,
        applyingAsItArrives: Bool = false,
        now: NIODeadline
    ) -> Action {
        precondition(isReady, "pull outside the ready state")
        do {
            decoder = try ChangeSetDecoder(limit: configuration.messageLimit)
        } catch {
            return fail(ProtocolError(.internal, tr("wire.inflate-start")))
        }
        pulledChanges = []
        pulledCount = 0
        passingOn = applyingAsItArrives
        state = .receivingPull
        deadline = now + configuration.responseTimeout
        return .send([.pull(cursor: cursor, rowCursor: rowCursor)])
    }

    /// Asks for the district's current state of `rows` (Protocol.md §10.9.4): answered like a pull (`.pulled`),
    /// but the client keeps its cursors.
    public mutating func fetch(_ rows: [RowKey], now: NIODeadline) -> Action {
        precondition(isReady, "fetch outside the ready state")
        precondition(!rows.isEmpty && rows.count <= Reconciliation.keysPerFetch, "a FETCH names 1…4096 rows")
        do {
            decoder = try ChangeSetDecoder(limit: configuration.messageLimit)
        } catch {
            return fail(ProtocolError(.internal, tr("wire.inflate-start")))
        }
        pulledChanges = []
        pulledCount = 0
        passingOn = false
        state = .receivingPull
        deadline = now + configuration.responseTimeout
        return .send([.fetch(rows)])
    }

    /// Asks about hash buckets of the office's rows (Protocol.md §10.9.2).
    public mutating func reconcile(_ queries: [BucketQuery], now: NIODeadline) -> Action {
        precondition(isReady, "reconcile outside the ready state")
        state = .awaitingReconcileResult
        deadline = now + configuration.responseTimeout
        return .send([.reconcile(queries)])
    }

    /// Sends the office's digest for comparison.
    public mutating func verify(_ digest: SyncDigest, now: NIODeadline) -> Action {
        precondition(isReady, "verify outside the ready state")
        state = .awaitingVerifyResult
        deadline = now + configuration.responseTimeout
        return .send([.verify(digest)])
    }

    /// Ends the session politely: send BYE and wait for the server's BYE.
    public mutating func finish(now: NIODeadline) -> Action {
        precondition(isReady, "finish outside the ready state")
        state = .awaitingBye
        deadline = now + configuration.responseTimeout
        return .send([.bye])
    }

    /// Handles a message from the server.
    public mutating func received(_ message: Message, now: NIODeadline) -> Action {
        switch (state, message) {
        case (.closed, _):
            return .none
        case (_, .error(let error)):
            state = .closed
            return .fail(error.error, reply: nil)
        case (.awaitingChallenge, .challenge(let challenge)):
            guard configuration.versions.contains(challenge.version) else {
                return fail(
                    ProtocolError(.upgradeRequired, tr("wire.server-version", ["version": "\(challenge.version)"]))
                )
            }
            version = challenge.version
            state = .awaitingAuthOK(version: challenge.version, serverNonce: challenge.serverNonce)
            deadline = now + configuration.responseTimeout
            let mac = Authentication.clientMAC(
                secret: configuration.secret,
                office: configuration.office,
                clientNonce: clientNonce,
                serverNonce: challenge.serverNonce,
                version: challenge.version,
                binding: configuration.channelBinding
            )
            return .send([.auth(Auth(mac: mac))])
        case (.awaitingAuthOK(let version, let serverNonce), .authOK(let ok)):
            let expected = Authentication.serverProof(
                secret: configuration.secret,
                office: configuration.office,
                clientNonce: clientNonce,
                serverNonce: serverNonce,
                version: version,
                binding: configuration.channelBinding
            )
            guard Authentication.isValid(ok.serverProof, expected: expected) else {
                return fail(
                    ProtocolError(
                        .authFailed,
                        tr("wire.server-proof")
                    )
                )
            }
            state = .ready
            deadline = nil
            return .authenticated(ok)
        case (.awaitingPushAck(let begin), .pushProgress(let progress)):
            guard progress.rowCount == begin.rowCount else {
                return fail(
                    ProtocolError(
                        .unexpectedMessage,
                        tr("wire.progress-mismatch", ["rows": "\(progress.rowCount)", "expected": "\(begin.rowCount)"])
                    )
                )
            }
            // The district is working on it: the wait for PUSH_ACK starts again.
            deadline = now + configuration.responseTimeout
            return .pushProgress(progress)
        case (.awaitingPushAck(let begin), .pushAck(let ack)):
            guard ack.ackedSequence >= begin.toSequence else {
                return fail(
                    ProtocolError(
                        .unexpectedMessage,
                        tr("wire.ack-mismatch", ["acked": "\(ack.ackedSequence)", "expected": "\(begin.toSequence)"])
                    )
                )
            }
            state = .ready
            deadline = nil
            return .pushAcknowledged(ack)
        case (.receivingPull, .pullData(let chunk, let more)):
            guard let decoder else { preconditionFailure("receiving a pull without a decoder") }
            deadline = now + configuration.responseTimeout
            let part: [SyncChange]
            do {
                part = try decoder.consume(chunk)
                if !more {
                    try decoder.finish()
                    state = .awaitingPullEnd
                }
            } catch let error as ProtocolError {
                return fail(error)
            } catch {
                return fail(ProtocolError(.internal, tr("wire.pull-unreadable")))
            }
            pulledCount += part.count
            guard passingOn else {
                pulledChanges += part
                return .none
            }
            if let refusal = foreignRow(in: part) { return fail(refusal) }
            return part.isEmpty ? .none : .pulledPart(part)
        case (.awaitingPullEnd, .pullEnd(let end)):
            guard let decoder else { preconditionFailure("ending a pull without a decoder") }
            guard Int(end.rowCount) == pulledCount, Int(end.uncompressedSize) == decoder.uncompressedBytes
            else {
                return fail(
                    ProtocolError.malformed(
                        tr(
                            "wire.pull-count-mismatch",
                            [
                                "rows": "\(end.rowCount)", "bytes": "\(end.uncompressedSize)",
                                "carried": "\(pulledCount)", "carriedBytes": "\(decoder.uncompressedBytes)",
                            ]
                        )
                    )
                )
            }
            if let refusal = foreignRow(in: pulledChanges) { return fail(refusal) }
            self.decoder = nil
            let changes = pulledChanges
            pulledChanges = []
            state = .ready
            deadline = nil
            return .pulled(end, changes)
        case (.awaitingVerifyResult, .verifyResult(let result)):
            state = .ready
            deadline = nil
            return .verified(result)
        case (.awaitingReconcileResult, .reconcileResult(let answers)):
            state = .ready
            deadline = nil
            return .reconciled(answers)
        case (.awaitingBye, .bye):
            state = .closed
            deadline = nil
            return .closed
        default:
            // english: names a wire message
            return fail(ProtocolError(.unexpectedMessage, "\(message.type) was not expected now"))
        }
    }

    /// Ends the session because a frame failed to decode or the connection broke.
    public mutating func failed(_ error: ProtocolError) -> Action {
        fail(error)
    }

    /// When the wait for the server's answer times out, or `nil` when the client is not waiting.
    public var timeoutDeadline: NIODeadline? { deadline }

    /// Fires the response timeout when it has passed.
    public mutating func tick(now: NIODeadline) -> Action {
        guard let deadline, now >= deadline else { return .none }
        return fail(ProtocolError(.timeout, tr("wire.server-silent")))
    }

    private mutating func fail(_ error: ProtocolError) -> Action {
        state = .closed
        deadline = nil
        decoder = nil
        pulledChanges = []
        return .fail(error, reply: .error(error.errorMessage))
    }
}

@available(*, unavailable)
extension ClientSession: Sendable {}
