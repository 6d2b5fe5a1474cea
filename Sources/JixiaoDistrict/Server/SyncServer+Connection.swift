import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import Logging
import NIOCore
import NIOPosix

extension SyncServer {
    /// What one session did, for its log line and the district's session log.
    struct ServerSessionStats {
        var office: String?
        /// The device named in HELLO (its database epoch), once authenticated.
        var device = ""
        var claimed = false
        /// Whether the office code named in HELLO is enrolled (failed authentications are counted only then).
        var officeKnown = false
        var rowsIn = 0
        var rowsOut = 0
        var bytesIn = 0
        var bytesOut = 0
        var result = "closed by the client"
        var ok = false
        var agreedDigest: SyncDigest?
        var referenceCursor: Int64?
        /// When the session started, ISO 8601.
        var startedAt = ""
        /// Whether the session is already in the district's session log (a finished one is recorded before BYE).
        var recorded = false
    }

    /// Runs one connection to its end; never throws: errors are this connection's alone and are logged.
    func serve(_ connection: Connection) async {
        let channel = connection.channel
        let started = Date()
        let startedAt = ISO8601DateFormatter().string(from: started)
        var stats = ServerSessionStats()
        stats.startedAt = startedAt
        let peer = channel.remoteAddress?.ipAddress ?? "?"
        guard
            registry.admit(
                channel,
                peer: peer,
                maximum: configuration.maximumConnections,
                perPeer: configuration.maximumConnectionsPerPeer
            )
        else {
            _ = try? await connection.executeThenClose { _, outbound in
                // Under TLS the answer can only be delivered once the handshake is done.
                try await channel.eventLoop.flatSubmit {
                    (try? channel.pipeline.syncOperations.handler(type: HandshakeSignal.self))?.completed
                        ?? channel.eventLoop.makeSucceededVoidFuture()
                }.get()
                let error = ProtocolError(.overloaded, tr("wire.overloaded"))
                try await outbound.write(Message.error(error.errorMessage).frame)
            }
            logger.warning(
                "refused a connection: too many connections",
                metadata: ["peer.address": "\(peer)"]
            )
            return
        }
        defer { registry.remove(channel) }
        // The timer never decides: at a deadline it only closes the input side, which wakes the loop below, and the
        // loop asks the session (`tick(now:)`) what the deadline means and performs that (Protocol.md §10.5).
        let woken = LockedBox(false)
        let timer = LockedBox<Scheduled<Void>?>(nil)
        do {
            try await connection.executeThenClose { inbound, outbound in
                // The connection stops counting against the caps once its session is over, not when TLS has finished
                // closing (which may wait for the peer's close_notify).
                defer { registry.remove(channel) }
                // The session is a plain value owned by this task: every event goes through it here.
                var session = ServerSession(
                    configuration: sessionConfiguration(),
                    serverNonce: Authentication.randomBytes(32),
                    now: .now()
                )
                func arm() {
                    timer.get()?.cancel()
                    guard let deadline = session.timeoutDeadline else { return timer.set(nil) }
                    timer.set(
                        channel.eventLoop.scheduleTask(deadline: deadline) {
                            woken.set(true)
                            let closed = channel.eventLoop.makePromise(of: Void.self)
                            closed.futureResult.whenFailure { _ in channel.close(promise: nil) }
                            channel.close(mode: .input, promise: closed)
                        }
                    )
                }
                defer { timer.get()?.cancel() }
                arm()
                var iterator = inbound.makeAsyncIterator()
                // A push being stored as it arrives; however the connection ends, its store ends before this does.
                var live: PushInProgress?
                do {
                    while true {
                        guard let action = await nextAction(&iterator, session: &session, woken: woken, stats: &stats)
                        else { break }
                        // Re-arm for the new state at once: while the server works (an apply may be long) no timeout
                        // runs.
                        arm()
                        let done = try await perform(
                            action,
                            session: &session,
                            live: &live,
                            outbound: outbound,
                            channel: channel,
                            stats: &stats
                        )
                        stats.rowsIn = session.rowsIn
                        stats.rowsOut = session.rowsOut
                        if done { break }
                        arm()
                    }
                } catch {
                    await abandon(live, channel: channel)
                    throw error
                }
                await abandon(live, channel: channel)
            }
        } catch {
            // english: the stored session record
            if stats.ok == false && stats.result == "closed by the client" {
                stats.result = woken.get() ? "timeout" : "connection lost: \(error)"
            }
        }
        await finish(&stats, started: started)
    }

