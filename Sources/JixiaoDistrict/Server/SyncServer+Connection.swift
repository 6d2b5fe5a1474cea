import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import Logging
import NIOCore
import NIOPosix

extension SyncServer {
    /// What one session did, for its log line and the district's session log.
    struct SessionStats {
        var office: String?
        var claimed = false
        var rowsIn = 0
        var rowsOut = 0
        var bytesIn = 0
        var bytesOut = 0
        var result = "closed by the client"
        var ok = false
        var agreedDigest: SyncDigest?
        var referenceCursor: Int64?
    }

    /// Runs one connection to its end; never throws: errors are this connection's alone and are logged.
    func serve(_ connection: Connection) async {
        let channel = connection.channel
        let started = Date()
        let startedAt = ISO8601DateFormatter().string(from: started)
        var stats = SessionStats()
        guard registry.admit(channel, maximum: configuration.maximumConnections) else {
            _ = try? await connection.executeThenClose { _, outbound in
                let error = ProtocolError(.overloaded, "the server has too many connections; retry later")
                try await outbound.write(Message.error(error.errorMessage).frame)
            }
            logger.warning(
                "refused a connection from \(channel.remoteAddress?.description ?? "?"): too many connections"
            )
            return
        }
        defer { registry.remove(channel) }
        let timedOut = LockedBox(false)
        let timer = LockedBox<Scheduled<Void>?>(nil)
        do {
            try await connection.executeThenClose { inbound, outbound in
                // The box owns the session for the connection's life, so handing it to the thread pool copies nothing.
                let box = SessionBox(
                    ServerSession(
                        configuration: sessionConfiguration(),
                        serverNonce: Authentication.randomBytes(32),
                        now: .now()
                    )
                )
                func arm() {
                    timer.get()?.cancel()
                    guard let deadline = box.session.timeoutDeadline else { return timer.set(nil) }
                    timer.set(
                        channel.eventLoop.scheduleTask(deadline: deadline) {
                            timedOut.set(true)
                            let error = ProtocolError(.timeout, "the session was silent for too long")
                            channel.writeAndFlush(Message.error(error.errorMessage).frame, promise: nil)
                            channel.close(promise: nil)
                        }
                    )
                }
                defer { timer.get()?.cancel() }
                arm()
                var iterator = inbound.makeAsyncIterator()
                while true {
                    var action: ServerSession.Action
                    do {
                        guard let frame = try await iterator.next() else {
                            if timedOut.get() { stats.result = "timeout" }
                            return
                        }
                        stats.bytesIn += Frame.headerLength + frame.payload.readableBytes
                        let message = try Message(frame: frame)
                        if case .pushData = message {
                            // Inflating and parsing a chunk is CPU work: do it on the thread pool, not on the
                            // cooperative threads every other session needs. The session moves there and back;
                            // this task waits, so it is never used from two threads at once.
                            action = try await NIOThreadPool.singleton.runIfActive {
                                box.session.received(message, now: .now())
                            }
                        } else {
                            action = box.session.received(message, now: .now())
                        }
                    } catch let error as ProtocolError {
                        action = box.session.failed(error)
                    } catch {
                        if timedOut.get() {
                            stats.result = "timeout"
                            return
                        }
                        action = box.session.failed(ProtocolError(.malformedFrame, "unreadable input: \(error)"))
                    }
                    // Re-arm for the new state at once: while the server works (an apply may be long) no timeout runs.
                    arm()
                    let done = try await perform(
                        action,
                        session: &box.session,
                        outbound: outbound,
                        channel: channel,
                        stats: &stats
                    )
                    stats.rowsIn = box.session.rowsIn
                    stats.rowsOut = box.session.rowsOut
                    if done { return }
                    arm()
                }
            }
        } catch {
            if stats.ok == false && stats.result == "closed by the client" {
                stats.result = timedOut.get() ? "timeout" : "connection lost: \(error)"
            }
        }
        await finish(stats, started: started, startedAt: startedAt)
    }

