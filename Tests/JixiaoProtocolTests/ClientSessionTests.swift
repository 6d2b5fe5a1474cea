import Foundation
import JixiaoModels
import NIOCore
import Testing

@testable import JixiaoProtocol

@Suite("Client session state machine and a whole session in memory (Protocol.md §10)")
struct ClientSessionTests {
    static let t0 = ServerSessionTests.t0

    static func client(versions: ClosedRange<UInt8> = 2...2, secret: [UInt8] = Vectors.secret) -> ClientSession {
        ClientSession(
            configuration: .init(
                office: Vectors.office,
                secret: secret,
                device: Vectors.epoch,
                clientName: "street/1.0",
                versions: versions,
                schemaVersion: 1,
                channelBinding: Vectors.binding
            ),
            clientNonce: Vectors.clientNonce
        )
    }

    static func failure(_ action: ClientSession.Action) -> ErrorCode? {
        if case .fail(let error, _) = action { return error.code }
        return nil
    }

    @Test("§4.2 start sends the HELLO of the test vector")
    func hello() {
        var client = Self.client()
        guard case .send(let messages) = client.start(now: Self.t0) else {
            Issue.record("nothing sent")
            return
        }
        #expect(messages.map(encoded).map(hexString) == [Vectors.helloFrameHex])
    }

    @Test("§5 the client answers CHALLENGE with the vector MAC and checks the server's proof")
    func authentication() {
        // The MAC vector of §12.2 is computed for version 1: a client that also speaks 1 answers it.
        var client = Self.client(versions: 1...2)
        _ = client.start(now: Self.t0)
        let challenge = Challenge(version: 2, serverNonce: Vectors.serverNonce, schemaVersion: 1)
        guard case .send(let sent) = client.received(.challenge(challenge), now: Self.t0),
            case .auth(let auth) = sent.first
        else {
            Issue.record("no AUTH")
            return
        }
        #expect(hexString(auth.mac) == Vectors.clientMACHex)
        var forged = client
        let bad = AuthOK(
            serverProof: [UInt8](repeating: 0, count: 32),
            districtEpoch: Vectors.epoch,
            referenceRevision: 0,
            rowRevision: 0
        )
        #expect(Self.failure(forged.received(.authOK(bad), now: Self.t0)) == .authFailed)
        let good = AuthOK(
            serverProof: bytes(hex: Vectors.serverProofHex),
            districtEpoch: Vectors.epoch,
            referenceRevision: 0,
            rowRevision: 0
        )
        guard case .authenticated(let ok) = client.received(.authOK(good), now: Self.t0) else {
            Issue.record("not authenticated")
            return
        }
        #expect(ok == good && client.isReady)
    }

    @Test("§10.1 a CHALLENGE with a version the client does not speak fails as upgradeRequired")
    func wrongVersion() {
        var client = Self.client(versions: 1...2)
        _ = client.start(now: Self.t0)
        let challenge = Challenge(version: 3, serverNonce: Vectors.serverNonce, schemaVersion: 1)
        #expect(Self.failure(client.received(.challenge(challenge), now: Self.t0)) == .upgradeRequired)
    }

    @Test("§7 an ERROR from the server ends the session with its code and no reply")
    func serverError() {
        var client = Self.client()
        _ = client.start(now: Self.t0)
        let action = client.received(.error(ErrorMessage(code: .upgradeRequired, message: "x")), now: Self.t0)
        guard case .fail(let error, let reply) = action else {
            Issue.record("no failure")
            return
        }
        #expect(error.code == .upgradeRequired && reply == nil)
    }

    /// A client authenticated (as in `authentication()`) and waiting for the PUSH_ACK of a push of `rows` rows.
    static func awaitingPushAck(rows: Int) throws -> ClientSession {
        var client = try ready()
        let set = try CompressedChangeSet(changes: CompressionTests.sampleChanges(rows))
        _ = client.push(
            epoch: Vectors.epoch,
            fromSequence: 0,
            toSequence: Int64(rows),
            isFullSnapshot: false,
            changes: set,
            now: Self.t0
        )
        return client
    }

    /// A client authenticated as in `authentication()`.
    static func ready() throws -> ClientSession {
        var client = Self.client(versions: 1...2)
        _ = client.start(now: Self.t0)
        _ = client.received(
            .challenge(Challenge(version: 2, serverNonce: Vectors.serverNonce, schemaVersion: 1)),
            now: Self.t0
        )
        let ok = AuthOK(
            serverProof: bytes(hex: Vectors.serverProofHex),
            districtEpoch: Vectors.epoch,
            referenceRevision: 0,
            rowRevision: 0
        )
        guard case .authenticated = client.received(.authOK(ok), now: Self.t0) else {
            throw ProtocolError(.authFailed, "not authenticated")
        }
        return client
    }