    /// Waits for the next frame (or the timer) and returns what the session makes of it; `nil` when the connection
    /// has ended with nothing left to do.
    private func nextAction(
        _ iterator: inout NIOAsyncChannelInboundStream<Frame>.AsyncIterator,
        session: inout ServerSession,
        woken: LockedBox<Bool>,
        stats: inout ServerSessionStats
    ) async -> ServerSession.Action? {
        let frame: Frame?
        do {
            frame = try await iterator.next()
        } catch let error as ProtocolError {
            return woken.get() ? timedOut(&session, stats: &stats) : session.failed(error)
        } catch {
            if woken.get() { return timedOut(&session, stats: &stats) }
            return session.failed(
                ProtocolError(.malformedFrame, tr("wire.unreadable-input", ["reason": "\(error)"]))
            )
        }
        guard let frame else {
            // The input ended: the client closed, or the timer woke us for the session to decide.
            return woken.get() ? timedOut(&session, stats: &stats) : nil
        }
        stats.bytesIn += Frame.headerLength + frame.payload.readableBytes
        do {
            // A PUSH_DATA chunk is only kept here: it is inflated once, while the push is stored.
            let message = try Message(frame: frame)
            return session.received(message, now: .now())
        } catch let error as ProtocolError {
            return session.failed(error)
        } catch {
            return session.failed(
                ProtocolError(.malformedFrame, tr("wire.unreadable-input", ["reason": "\(error)"]))
            )
        }
    }

    /// The timer fired: the session's `tick` says what that means. The input side is already closed, so a tick that
    /// finds the deadline moved (a frame raced the timer) still ends the connection, as lost.
    private func timedOut(_ session: inout ServerSession, stats: inout ServerSessionStats) -> ServerSession.Action? {
        let action = session.tick(now: .now())
        if case .none = action {
            stats.result = "connection lost: the input closed at a deadline that had moved"
            return nil
        }
        return action
    }

    /// Performs `action` and the actions that follow from it; returns whether the session is over.
    private func perform(
        _ first: ServerSession.Action,
        session: inout ServerSession,
        live: inout PushInProgress?,
        outbound: NIOAsyncChannelOutboundWriter<Frame>,
        channel: any Channel,
        stats: inout ServerSessionStats
    ) async throws -> Bool {
        var action = first
        while true {
            switch action {
            case .none:
                return false
            case .send(let messages):
                try await send(messages, to: outbound, stats: &stats)
                if case .pullEnd(let end) = messages.last { stats.referenceCursor = end.cursor }
                if case .verifyResult(let result) = messages.last {
                    stats.agreedDigest = result.matches ? result.digest : nil
                }
                return false
            case .lookUpOffice(let code, let device):
                stats.office = code
                action = await lookUp(office: code, device: device, session: &session, stats: &stats)
            case .authenticated(let office, let device, let reply):
                let id = device.uuidString.lowercased()
                guard registry.claim(office: office, device: id, for: channel) else {
                    action = session.failed(
                        ProtocolError(.sessionBusy, tr("wire.session-busy", ["device": "\(id)", "office": office]))
                    )
                    continue
                }
                stats.device = id
                stats.claimed = true
                try await send([reply], to: outbound, stats: &stats)
                return false
            case .startPush(let payload):
                live = startStoring(payload, session: session, outbound: outbound, stats: stats)
                return false
            case .pushChunk(let slice):
                live?.push.append(slice, last: false)
                return false
            case .applyPush(let begin, let payload):
                let storing = live
                live = nil
                action = await apply(
                    begin,
                    payload,
                    live: storing,
                    session: &session,
                    outbound: outbound,
                    stats: &stats
                )
            case .loadPull(let referenceCursor, let rowCursor, let skipping):
                action = await loadPull(
                    referenceCursor: referenceCursor,
                    rowCursor: rowCursor,
                    skipping: skipping,
                    session: &session,
                    outbound: outbound,
                    stats: &stats
                )
            case .loadHashes(let queries):
                action = await loadHashes(queries, session: &session)
            case .loadRows(let keys):
                action = await loadRows(keys, session: &session)
                // A FETCH's PULL_END carries no cursors: sent here, so the session log keeps the pull's.
                if case .send(let messages) = action {
                    try await send(messages, to: outbound, stats: &stats)
                    return false
                }
            case .computeDigest:
                action = await computeDigest(session: &session)
            case .fail(let error):
                // A push being stored ends unfinished (its rollback is awaited once the connection is over).
                live?.push.abandon()
                if error.code == .authFailed, let office = stats.office {
                    // Only enrolled offices are counted, so the table stays as small as the list of offices.
                    let failures = stats.officeKnown ? registry.recordFailure(office: office) : 1
                    try? await Task.sleep(for: failureDelay(after: failures))
                }
                stats.result = error.description
                // The slot is free before the client can read the answer and reconnect.
                registry.release(channel)
                try? await send([.error(error.errorMessage)], to: outbound, stats: &stats)
                return true
            case .finish:
                stats.result = "ok"
                stats.ok = true
                // The agreed digest is recorded before BYE: once the client has its BYE, `district verify` and
                // `district status` already show this sync.
                stats.rowsIn = session.rowsIn
                stats.rowsOut = session.rowsOut
                let bye = Message.bye.frame
                var logged = stats
                logged.bytesOut += Frame.headerLength + bye.payload.readableBytes
                await record(&logged)
                stats.recorded = true
                registry.release(channel)
                try? await send([.bye], to: outbound, stats: &stats)
                return true
            case .close(let error):
                live?.push.abandon()
                registry.release(channel)
                stats.result = "the client ended the session with ERROR \(error.code.name): \(error.message)"
                return true
            }
        }
    }

