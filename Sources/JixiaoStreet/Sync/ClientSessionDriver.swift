import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import Logging
import NIOCore
import NIOPosix
import NIOSSL

/// One connection's worth of sync: handshake, push, pull, verify, bye, driving a `ClientSession`.
struct ClientSessionDriver {
    typealias Connection = NIOAsyncChannel<Frame, Frame>

    let database: StreetDatabase
    let settings: StreetSettings
    let address: ServerAddress
    let configuration: SyncClientConfiguration
    let forceSnapshot: Bool
    let logger: Logger
    let progress: @Sendable (SyncProgress) -> Void

    func run() async throws -> SyncReport {
        // The epoch is the device id HELLO names (Protocol.md §4.2).
        guard UUID(uuidString: settings.epoch) != nil else {
            throw SyncError.storage(tr("sync.no-epoch"))
        }
        let transport = SyncTransport(
            accepted: configuration.pinning ? [settings.pin, settings.nextPin].compactMap { $0 } : [],
            plaintext: configuration.plaintext
        )
        let observation = SyncTransport.Observation()
        let connection: Connection
        let handshake: EventLoopFuture<CertificateFingerprint>
        do {
            (connection, handshake) = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(configuration.connectTimeout)
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .connect(host: address.host, port: address.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let handshake = try transport.addHandlers(to: channel, observation: observation)
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(FrameDecoder(), maximumBufferSize: 2 * Frame.maximumPayloadLength)
                        )
                        try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(FrameEncoder()))
                        return (try Connection(wrappingChannelSynchronously: channel), handshake)
                    }
                }
        } catch let error as SyncError {
            throw error
        } catch {
            throw SyncError.unreachable(address.description)
        }
        do {
            return try await connection.executeThenClose { inbound, outbound in
                let binding = try await secured(handshake, channel: connection.channel, observation: observation)
                var driver = Driver(
                    attempt: self,
                    channel: connection.channel,
                    iterator: inbound.makeAsyncIterator(),
                    outbound: outbound,
                    binding: binding
                )
                defer { driver.disarm() }
                return try await driver.run()
            }
        } catch let error as SyncError {
            throw error
        } catch let error as ProtocolError {
            throw SyncError.from(error, address: address.description)
        } catch let error as StorageError {
            throw SyncError.storage(error.message)
        } catch {
            throw SyncError.connectionLost(address.description)
        }
    }

    /// Waits for the TLS handshake; returns the fingerprint of the certificate the server presented (the channel
    /// binding), or says in a clerk's words why the connection is not trusted.
    private func secured(
        _ handshake: EventLoopFuture<CertificateFingerprint>,
        channel: any Channel,
        observation: SyncTransport.Observation
    ) async throws -> CertificateFingerprint {
        // A server that accepts and never answers, or Ctrl-C meanwhile, closes the connection, which ends the wait.
        let timer = channel.eventLoop.scheduleTask(in: configuration.responseTimeout) { channel.close(promise: nil) }
        defer { timer.cancel() }
        do {
            return try await withTaskCancellationHandler {
                try await handshake.get()
            } onCancel: {
                channel.close(promise: nil)
            }
        } catch let error as SyncError {
            throw error
        } catch {
            if configuration.pinning, let seen = observation.seen, let pin = settings.pin,
                seen != pin && seen != settings.nextPin
            {
                throw SyncError.certificateMismatch(expected: pin, got: seen, hint: configuration.certificateHint)
            }
            // A handshake cut short (a proxy, an overloaded server closing) is a lost connection, retried; bytes
            // that are not TLS mean a server of another kind.
            if observation.seen == nil, error is NIOSSLError, !"\(error)".contains("EOF") {
                throw SyncError.tlsFailed(tr("sync.not-tls", ["address": address.description, "reason": "\(error)"]))
            }
            throw SyncError.connectionLost(address.description)
        }
    }

    /// The mutable half of an attempt: the session, the stream, the counters.
    struct Driver {
        let attempt: ClientSessionDriver
        let channel: any Channel
        var iterator: NIOAsyncChannelInboundStream<Frame>.AsyncIterator
        let outbound: NIOAsyncChannelOutboundWriter<Frame>
        var session: ClientSession
        var bytesSent = 0
        var bytesReceived = 0
        var timer: Scheduled<Void>?
        /// The fingerprint of the certificate this connection's TLS presented (`.plaintext` without TLS).
        let binding: CertificateFingerprint
        var address: String { attempt.address.description }
        var database: StreetDatabase { attempt.database }

        init(
            attempt: ClientSessionDriver,
            channel: any Channel,
            iterator: NIOAsyncChannelInboundStream<Frame>.AsyncIterator,
            outbound: NIOAsyncChannelOutboundWriter<Frame>,
            binding: CertificateFingerprint
        ) {
            self.binding = binding
            self.attempt = attempt
            self.channel = channel
            self.iterator = iterator
            self.outbound = outbound
            self.session = ClientSession(
                configuration: .init(
                    office: attempt.settings.office,
                    secret: attempt.settings.secret.bytes,
                    device: UUID(uuidString: attempt.settings.epoch) ?? UUID.nilEpoch,
                    clientName: "jixiao-street/0.1.0",
                    versions: ProtocolVersion.supported,
                    schemaVersion: SyncClient.schemaVersion,
                    responseTimeout: attempt.configuration.responseTimeout,
                    messageLimit: attempt.configuration.messageLimit,
                    channelBinding: binding
                ),
                clientNonce: Authentication.randomBytes(32)
            )
        }

        mutating func run() async throws -> SyncReport {
            try await perform(session.start(now: .now()))
            guard case .authenticated(let welcome) = try await next() else { throw unexpected() }
            let districtEpoch = welcome.districtEpoch.uuidString.lowercased()
            var report = SyncReport(
                office: attempt.settings.office,
                pushed: 0,
                pulled: 0,
                sentSnapshot: false,
                duplicate: false,
                bytesSent: 0,
                bytesReceived: 0,
                digest: "",
                attempts: 1,
                seconds: 0
            )
            // Authenticated over this certificate: pin it, move to the staged one, or note the one announced.
            // Most syncs change nothing here: write only when the pins would change.
            let settings = attempt.settings
            let pinsChange = settings.pin != binding || settings.nextPin != welcome.nextCertificate
            if !attempt.configuration.plaintext && pinsChange {
                let (binding, next) = (self.binding, welcome.nextCertificate)
                let pins = try await blocking { [database] in
                    try database.recordCertificate(seen: binding, announced: next)
                }
                if pins.before != pins.after { report.pinnedCertificate = pins.after }
            }

            let device = attempt.settings.epoch.lowercased()
            let state = try await blocking { [database] in try database.syncState() }
            let plan = SyncPlan(
                welcome: welcome,
                districtEpoch: state.districtEpoch,
                referenceCursor: state.referenceCursor,
                rowCursor: state.rowCursor,
                ownClock: state.ownClock,
                forceRepair: attempt.forceSnapshot
            )
            if plan.isCopy {
                // Another copy of this database pushed after this one was copied: become a new device first, in a
                // new session (HELLO names the device).
                try await perform(session.finish(now: .now()))
                guard case .closed = try await next() else { throw unexpected() }
                let old = attempt.settings.epoch
                let new = try await blocking { [database] in try database.adoptNewDevice() }
                logger.notice("this database is a restored or copied one: device \(old) becomes \(new)")
                throw SyncError.newDevice(old: old, new: new)
            }

            // Push (Protocol.md §10.3), then pull (§10.2 step 3).
            let pushed = try await pushPending(
                device: device,
                from: state.ackedSequence,
                plan: plan,
                districtEpoch: districtEpoch,
                report: &report
            )
            if plan.needsPull(afterPushing: pushed, welcome: welcome) {
                try await pull(referenceCursor: plan.referenceCursor, rowCursor: plan.rowCursor, report: &report)
            }

            // Verify (Protocol.md §10.2 step 4); on a mismatch pull again, then repair once: every row pushed, every
            // row pulled.
            var result = try await verify()
            if !result.matches {
                // Another device of the office may have pushed between this pull and the verify: pull once more.
                let now = try await blocking { [database] in try database.syncState() }
                try await pull(referenceCursor: now.referenceCursor, rowCursor: now.rowCursor, report: &report)
                result = try await verify()
            }
            if !result.matches && !plan.repair {
                // Still different: compare row hashes bucket by bucket and exchange only the rows that differ
                // (Protocol.md §10.9); nothing is deleted to make the digests agree.
                logger.notice(
                    "digests differ (office \(result.local), district \(result.remote)): comparing row hashes"
                )
                try await repair(remote: result.remote, device: device, districtEpoch: districtEpoch, report: &report)
                result = try await verify()
            }
            guard result.matches else {
                throw SyncError.digestMismatch(office: attempt.settings.office, district: "\(result.remote)")
            }
            try await acknowledge(0, districtEpoch: districtEpoch)
            report.digest = "\(result.local)"

            try await perform(session.finish(now: .now()))
            guard case .closed = try await next() else { throw unexpected() }
            report.bytesSent = bytesSent
            report.bytesReceived = bytesReceived
            return report
        }

        var logger: Logger { attempt.logger }

        /// Pushes the pending changes (and, for a repair, a copy of every other row); returns whether it pushed.
        private mutating func pushPending(
            device: String,
            from acked: Int64,
            plan: SyncPlan,
            districtEpoch: String,
            report: inout SyncReport
        ) async throws -> Bool {
            guard plan.repair else {
                // Everyday pushes are sent as they are read and marked as sent when acknowledged.
                guard
                    let (ack, prepared) = try await streamedPush(
                        device: device,
                        from: acked,
                        districtEpoch: districtEpoch
                    )
                else { return false }
                report.pushed += prepared.count
                report.duplicate = ack.isDuplicate
                return true
            }
            let (set, prepared) = try await compressedPush(device: device, repair: true, copying: nil)
            guard prepared.count > 0 else { return false }
            let ack = try await push(
                epoch: UUID(uuidString: device)!,
                from: 0,
                to: prepared.sequence,
                snapshot: true,
                set: set
            )
            let edits = prepared.edits
            let acknowledging = ContinuousClock.now
            try await blocking { [database] in
                try database.acknowledgePush(upTo: ack.ackedSequence, edits: edits, districtEpoch: districtEpoch)
            }
            logger.debug("marked \(edits.count) edits as sent in \(ContinuousClock.now - acknowledging)")
            report.pushed += prepared.count
            report.sentSnapshot = true
            report.duplicate = ack.isDuplicate
            return true
        }

        /// A digest repair (Protocol.md §10.9): narrows the differing hash buckets with RECONCILE, pushes a copy of
        /// each row the district lacks or holds otherwise, then fetches the district's state of every differing row.
        private mutating func repair(
            remote: SyncDigest,
            device: String,
            districtEpoch: String,
            report: inout SyncReport
        ) async throws {
            let local = try await blocking { [database] in try database.hashedRows() }
            var reconciliation = Reconciliation(local: local, remote: remote)
            var step = reconciliation.next()
            while case .ask(let queries) = step {
                try await perform(session.reconcile(queries, now: .now()))
                guard case .reconciled(let answers) = try await next() else { throw unexpected() }
                do {
                    try reconciliation.received(answers)
                } catch let error as ProtocolError {
                    try await perform(session.failed(error))
                    throw unexpected()
                }
                step = reconciliation.next()
            }
            guard case .exchange(let push, let fetch) = step else { throw unexpected() }
            logger.notice(
                "digest repair: \(reconciliation.requests) bucket requests, \(push.count) rows to push, \(fetch.count) to fetch"
            )
            if !push.isEmpty {
                let (set, prepared) = try await compressedPush(device: device, repair: true, copying: Set(push))
                let ack = try await self.push(
                    epoch: UUID(uuidString: device)!,
                    from: 0,
                    to: prepared.sequence,
                    snapshot: true,
                    set: set
                )
                let edits = prepared.edits
                try await blocking { [database] in
                    try database.acknowledgePush(upTo: ack.ackedSequence, edits: edits, districtEpoch: districtEpoch)
                }
                report.pushed += prepared.count
            }
            var start = 0
            while start < fetch.count {
                let rows = Array(fetch[start..<min(start + Reconciliation.keysPerFetch, fetch.count)])
                start += rows.count
                try await perform(session.fetch(rows, now: .now()))
                guard case .pulled(_, let changes) = try await next() else { throw unexpected() }
                try await blocking { [database] in
                    let state = try database.syncState()
                    try database.applyPull(
                        changes,
                        referenceCursor: state.referenceCursor,
                        rowCursor: state.rowCursor,
                        fetched: true
                    )
                }
                report.pulled += changes.count
            }
            report.repairedRows = Set(push + fetch).count
        }

        /// Pulls reference changes and the office's rows and conflicts after the cursors, and applies them in one
        /// transaction while they arrive: a thread applies each PULL_DATA's changes as the next is received and
        /// decoded, and commits at PULL_END; a pull that fails is rolled back whole.
        private mutating func pull(referenceCursor: Int64, rowCursor: Int64, report: inout SyncReport) async throws {
            let started = ContinuousClock.now
            let feed = PullFeed()
            let applying = Task { [database] in try await blocking { try database.applyPull(next: feed.next) } }
            var count = 0
            var conflicts = 0
            var received = started
            do {
                try await perform(
                    session.pull(cursor: referenceCursor, rowCursor: rowCursor, applyingAsItArrives: true, now: .now())
                )
                while true {
                    let action = try await next()
                    if case .pulledPart(let part) = action {
                        count += part.count
                        conflicts += part.lazy.filter { $0.table == .conflicts }.count
                        feed.append(.changes(part))
                        continue
                    }
                    guard case .pulled(let end, _) = action else { throw unexpected() }
                    received = ContinuousClock.now
                    feed.append(.end(referenceCursor: end.cursor, rowCursor: end.rowCursor))
                    break
                }
            } catch {
                feed.abandon()
                _ = try? await applying.value
                throw error
            }
            try await applying.value
            logger.debug(
                "pulled \(count) changes in \(received - started), applied \(ContinuousClock.now - received) after the last"
            )
            report.pulled += count
            report.conflicts += conflicts
        }

        /// Reads the changes to push (`preparePush`) and compresses them at the same time, on two threads.
        private func compressedPush(
            device: String,
            repair: Bool,
            copying: Set<RowKey>?
        ) async throws -> (CompressedChangeSet, PushPreparation) {
            let level = attempt.configuration.compressionLevel
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            let started = ContinuousClock.now
            let (set, prepared) = try await blocking { [database] in
                let builder = try CompressedChangeSet.Builder(level: level)
                let prepared = try Handoff<SyncChange>.run { yield in
                    try database.preparePush(device: device, repair: repair, copying: copying, now: now, into: yield)
                } consume: { change in
                    try builder.append(change)
                }
                return (try builder.finish(), prepared)
            }
            logger.debug(
                "read and compressed \(prepared.count) changes to \(set.compressedSize) bytes in \(ContinuousClock.now - started)"
            )
            return (set, prepared)
        }

        /// What reading a push hands over to the connection while it reads and compresses.
        private enum PushPiece: Sendable {
            /// How many changes follow and the highest sequence they cover.
            case begin(count: Int, sequence: Int64)
            case slice(ByteBuffer)
        }

        /// Pushes the pending edits as they are read and compressed (on two threads, as `compressedPush`): PUSH_BEGIN
        /// once their count is known, each slice as soon as it is compressed (Protocol.md §4.6.2), so the district
        /// stores the first rows while the last are read. Returns nil when there was nothing to push.
        ///
        /// Once the last slice is sent, the edits are marked as sent in a transaction that waits for PUSH_ACK and
        /// commits only then (`acknowledgePush(confirmed:)`), so the marking overlaps the district's storing; a failed
        /// push rolls it back.
        private mutating func streamedPush(
            device: String,
            from acked: Int64,
            districtEpoch: String
        ) async throws -> (PushAck, PushPreparation)? {
            let level = attempt.configuration.compressionLevel
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            let started = ContinuousClock.now
            let (pieces, continuation) = AsyncThrowingStream.makeStream(of: PushPiece.self)
            let database = self.database
            let reading = Task {
                try await blocking {
                    do {
                        let builder = try CompressedChangeSet.Builder(level: level, chunkLength: Self.streamedSlice) {
                            continuation.yield(.slice($0))
                        }
                        let prepared = try Handoff<SyncChange>.run { yield in
                            try database.preparePush(
                                device: device,
                                repair: false,
                                now: now,
                                announce: { continuation.yield(.begin(count: $0, sequence: $1)) },
                                into: yield
                            )
                        } consume: { change in
                            try builder.append(change)
                        }
                        let last = try builder.finish()
                        continuation.finish()
                        return (prepared, last)
                    } catch {
                        continuation.finish(throwing: error)
                        throw error
                    }
                }
            }
            // Every slice but the last comes through the stream; the last is the builder's set's.
            var rows: Int?
            var begun: Int64?
            var sent = 0
            do {
                for try await piece in pieces {
                    switch piece {
                    case .begin(let count, let sequence):
                        guard count > 0 else { continue }
                        guard let rowCount = UInt32(exactly: count) else {
                            throw SyncError.from(
                                ProtocolError(
                                    .tooLarge,
                                    tr("wire.too-many-rows", ["n": "\(count)", "limit": "\(UInt32.max)"])
                                ),
                                address: address
                            )
                        }
                        let to = max(sequence, acked + 1)
                        begun = to
                        try await perform(
                            session.beginPush(
                                epoch: UUID(uuidString: device)!,
                                fromSequence: acked,
                                toSequence: to,
                                rowCount: rowCount,
                                isFullSnapshot: false,
                                now: .now()
                            )
                        )
                        rows = count
                    case .slice(let slice):
                        guard let rows else { continue }
                        try await perform(session.pushSlice(slice, last: false, now: .now()))
                        sent += slice.readableBytes
                        // The total is not known until the last slice (0 until then).
                        attempt.progress(SyncProgress(phase: "push", bytesDone: sent, bytesTotal: 0, rows: rows))
                    }
                }
            } catch {
                _ = try? await reading.value
                throw error
            }
            let (prepared, set) = try await reading.value
            guard let rows, let last = set.chunks.last, let sequence = begun else { return nil }
            try await perform(session.pushSlice(last, last: true, now: .now()))
            sent += last.readableBytes
            attempt.progress(SyncProgress(phase: "push", bytesDone: sent, bytesTotal: sent, rows: rows))
            logger.debug(
                "read, compressed and sent \(prepared.count) changes in \(sent) bytes in \(ContinuousClock.now - started)"
            )
            let verdict = Verdict()
            let edits = prepared.edits
            let marking = Task {
                try await blocking {
                    let preparing = ContinuousClock.now
                    var ready = Duration.zero
                    let recorded = try database.acknowledgePush(
                        upTo: sequence,
                        edits: edits,
                        districtEpoch: districtEpoch
                    ) {
                        ready = ContinuousClock.now - preparing
                        return verdict.wait()
                    }
                    return (recorded, ready)
                }
            }
            let ack: PushAck
            do {
                ack = try await acknowledgement(bytes: sent, started: started)
            } catch {
                verdict.decide(false)
                _ = try? await marking.value
                throw error
            }
            // PUSH_ACK acknowledges the push's to_seq (Protocol.md §4.8); another sequence is recorded afresh.
            verdict.decide(ack.ackedSequence == sequence)
            let (recorded, ready) = try await marking.value
            if !recorded {
                try await blocking { [database] in
                    try database.acknowledgePush(upTo: ack.ackedSequence, edits: edits, districtEpoch: districtEpoch)
                }
            }
            logger.debug("marked \(edits.count) edits as sent (prepared in \(ready), while the district stored them)")
            return (ack, prepared)
        }

        /// The compressed slice a streamed push sends at a time: small, so the district starts storing soon.
        private static let streamedSlice = 256 * 1024

        private mutating func push(
            epoch: UUID,
            from: Int64,
            to: Int64,
            snapshot: Bool,
            set: CompressedChangeSet
        )
            async throws -> PushAck
        {
            let started = ContinuousClock.now
            guard
                case .send(let messages) = session.push(
                    epoch: epoch,
                    fromSequence: from,
                    toSequence: to,
                    isFullSnapshot: snapshot,
                    changes: set,
                    now: .now()
                )
            else { throw unexpected() }
            let total = set.compressedSize
            var done = 0
            // Before the first byte: the size and the rows, shown at once however fast the push goes.
            attempt.progress(SyncProgress(phase: "push", bytesDone: 0, bytesTotal: total, rows: Int(set.rowCount)))
            for message in messages {
                try await send(message)
                if case .pushData(let chunk, _) = message {
                    done += chunk.readableBytes
                    attempt.progress(
                        SyncProgress(phase: "push", bytesDone: done, bytesTotal: total, rows: Int(set.rowCount))
                    )
                }
            }
            logger.debug("sent the push in \(ContinuousClock.now - started)")
            return try await acknowledgement(bytes: total, started: started)
        }

        /// Waits for the push's PUSH_ACK: while the district stores the rows it may say how far it is
        /// (PUSH_PROGRESS).
        private mutating func acknowledgement(
            bytes total: Int,
            started: ContinuousClock.Instant
        )
            async throws -> PushAck
        {
            var answer = try await next()
            while case .pushProgress(let step) = answer {
                attempt.progress(
                    SyncProgress(
                        phase: "store",
                        bytesDone: total,
                        bytesTotal: total,
                        rows: Int(step.rowCount),
                        rowsDone: Int(step.rowsStored)
                    )
                )
                answer = try await next()
            }
            guard case .pushAcknowledged(let ack) = answer else { throw unexpected() }
            logger.debug(
                "push acknowledged after \(ContinuousClock.now - started) up to \(ack.ackedSequence) (duplicate: \(ack.isDuplicate))"
            )
            return ack
        }

        private func acknowledge(_ sequence: Int64, districtEpoch: String) async throws {
            try await blocking { [database] in try database.acknowledge(upTo: sequence, districtEpoch: districtEpoch) }
        }

        private mutating func verify() async throws -> (matches: Bool, local: SyncDigest, remote: SyncDigest) {
            let started = ContinuousClock.now
            let local = try await blocking { [database] in try database.digest() }
            let computed = ContinuousClock.now
            try await perform(session.verify(local, now: .now()))
            guard case .verified(let result) = try await next() else { throw unexpected() }
            logger.debug(
                "digest computed in \(computed - started), the district's answered in \(ContinuousClock.now - computed)"
            )
            return (result.matches && result.digest == local, local, result.digest)
        }

        /// Sends what an action asks to send; fails on a failure action.
        private mutating func perform(_ action: ClientSession.Action) async throws {
            switch action {
            case .send(let messages):
                for message in messages { try await send(message) }
            case .fail(let error, let reply):
                if let reply { try? await send(reply) }
                throw SyncError.from(error, address: address)
            case .none:
                break
            default:
                throw unexpected()
            }
        }

        private mutating func send(_ message: Message) async throws {
            let frame = message.frame
            bytesSent += Frame.headerLength + frame.payload.readableBytes
            try await outbound.write(frame)
        }

        /// Reads frames until the session has something for the caller.
        private mutating func next() async throws -> ClientSession.Action {
            while true {
                arm()
                let frame: Frame?
                do {
                    frame = try await iterator.next()
                } catch let error as ProtocolError {
                    try await perform(session.failed(error))
                    throw unexpected()
                }
                guard let frame else { throw SyncError.connectionLost(address) }
                bytesReceived += Frame.headerLength + frame.payload.readableBytes
                let action = session.received(try Message(frame: frame), now: .now())
                if case .pullData = frame.type {
                    attempt.progress(
                        SyncProgress(
                            phase: "pull",
                            bytesDone: bytesReceived,
                            bytesTotal: bytesReceived,
                            rows: session.rowsReceived
                        )
                    )
                }
                switch action {
                case .none:
                    continue
                case .send, .fail:
                    try await perform(action)
                default:
                    disarm()
                    return action
                }
            }
        }

        /// Closes the connection if the server does not answer by the session's deadline.
        private mutating func arm() {
            timer?.cancel()
            guard let deadline = session.timeoutDeadline else { return }
            let channel = self.channel
            timer = channel.eventLoop.scheduleTask(deadline: deadline) { channel.close(promise: nil) }
        }

        mutating func disarm() {
            timer?.cancel()
            timer = nil
        }

        private func unexpected() -> SyncError {
            SyncError.from(ProtocolError(.unexpectedMessage, tr("sync.out-of-turn")), address: address)
        }
    }
}