    /// Performs `action` and the actions that follow from it; returns whether the session is over.
    private func perform(
        _ first: ServerSession.Action,
        session: inout ServerSession,
        outbound: NIOAsyncChannelOutboundWriter<Frame>,
        channel: any Channel,
        stats: inout SessionStats
    ) async throws -> Bool {
        var action = first
        func send(_ messages: [Message]) async throws {
            for message in messages {
                let frame = message.frame
                stats.bytesOut += Frame.headerLength + frame.payload.readableBytes
                try await outbound.write(frame)
            }
        }
        while true {
            switch action {
            case .none:
                return false
            case .send(let messages):
                try await send(messages)
                if case .pullEnd(let end) = messages.last { stats.referenceCursor = end.cursor }
                if case .verifyResult(let result) = messages.last {
                    stats.agreedDigest = result.matches ? result.digest : nil
                }
                return false
            case .lookUpOffice(let code):
                stats.office = code
                do {
                    action = session.officeLookedUp(try await database(lookUp: code), now: .now())
                } catch {
                    logger.error("cannot look up office \(code): \(error)")
                    action = session.failed(ProtocolError(.internal, "the server cannot read its list of offices"))
                }
            case .authenticated(let office, let reply):
                guard registry.claim(office: office, for: channel) else {
                    action = session.failed(ProtocolError(.sessionBusy, "office \(office) already has a live session"))
                    continue
                }
                stats.claimed = true
                try await send([reply])
                return false
            case .applyPush(let begin, let payload):
                do {
                    let office = session.office ?? ""
                    let database = self.database
                    // The push stays compressed until here and is inflated row by row inside the transaction.
                    let outcome = try await NIOThreadPool.singleton.runIfActive {
                        try database.applyPush(
                            office: office,
                            epoch: begin.epoch.uuidString.lowercased(),
                            fromSeq: begin.fromSequence,
                            toSeq: begin.toSequence,
                            fullSnapshot: begin.isFullSnapshot,
                            changes: payload.forEachChange
                        )
                    }
                    let ack = PushAck(
                        ackedSequence: outcome.ackedSeq,
                        rowsApplied: UInt32(clamping: outcome.applied),
                        isDuplicate: outcome.duplicate
                    )
                    action = session.pushApplied(ack, epoch: begin.epoch, now: .now())
                } catch {
                    action = session.failed(Self.protocolError(for: error))
                }
            case .loadReference(let cursor):
                do {
                    let database = self.database
                    let loaded = try await NIOThreadPool.singleton.runIfActive {
                        try database.referenceChanges(since: cursor)
                    }
                    action = session.referenceLoaded(
                        loaded.changes,
                        cursor: loaded.cursor,
                        isFullSnapshot: cursor == 0,
                        now: .now()
                    )
                } catch {
                    action = session.failed(Self.protocolError(for: error))
                }
            case .computeDigest:
                do {
                    let office = session.office ?? ""
                    let database = self.database
                    let digest = try await NIOThreadPool.singleton.runIfActive { try database.digest(office: office) }
                    action = session.digestComputed(digest, now: .now())
                } catch {
                    action = session.failed(Self.protocolError(for: error))
                }
            case .fail(let error):
                if error.code == .authFailed, let office = stats.office {
                    try? await Task.sleep(for: failureDelay(after: registry.recordFailure(office: office)))
                }
                stats.result = error.description
                try? await send([.error(error.errorMessage)])
                return true
            case .finish:
                try? await send([.bye])
                stats.result = "ok"
                stats.ok = true
                return true
            }
        }
    }

    /// The office as the session needs it (one read transaction), or `nil` when no such office is enrolled.
    private func database(lookUp code: String) async throws -> ServerSession.OfficeRecord? {
        let database = self.database
        return try await NIOThreadPool.singleton.runIfActive { () -> ServerSession.OfficeRecord? in
            guard Code.isValid(code), let record = try database.authenticationRecord(office: code) else { return nil }
            return ServerSession.OfficeRecord(
                secret: record.secret.bytes,
                isEnabled: record.office.enabled,
                epoch: UUID(uuidString: record.syncState.epoch),
                ackedSequence: record.syncState.ackedSeq,
                referenceRevision: record.referenceRevision
            )
        }
    }

    private func failureDelay(after failures: Int) -> Duration {
        let base = configuration.authenticationFailureDelay.nanoseconds
        let delay = min(base << min(failures - 1, 20), configuration.maximumAuthenticationFailureDelay.nanoseconds)
        return .nanoseconds(delay)
    }

    /// Storage refusals as wire errors; anything else is the server's own failure.
    static func protocolError(for error: any Error) -> ProtocolError {
        if let error = error as? ProtocolError { return error }
        if let error = error as? StorageError {
            if error.isNotAuthorized { return ProtocolError(.notAuthorized, error.message) }
            if error.isSequenceGap { return ProtocolError(.sequenceGap, error.message) }
            if error.isConstraint { return ProtocolError(.malformedFrame, "a row breaks a rule: \(error.message)") }
            if error.isInvalidData { return ProtocolError(.malformedFrame, error.message) }
        }
        return ProtocolError(.internal, "the server could not complete the request")
    }

    /// Logs the session's one line and records it in the district database.
    private func finish(_ stats: SessionStats, started: Date, startedAt: String) async {
        let duration = Date().timeIntervalSince(started)
        let metadata: Logger.Metadata = [
            "office.code": "\(stats.office ?? "-")", "sync.result": "\(stats.result)", "sync.rows_in": "\(stats.rowsIn)",
            "sync.rows_out": "\(stats.rowsOut)", "sync.bytes_in": "\(stats.bytesIn)", "sync.bytes_out": "\(stats.bytesOut)",
            "sync.duration": "\(String(format: "%.3f", duration))s",
        ]
        if stats.ok {
            logger.notice("session", metadata: metadata)
        } else {
            logger.warning("session", metadata: metadata)
        }
        guard stats.claimed, let office = stats.office else { return }
        let session = SyncSession(
            office: office,
            startedAt: startedAt,
            finishedAt: ISO8601DateFormatter().string(from: Date()),
            result: stats.result,
            ok: stats.ok,
            rowsIn: stats.rowsIn,
            rowsOut: stats.rowsOut,
            bytesIn: stats.bytesIn,
            bytesOut: stats.bytesOut
        )
        let database = self.database
        let agreed = stats.ok ? stats.agreedDigest : nil
        let cursor = stats.ok ? stats.referenceCursor : nil
        do {
            try await NIOThreadPool.singleton.runIfActive {
                try database.record(session, agreedDigest: agreed, referenceCursor: cursor)
            }
        } catch {
            logger.error("cannot record the session of office \(office): \(error)")
        }
    }
}

/// Owns a connection's session; it goes to the thread pool (and back) only while the connection's task waits.
private final class SessionBox: @unchecked Sendable {
    var session: ServerSession

    init(_ session: ServerSession) { self.session = session }
}