    /// Writes `messages` in order, counting their bytes.
    private func send(
        _ messages: [Message],
        to outbound: NIOAsyncChannelOutboundWriter<Frame>,
        stats: inout ServerSessionStats
    ) async throws {
        for message in messages {
            let frame = message.frame
            stats.bytesOut += Frame.headerLength + frame.payload.readableBytes
            try await outbound.write(frame)
        }
    }

    /// Looks the office up for the session; a storage failure is logged and fails the session as `internal`.
    private func lookUp(
        office code: String,
        device: UUID,
        session: inout ServerSession,
        stats: inout ServerSessionStats
    ) async -> ServerSession.Action {
        do {
            let record = try await database(lookUp: code, device: device.uuidString.lowercased())
            stats.officeKnown = record != nil
            return session.officeLookedUp(record, now: .now())
        } catch {
            logger.error("cannot look up the office", metadata: ["office.code": "\(code)", "error": "\(error)"])
            return session.failed(ProtocolError(.internal, tr("wire.offices-unreadable")))
        }
    }

    /// How storing a push ended, and the bytes of the PUSH_PROGRESS frames sent meanwhile.
    typealias StoredPush = (outcome: Result<PushOutcome, any Error>, progressBytes: Int)

    /// A push being stored while its slices arrive (`ArrivingPush`), and the task storing it.
    struct PushInProgress {
        let push: ArrivingPush
        let task: Task<StoredPush, Never>

        /// Ends it unfinished and waits until its transaction is rolled back: it commits only after its last slice,
        /// and a push whose last slice came is no longer in progress.
        func abandon() async {
            push.abandon()
            _ = await task.value
        }
    }

    /// Ends a push that was being stored as it arrived when its connection ended first: the device's slot is free at
    /// once (its retry may begin and queue for the writer), then the rollback is awaited.
    private func abandon(_ live: PushInProgress?, channel: any Channel) async {
        guard let live else { return }
        registry.release(channel)
        await live.abandon()
    }

    /// Starts storing the push of `payload` as its slices come, on the writer's thread.
    private func startStoring(
        _ payload: PushPayload,
        session: ServerSession,
        outbound: NIOAsyncChannelOutboundWriter<Frame>,
        stats: ServerSessionStats
    ) -> PushInProgress {
        let push = ArrivingPush(patience: configuration.pushPatience)
        let office = session.office ?? ""
        let startedAt = stats.startedAt
        let task = Task {
            await store(payload.begin, office: office, startedAt: startedAt, outbound: outbound) { yield in
                try push.read(with: try payload.reader(), each: yield)
            }
        }
        return PushInProgress(push: push, task: task)
    }