/// The parts of a pull, handed from the connection to the thread that applies them (`applyPull(next:)`).
private final class PullFeed: @unchecked Sendable {
    /// The pull ended without its PULL_END: what `next` throws, so that the transaction rolls back.
    struct Abandoned: Error {}

    private let condition = NSCondition()
    private var parts: [StreetDatabase.PulledPart] = []
    private var abandoned = false

    func append(_ part: StreetDatabase.PulledPart) {
        condition.lock()
        parts.append(part)
        condition.broadcast()
        condition.unlock()
    }

    func abandon() {
        condition.lock()
        abandoned = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next part, waiting for it.
    /// - Throws: `Abandoned` once `abandon()` was called.
    func next() throws -> StreetDatabase.PulledPart {
        condition.lock()
        defer { condition.unlock() }
        while parts.isEmpty && !abandoned { condition.wait() }
        guard !abandoned else { throw Abandoned() }
        return parts.removeFirst()
    }
}

/// A yes or no that one thread waits for and another gives, once.
private final class Verdict: @unchecked Sendable {
    private let condition = NSCondition()
    private var answer: Bool?

    /// Waits until `decide` is called, and returns its answer.
    func wait() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while answer == nil { condition.wait() }
        return answer!
    }

    func decide(_ yes: Bool) {
        condition.lock()
        if answer == nil { answer = yes }
        condition.broadcast()
        condition.unlock()
    }
}

/// Runs blocking database or compression work off the cooperative pool.
@discardableResult
func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await NIOThreadPool.singleton.runIfActive(body)
}