    @Test("§4.6.2 a push sent as it is compressed: PUSH_BEGIN states no size; the wait restarts after the last slice")
    func streamedPush() throws {
        var client = try Self.ready()
        guard
            case .send(let first) = client.beginPush(
                epoch: Vectors.epoch,
                fromSequence: 0,
                toSequence: 3,
                rowCount: 3,
                isFullSnapshot: false,
                now: Self.t0
            ), case .pushBegin(let begin) = first.first, first.count == 1
        else {
            Issue.record("no PUSH_BEGIN alone")
            return
        }
        #expect(begin.uncompressedSize == 0 && begin.rowCount == 3)
        let slice = ByteBuffer(bytes: [1, 2, 3])
        guard case .send(let middle) = client.pushSlice(slice, last: false, now: Self.t0),
            middle.count == 1, case .pushData(_, more: true) = middle[0]
        else {
            Issue.record("a slice not marked as followed by more")
            return
        }
        // Sending took a while: the 120 s for PUSH_ACK start at the last slice.
        guard case .send(let end) = client.pushSlice(slice, last: true, now: Self.t0 + .seconds(100)),
            end.count == 1, case .pushData(_, more: false) = end[0]
        else {
            Issue.record("the last slice marked as followed by more")
            return
        }
        #expect(Self.failure(client.tick(now: Self.t0 + .seconds(219))) == nil)
        #expect(Self.failure(client.tick(now: Self.t0 + .seconds(220))) == .timeout)
    }

    @Test("§4.8.2 PUSH_PROGRESS while the client waits for PUSH_ACK is passed on and restarts the wait")
    func pushProgress() throws {
        var client = try Self.awaitingPushAck(rows: 50)
        let step = PushProgress(rowsStored: 20, rowCount: 50)
        guard case .pushProgress(let seen) = client.received(.pushProgress(step), now: Self.t0 + .seconds(100))
        else {
            Issue.record("PUSH_PROGRESS not passed on")
            return
        }
        #expect(seen == step)
        // 120 s from the PUSH_PROGRESS, not from the push.
        #expect(Self.failure(client.tick(now: Self.t0 + .seconds(219))) == nil)
        let ack = PushAck(ackedSequence: 50, rowsApplied: 50, isDuplicate: false)
        guard case .pushAcknowledged = client.received(.pushAck(ack), now: Self.t0 + .seconds(150)) else {
            Issue.record("no PUSH_ACK after PUSH_PROGRESS")
            return
        }
        // Once the push is acknowledged, or for another push's row count, it is out of turn.
        #expect(Self.failure(client.received(.pushProgress(step), now: Self.t0)) == .unexpectedMessage)
        var other = try Self.awaitingPushAck(rows: 50)
        let wrong = PushProgress(rowsStored: 20, rowCount: 51)
        #expect(Self.failure(other.received(.pushProgress(wrong), now: Self.t0)) == .unexpectedMessage)
    }

    @Test(
        "§4.8.2 the server's pacer: nothing in the first second, then at most one each half second, never the last row"
    )
    func pushProgressPacer() {
        var pacer = PushProgressPacer(rowCount: 1000, now: Self.t0)
        #expect(pacer.stored(100, now: Self.t0 + .milliseconds(999)) == nil)
        #expect(pacer.stored(200, now: Self.t0 + .seconds(1)) == PushProgress(rowsStored: 200, rowCount: 1000))
        #expect(pacer.stored(300, now: Self.t0 + .milliseconds(1499)) == nil)
        #expect(pacer.stored(400, now: Self.t0 + .milliseconds(1500)) == PushProgress(rowsStored: 400, rowCount: 1000))
        #expect(pacer.stored(1000, now: Self.t0 + .seconds(5)) == nil)
        var eager = PushProgressPacer(rowCount: 10, delay: .zero, interval: .zero, now: Self.t0)
        #expect((1...10).compactMap { eager.stored($0, now: Self.t0) }.map(\.rowsStored) == Array(1...9))
    }

    @Test("§6 the response timeout fires on the controllable clock")
    func timeout() {
        var client = Self.client()
        _ = client.start(now: Self.t0)
        #expect(Self.failure(client.tick(now: Self.t0 + .seconds(119))) == nil)
        #expect(Self.failure(client.tick(now: Self.t0 + .seconds(120))) == .timeout)
    }