    /// Stores a push in one transaction: its records, from `read`, are inflated and checked on a thread of their
    /// own while this one stores them; the push stays compressed until here.
    ///
    /// While the rows are stored, a `PushProgressPacer` decides when the client is told how far it is: the thread
    /// storing them hands each due PUSH_PROGRESS to a child task that writes it, and that task has written them all
    /// before this returns.
    private func store(
        _ begin: PushBegin,
        office: String,
        startedAt: String,
        outbound: NIOAsyncChannelOutboundWriter<Frame>,
        read: @escaping @Sendable (_ yield: (SyncChange) throws -> Void) throws -> Void
    ) async -> StoredPush {
        let (progress, reporter) = AsyncStream.makeStream(of: PushProgress.self, bufferingPolicy: .bufferingNewest(1))
        let writer = Task {
            var bytes = 0
            for await step in progress {
                let frame = Message.pushProgress(step).frame
                bytes += Frame.headerLength + frame.payload.readableBytes
                try? await outbound.write(frame)
            }
            return bytes
        }
        let database = self.database
        let (delay, interval) = (configuration.pushProgressDelay, configuration.pushProgressInterval)
        let started = ContinuousClock.now
        let result: Result<PushOutcome, any Error>
        do {
            result = .success(
                try await ServerThreads.storing.runIfActive {
                    var pacer = PushProgressPacer(
                        rowCount: begin.rowCount,
                        delay: delay,
                        interval: interval,
                        now: .now()
                    )
                    return try database.applyPush(
                        office: office,
                        device: begin.epoch.uuidString.lowercased(),
                        session: startedAt,
                        toSequence: begin.toSequence
                    ) { store in
                        var stored = 0
                        try Handoff<SyncChange>.run { yield in
                            try read(yield)
                        } consume: { change in
                            try store(change)
                            stored += 1
                            // The clock read every 64 rows, not for each.
                            if stored & 63 == 0, let step = pacer.stored(stored, now: .now()) { reporter.yield(step) }
                        }
                    }
                }
            )
        } catch {
            result = .failure(error)
        }
        reporter.finish()
        if case .success(let outcome) = result {
            logger.debug(
                "stored a push",
                metadata: [
                    "office.code": "\(office)", "push.rows": "\(begin.rowCount)",
                    "push.applied": "\(outcome.applied)", "push.duration": "\(ContinuousClock.now - started)",
                ]
            )
        }
        return (result, progressBytes: await writer.value)
    }

    /// Applies a push that has arrived whole, or finishes storing one that was stored as it arrived (`live`), and
    /// tells the session how it went.
    private func apply(
        _ begin: PushBegin,
        _ payload: PushPayload,
        live: PushInProgress?,
        session: inout ServerSession,
        outbound: NIOAsyncChannelOutboundWriter<Frame>,
        stats: inout ServerSessionStats
    ) async -> ServerSession.Action {
        let office = session.office ?? ""
        var arrived: StoredPush?
        if let live {
            live.push.append(payload.chunks.last ?? ByteBuffer(), last: true)
            let result = await live.task.value
            stats.bytesOut += result.progressBytes
            if case .failure(let error) = result.outcome, error is ArrivingPush.Stalled {
                // The client was slower than the writer may wait: stored below, now that it is all here.
                logger.info(
                    "stored a push only once it had arrived: its slices came too slowly to store them as they came",
                    metadata: ["office.code": "\(office)", "push.rows": "\(begin.rowCount)"]
                )
            } else {
                arrived = result
            }
        }
        let stored: StoredPush
        if let arrived {
            stored = arrived
        } else {
            stored = await store(begin, office: office, startedAt: stats.startedAt, outbound: outbound) { yield in
                try payload.forEachChange(yield)
            }
            stats.bytesOut += stored.progressBytes
        }
        switch stored.outcome {
        case .success(let outcome):
            let ack = PushAck(
                ackedSequence: outcome.ackedSequence,
                rowsApplied: UInt32(clamping: outcome.applied),
                isDuplicate: outcome.duplicate
            )
            return session.pushApplied(ack, revisions: outcome.revisions, now: .now())
        case .failure(let error):
            return session.failed(protocolError(for: error, while: "applying a push", office: office))
        }
    }

    /// Loads what a pull sends: reference changes after `referenceCursor`, the office's rows and conflicts after
    /// `rowCursor`; each slice but the last is sent as soon as it is compressed.
    private func loadPull(
        referenceCursor: Int64,
        rowCursor: Int64,
        skipping: PushedRevisions?,
        session: inout ServerSession,
        outbound: NIOAsyncChannelOutboundWriter<Frame>,
        stats: inout ServerSessionStats
    ) async -> ServerSession.Action {
        let office = session.office ?? ""
        let device = session.device?.uuidString.lowercased() ?? ""
        let database = self.database
        let started = ContinuousClock.now
        // Read and compressed on two threads; the slices go out while the rest is read, so a new device's first
        // pull of a large office never sits in memory as rows, and the device decodes while the district reads.
        let (slices, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        let loading = Task {
            defer { continuation.finish() }
            return try await ServerThreads.reading.runIfActive {
                let builder = try CompressedChangeSet.Builder { continuation.yield($0) }
                let cursors = try Handoff<SyncChange>.run { yield in
                    try database.pullChanges(
                        office: office,
                        referenceCursor: referenceCursor,
                        rowCursor: rowCursor,
                        skipping: skipping,
                        device: device,
                        into: yield
                    )
                } consume: { change in
                    try builder.append(change)
                }
                return (set: try builder.finish(), cursors: cursors)
            }
        }
        var sendFailure: (any Error)?
        for await slice in slices where sendFailure == nil {
            if case .send(let messages) = session.pullSlice(slice) {
                do { try await send(messages, to: outbound, stats: &stats) } catch { sendFailure = error }
            }
        }
        do {
            let loaded = try await loading.value
            if let sendFailure { throw sendFailure }
            logger.debug(
                "loaded a pull",
                metadata: [
                    "office.code": "\(office)", "pull.rows": "\(loaded.set.rowCount)",
                    "pull.duration": "\(ContinuousClock.now - started)",
                ]
            )
            return session.pullLoaded(
                loaded.set,
                cursor: loaded.cursors.referenceCursor,
                rowCursor: loaded.cursors.rowCursor,
                isFullSnapshot: referenceCursor == 0,
                now: .now()
            )
        } catch {
            return session.failed(protocolError(for: error, while: "loading a pull", office: office))
        }
    }

    /// Reads the office's row hashes in a RECONCILE's buckets (Protocol.md §10.9.3).
    private func loadHashes(_ queries: [BucketQuery], session: inout ServerSession) async -> ServerSession.Action {
        let office = session.office ?? ""
        do {
            let database = self.database
            let ranges = queries.map(\.bucket.signedRange)
            let rows = try await ServerThreads.reading.runIfActive {
                try database.hashedRows(office: office, within: ranges)
            }
            return session.hashesLoaded(rows, now: .now())
        } catch {
            return session.failed(protocolError(for: error, while: "reading row hashes", office: office))
        }
    }

    /// Loads the rows a FETCH names (Protocol.md §10.9.4), compressed as they are read.
    private func loadRows(_ keys: [RowKey], session: inout ServerSession) async -> ServerSession.Action {
        let office = session.office ?? ""
        do {
            let database = self.database
            let set = try await ServerThreads.reading.runIfActive {
                let builder = try CompressedChangeSet.Builder()
                try database.currentRows(office: office, keys: keys, into: builder.append)
                return try builder.finish()
            }
            return session.pullLoaded(set, cursor: 0, rowCursor: 0, isFullSnapshot: false, now: .now())
        } catch {
            return session.failed(protocolError(for: error, while: "loading rows", office: office))
        }
    }

    /// Computes the office's digest for a verify.
    private func computeDigest(session: inout ServerSession) async -> ServerSession.Action {
        let office = session.office ?? ""
        do {
            let database = self.database
            let digest = try await ServerThreads.reading.runIfActive { try database.digest(office: office) }
            return session.digestComputed(digest, now: .now())
        } catch {
            return session.failed(protocolError(for: error, while: "computing a digest", office: office))
        }
    }

    /// The office as the session needs it (one read transaction), or `nil` when no such office is enrolled.
    private func database(lookUp code: String, device: String) async throws -> ServerSession.OfficeState? {
        let database = self.database
        return try await ServerThreads.reading.runIfActive { () -> ServerSession.OfficeState? in
            guard Code.isValid(code), let record = try database.authenticationRecord(office: code, device: device)
            else { return nil }
            return ServerSession.OfficeState(
                secret: record.secret.bytes,
                isEnabled: record.office.enabled,
                isDeviceRevoked: record.isDeviceRevoked,
                referenceRevision: record.referenceRevision,
                rowRevision: record.rowRevision,
                deviceClock: record.deviceClock
            )
        }
    }

    private func failureDelay(after failures: Int) -> Duration {
        let base = configuration.authenticationFailureDelay.nanoseconds
        let delay = min(base << min(failures - 1, 20), configuration.maximumAuthenticationFailureDelay.nanoseconds)
        return .nanoseconds(delay)
    }

    /// Storage refusals as wire errors; anything else is the server's own failure, logged with its cause first (the
    /// office only learns `internal`; the district's log keeps SQLite's code and message).
    func protocolError(for error: any Error, while activity: String, office: String) -> ProtocolError {
        let mapped = Self.protocolError(for: error)
        if mapped.code == .internal {
            logger.error(
                "internal failure while \(activity)",
                metadata: ["office.code": "\(office)", "error": "\(error)"]
            )
        }
        return mapped
    }

    /// Storage refusals as wire errors; anything else is the server's own failure.
    static func protocolError(for error: any Error) -> ProtocolError {
        if let error = error as? ProtocolError { return error }
        if let error = error as? StorageError {
            if error.code == .notAuthorized { return ProtocolError(.notAuthorized, error.message) }
            if error.code == .sequenceGap { return ProtocolError(.sequenceGap, error.message) }
            if error.code == .constraint {
                return ProtocolError(.malformedFrame, tr("wire.row-rule", ["reason": error.message]))
            }
            if error.code == .invalidData { return ProtocolError(.malformedFrame, error.message) }
        }
        return ProtocolError(.internal, tr("wire.internal"))
    }

    /// Logs the session's one line and records it in the district database.
    private func finish(_ stats: inout ServerSessionStats, started: Date) async {
        let duration = Date().timeIntervalSince(started)
        let metadata: Logger.Metadata = [
            "office.code": "\(stats.office ?? "-")", "sync.result": "\(stats.result)",
            "sync.rows_in": "\(stats.rowsIn)",
            "sync.rows_out": "\(stats.rowsOut)", "sync.bytes_in": "\(stats.bytesIn)",
            "sync.bytes_out": "\(stats.bytesOut)",
            "sync.duration": "\(String(format: "%.3f", duration))s",
        ]
        if stats.ok {
            logger.notice("session", metadata: metadata)
        } else {
            logger.warning("session", metadata: metadata)
        }
        await record(&stats)
    }

    /// Records the session in the district database, with the agreed digest and reference cursor if it succeeded.
    private func record(_ stats: inout ServerSessionStats) async {
        guard stats.claimed, let office = stats.office, !stats.recorded else { return }
        stats.recorded = true
        var session = DistrictSessionRecord(
            office: office,
            startedAt: stats.startedAt,
            finishedAt: ISO8601DateFormatter().string(from: Date()),
            result: stats.result,
            ok: stats.ok,
            rowsIn: stats.rowsIn,
            rowsOut: stats.rowsOut,
            bytesIn: stats.bytesIn,
            bytesOut: stats.bytesOut
        )
        session.device = stats.device
        let recorded = session
        let database = self.database
        let agreed = stats.ok ? stats.agreedDigest : nil
        let cursor = stats.ok ? stats.referenceCursor : nil
        do {
            try await ServerThreads.storing.runIfActive {
                try database.record(recorded, agreedDigest: agreed, referenceCursor: cursor)
            }
        } catch {
            logger.error("cannot record the session of office \(office): \(error)")
        }
    }
}