    @Test("§10 a whole session through real frame bytes: push, duplicate replay, pull, verify, bye")
    func wholeSession() throws {
        var district = FakeDistrict()
        let changes = CompressionTests.sampleChanges(300)
        var office = Set<SyncChange>()
        var client = Self.client()
        var server = ServerSession(
            configuration: .init(schemaVersion: 1, channelBinding: Vectors.binding),
            serverNonce: Vectors.serverNonce,
            now: Self.t0
        )
        var wire = InMemoryWire()
        var log: [String] = []

        func run(_ action: ClientSession.Action) throws {
            var pending = [action]
            while let next = pending.popLast() {
                switch next {
                case .send(let messages):
                    for message in messages {
                        for reply in try wire.deliver(message, to: &server, district: &district) {
                            pending.insert(client.received(reply, now: Self.t0), at: 0)
                        }
                    }
                case .authenticated(let ok): log.append("auth rows=\(ok.rowRevision)")
                case .pushAcknowledged(let ack):
                    log.append("ack \(ack.ackedSequence) \(ack.rowsApplied) \(ack.isDuplicate)")
                case .pushProgress(let step): log.append("progress \(step.rowsStored)/\(step.rowCount)")
                case .pulledPart(let rows): log.append("part \(rows.count)")
                case .pulled(let end, let rows):
                    office.formUnion(rows)
                    log.append("pulled \(rows.count) cursor \(end.cursor)")
                case .verified(let result): log.append("verified \(result.matches)")
                case .reconciled(let answers): log.append("reconciled \(answers.count)")
                case .closed: log.append("closed")
                case .fail(let error, _): throw error
                case .none: break
                }
            }
        }

        try run(client.start(now: Self.t0))
        let set = try CompressedChangeSet(changes: changes, chunkLength: 1000)
        try run(
            client.push(
                epoch: Vectors.epoch,
                fromSequence: 0,
                toSequence: 300,
                isFullSnapshot: false,
                changes: set,
                now: Self.t0
            )
        )
        try run(
            client.push(
                epoch: Vectors.epoch,
                fromSequence: 0,
                toSequence: 300,
                isFullSnapshot: false,
                changes: set,
                now: Self.t0
            )
        )
        try run(client.pull(cursor: 0, rowCursor: 0, now: Self.t0))
        var digest = SyncDigest.empty
        for change in changes where change.operation == .upsert {
            digest.add(table: change.table, values: change.values)
        }
        try run(client.verify(digest, now: Self.t0))
        try run(client.finish(now: Self.t0))
        #expect(
            log == [
                "auth rows=5", "ack 300 270 false", "ack 300 0 true", "pulled 2 cursor 2", "verified true",
                "closed",
            ]
        )
        #expect(district.rows.count == 270)
        #expect(office.count == 2)
        #expect(server.isClosed && server.rowsIn == 270 && server.rowsOut == 2)
    }
}

/// The district's side for in-memory sessions: rows by (table, key), one remembered epoch.
struct FakeDistrict {
    var rows: [String: SyncChange] = [:]
    let reference = [
        SyncChange(table: .projects, operation: .upsert, key: "P1", office: "", values: [.text("P1"), .text("禁毒")]),
        SyncChange(table: .funds, operation: .upsert, key: "P1/F1", office: "", values: [.text("F1"), .integer(100)]),
    ]

    var hashedRows: [HashedRow] {
        rows.values.map { HashedRow(table: $0.table, key: $0.key, hash: RowHash(table: $0.table, values: $0.values)) }
    }

    var digest: SyncDigest {
        rows.values.reduce(into: SyncDigest.empty) { $0.add(table: $1.table, values: $1.values) }
    }
}

/// Carries messages as frame bytes from client to server and performs the server's actions.
struct InMemoryWire {
    var bytes = ByteBuffer()

    mutating func deliver(
        _ message: Message,
        to server: inout ServerSession,
        district: inout FakeDistrict
    ) throws
        -> [Message]
    {
        bytes.writeFrame(message.frame)
        let replies: [Message] = []
        while let frame = try bytes.readFrame() {
            var action = server.received(try Message(frame: frame), now: ServerSessionTests.t0)
            while true {
                switch action {
                case .none, .startPush, .pushChunk: return replies
                case .send(let messages): return replies + messages
                case .lookUpOffice:
                    action = server.officeLookedUp(
                        .init(
                            secret: Vectors.secret,
                            isEnabled: true,
                            referenceRevision: 2,
                            rowRevision: 5
                        ),
                        now: ServerSessionTests.t0
                    )
                case .authenticated(_, _, let reply): return replies + [reply]
                case .applyPush(let begin, let payload):
                    // Held already (same version, or a delete of a row not held): a replay writes nothing.
                    var upserts = 0
                    for change in try payload.changes() {
                        let id = "\(change.table.rawValue)/\(change.key)"
                        guard district.rows[id] != (change.operation == .delete ? nil : change) else { continue }
                        if change.operation == .delete { district.rows[id] = nil } else { district.rows[id] = change }
                        if change.operation == .upsert { upserts += 1 }
                    }
                    let ack = PushAck(
                        ackedSequence: begin.toSequence,
                        rowsApplied: UInt32(upserts),
                        isDuplicate: upserts == 0
                    )
                    action = server.pushApplied(ack, now: ServerSessionTests.t0)
                case .loadPull:
                    action = server.pullLoaded(
                        district.reference,
                        cursor: 2,
                        rowCursor: 5,
                        isFullSnapshot: true,
                        now: ServerSessionTests.t0
                    )
                case .computeDigest:
                    action = server.digestComputed(district.digest, now: ServerSessionTests.t0)
                case .loadHashes:
                    action = server.hashesLoaded(district.hashedRows, now: ServerSessionTests.t0)
                case .loadRows(let keys):
                    let rows = keys.compactMap { district.rows["\($0.table.rawValue)/\($0.key)"] }
                    action = server.pullLoaded(
                        rows,
                        cursor: 0,
                        rowCursor: 0,
                        isFullSnapshot: false,
                        now: ServerSessionTests.t0
                    )
                case .fail(let error): return replies + [.error(error.errorMessage)]
                case .finish: return replies + [.bye]
                case .close: return replies
                }
            }
        }
        return replies
    }
}
