import Foundation
import JixiaoModels
import NIOCore
import Testing

@testable import JixiaoProtocol

@Suite("Server session state machine (Protocol.md §10)")
struct ServerSessionTests {
    static let t0 = NIODeadline.uptimeNanoseconds(1_000_000_000)
    static let record = ServerSession.OfficeState(
        secret: Vectors.secret,
        isEnabled: true,
        referenceRevision: 5,
        rowRevision: 10
    )
    /// The vector HELLO (version 2, for which §12.2's MAC is computed with the vectors' channel binding).
    static let hello = Vectors.hello

    static func server(versions: ClosedRange<UInt8> = 2...2, schema: UInt32 = 1) -> ServerSession {
        ServerSession(
            configuration: .init(
                versions: versions,
                schemaVersion: schema,
                messageLimit: 1 << 20,
                channelBinding: Vectors.binding
            ),
            serverNonce: Vectors.serverNonce,
            now: t0
        )
    }

    /// A server after HELLO, AUTH and a successful lookup of `record`.
    static func authenticated(_ record: ServerSession.OfficeState = record) throws -> ServerSession {
        var server = server()
        guard case .send = server.received(.hello(Self.hello), now: t0) else { throw Failure("no challenge") }
        guard
            case .lookUpOffice("wangluyuan", device: Vectors.epoch) = server.received(
                .auth(Auth(mac: bytes(hex: Vectors.clientMACHex))),
                now: t0
            )
        else { throw Failure("no lookup") }
        guard case .authenticated = server.officeLookedUp(record, now: t0) else { throw Failure("not authenticated") }
        return server
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static func sent(_ action: ServerSession.Action) -> Message? {
        if case .send(let messages) = action, messages.count == 1 { return messages[0] }
        return nil
    }

    static func errorCode(_ action: ServerSession.Action) -> ErrorCode? {
        if case .fail(let error) = action { return error.code }
        return nil
    }

    @Test(
        "§10.1 the server answers HELLO with the highest common version",
        arguments: [
            ((1...3) as ClosedRange<UInt8>, (1...2) as ClosedRange<UInt8>, UInt8(2)), (2...2, 1...4, 2),
            (1...1, 1...1, 1),
        ]
    )
    func negotiation(client: ClosedRange<UInt8>, server versions: ClosedRange<UInt8>, chosen: UInt8) {
        var server = Self.server(versions: versions)
        var hello = Self.hello
        hello.minimumVersion = client.lowerBound
        hello.maximumVersion = client.upperBound
        guard case .send(let messages) = server.received(.hello(hello), now: Self.t0),
            case .challenge(let challenge) = messages.first
        else {
            Issue.record("no challenge")
            return
        }
        #expect(challenge.version == chosen)
        #expect(challenge.serverNonce == Vectors.serverNonce)
    }

    @Test("§10.1 no common version, or an older client schema: upgradeRequired; a newer one: serverOutdated")
    func noCommonVersion() {
        var server = Self.server(versions: 1...2)
        var hello = Self.hello
        hello.minimumVersion = 3
        hello.maximumVersion = 4
        #expect(Self.errorCode(server.received(.hello(hello), now: Self.t0)) == .upgradeRequired)
        #expect(server.isClosed)
        var schemaServer = Self.server(schema: 2)
        #expect(Self.errorCode(schemaServer.received(.hello(Self.hello), now: Self.t0)) == .upgradeRequired)
        var oldServer = Self.server(schema: 0)
        #expect(Self.errorCode(oldServer.received(.hello(Self.hello), now: Self.t0)) == .serverOutdated)
    }

    @Test("§5 a correct MAC yields AUTH_OK with the server proof and the district's revisions")
    func authenticates() {
        var server = Self.server()
        _ = server.received(.hello(Self.hello), now: Self.t0)
        _ = server.received(.auth(Auth(mac: bytes(hex: Vectors.clientMACHex))), now: Self.t0)
        guard
            case .authenticated(let office, let device, .authOK(let ok)) = server.officeLookedUp(
                Self.record,
                now: Self.t0
            )
        else {
            Issue.record("not authenticated")
            return
        }
        #expect(office == "wangluyuan" && device == Vectors.epoch)
        #expect(hexString(ok.serverProof) == Vectors.serverProofHex)
        #expect(ok.rowRevision == 10 && ok.referenceRevision == 5 && ok.deviceClock == 0)
        #expect(server.office == "wangluyuan")
    }

    @Test("§5 a wrong secret and an unknown office both fail as authFailed; a disabled office as officeDisabled")
    func refusals() {
        var wrong = Self.record
        wrong.secret[0] ^= 1
        var disabled = Self.record
        disabled.isEnabled = false
        var revoked = Self.record
        revoked.isDeviceRevoked = true
        for (record, code) in [
            (wrong, ErrorCode.authFailed), (nil, .authFailed), (disabled, .officeDisabled), (revoked, .deviceRevoked),
        ]
            as [(ServerSession.OfficeState?, ErrorCode)]
        {
            var server = Self.server()
            _ = server.received(.hello(Self.hello), now: Self.t0)
            _ = server.received(.auth(Auth(mac: bytes(hex: Vectors.clientMACHex))), now: Self.t0)
            #expect(Self.errorCode(server.officeLookedUp(record, now: Self.t0)) == code)
            #expect(server.office == nil && server.isClosed)
        }
    }

    @Test("§10 requests before authentication are unexpected")
    func unexpected() {
        for message: Message in [
            .pull(cursor: 0, rowCursor: 0), .bye, .auth(Auth(mac: Vectors.secret)), .verify(.empty),
        ] {
            var server = Self.server()
            #expect(Self.errorCode(server.received(message, now: Self.t0)) == .unexpectedMessage)
        }
        var twice = Self.server()
        _ = twice.received(.hello(Self.hello), now: Self.t0)
        #expect(Self.errorCode(twice.received(.hello(Self.hello), now: Self.t0)) == .unexpectedMessage)
    }

    static func push(
        _ server: inout ServerSession,
        changes: [SyncChange],
        from: Int64,
        to: Int64,
        snapshot: Bool = false,
        epoch: UUID = Vectors.epoch,
        chunkLength: Int = 64
    ) throws -> ServerSession.Action {
        let set = try CompressedChangeSet(changes: changes, chunkLength: chunkLength)
        let begin = PushBegin(
            epoch: epoch,
            fromSequence: from,
            toSequence: to,
            rowCount: set.rowCount,
            isFullSnapshot: snapshot,
            uncompressedSize: set.uncompressedSize
        )
        return deliver(&server, begin, set)
    }

    /// A PUSH_BEGIN of (10, 11] from the vectors' device announcing `rowCount` rows in `uncompressedSize` bytes.
    static func begin(rowCount: UInt32, uncompressedSize: UInt64) -> PushBegin {
        PushBegin(
            epoch: Vectors.epoch,
            fromSequence: 10,
            toSequence: 11,
            rowCount: rowCount,
            isFullSnapshot: false,
            uncompressedSize: uncompressedSize
        )
    }

    /// What the server does with `.applyPush`: it reads the payload (every record checked) as it stores it, and a
    /// refusal fails the session. Any other action is returned as it is.
    static func read(_ server: inout ServerSession, _ action: ServerSession.Action) -> ServerSession.Action {
        guard case .applyPush(_, let payload) = action else { return action }
        do {
            try payload.forEachChange { _ in }
        } catch let error as ProtocolError {
            return server.failed(error)
        } catch {
            Issue.record("unexpected \(error)")
        }
        return action
    }

    /// Sends every chunk of `set` after `begin` and reads the push as the server would.
    static func deliver(
        _ server: inout ServerSession,
        _ begin: PushBegin,
        _ set: CompressedChangeSet
    )
        -> ServerSession.Action
    {
        var last = server.received(.pushBegin(begin), now: t0)
        for message in set.messages(.pushData) {
            if case .fail = last { return last }
            last = server.received(message, now: t0)
        }
        return read(&server, last)
    }

    @Test("§10.3 a push within the acknowledged range is applied after its last chunk and acknowledged")
    func push() throws {
        var server = try Self.authenticated()
        let changes = CompressionTests.sampleChanges(50)
        guard case .applyPush(let begin, let received) = try Self.push(&server, changes: changes, from: 10, to: 60)
        else {
            Issue.record("no apply")
            return
        }
        #expect(try received.changes() == changes)
        #expect(begin.toSequence == 60)
        let ack = PushAck(ackedSequence: 60, rowsApplied: 50, isDuplicate: false)
        guard case .pushAck(let sent) = Self.sent(server.pushApplied(ack, now: Self.t0)) else {
            Issue.record("no ack")
            return
        }
        #expect(sent == ack)
        #expect(server.rowsIn == 50)
        // The same push again goes to the district too: its versions, not its range, tell a replay (§10.3.1).
        guard case .applyPush = try Self.push(&server, changes: changes, from: 10, to: 60) else {
            Issue.record("a replay was not handed to the district")
            return
        }
    }

    @Test(
        "§10.3 a row key twice in one push (upsert+upsert, upsert+delete) is malformedFrame; the same key in two pushes is fine"
    )
    func keyTwice() throws {
        let changes = CompressionTests.sampleChanges(4)
        for second in [
            changes[1],
            SyncChange(table: .expenditures, operation: .delete, key: "e-1", office: "wangluyuan", values: []),
        ] {
            var server = try Self.authenticated()
            let result = try Self.push(&server, changes: changes + [second], from: 10, to: 15)
            #expect(Self.errorCode(result) == .malformedFrame)
            guard case .fail(let error) = result else { continue }
            #expect(error.message == "the push carries row expenditures/e-1 more than once")
        }
        // A same key in another table is another row.
        let narrative = SyncChange(table: .narratives, operation: .delete, key: "e-1", office: "wangluyuan", values: [])
        var other = try Self.authenticated()
        guard case .applyPush = try Self.push(&other, changes: changes + [narrative], from: 10, to: 15) else {
            Issue.record("a key of another table was refused")
            return
        }
        _ = other.pushApplied(PushAck(ackedSequence: 15, rowsApplied: 5, isDuplicate: false), now: Self.t0)
        guard case .applyPush = try Self.push(&other, changes: changes, from: 15, to: 19) else {
            Issue.record("the same keys in a second push were refused")
            return
        }
    }

    @Test("§10.3 any range of the session's device is handed to the district; another device's push is refused")
    func sequenceRules() throws {
        let changes = CompressionTests.sampleChanges(3)
        for (from, to, snapshot) in [(5, 12, false), (11, 12, false), (0, 3, true), (0, 0, true)]
            as [(Int64, Int64, Bool)]
        {
            var server = try Self.authenticated()
            guard
                case .applyPush(let begin, _) = try Self.push(
                    &server,
                    changes: changes,
                    from: from,
                    to: to,
                    snapshot: snapshot
                )
            else {
                Issue.record("(\(from), \(to)] not handed to the district")
                continue
            }
            #expect(begin.isFullSnapshot == snapshot)
        }
        var other = try Self.authenticated()
        #expect(
            Self.errorCode(try Self.push(&other, changes: changes, from: 10, to: 12, epoch: UUID())) == .notAuthorized
        )
        // A version of another device is refused, unless it is a copy (base = version) of a row the device holds.
        let foreign = RowVersion(clock: 5, device: UUID().uuidString.lowercased())
        var edited = changes[0]
        edited.version = foreign
        var refused = try Self.authenticated()
        #expect(Self.errorCode(try Self.push(&refused, changes: [edited], from: 10, to: 12)) == .notAuthorized)
        edited.base = foreign
        var copied = try Self.authenticated()
        guard case .applyPush = try Self.push(&copied, changes: [edited], from: 10, to: 12) else {
            Issue.record("a copy of another device's version was refused")
            return
        }
    }

    @Test("§10.4 a push with another office's row or a reference row is refused whole, naming the row")
    func authorization() throws {
        var other = try Self.authenticated()
        var changes = CompressionTests.sampleChanges(5)
        changes[3].office = "yuelu"
        let refused = try Self.push(&other, changes: changes, from: 10, to: 15)
        guard case .fail(let error) = refused else {
            Issue.record("not refused")
            return
        }
        #expect(error.code == .notAuthorized)
        #expect(error.message.contains("expenditures/e-3") && error.message.contains("yuelu"))
        var reference = try Self.authenticated()
        let project = SyncChange(
            table: .projects,
            operation: .upsert,
            key: "P1",
            office: "wangluyuan",
            values: [.text("P1")]
        )
        guard case .fail(let refusal) = try Self.push(&reference, changes: [project], from: 10, to: 11) else {
            Issue.record("reference row not refused")
            return
        }
        #expect(refusal.code == .notAuthorized && refusal.message.contains("projects/P1"))
    }

    @Test("§6 a push declaring more than the message limit is refused at PUSH_BEGIN")
    func declaredTooLarge() throws {
        var server = try Self.authenticated()
        let begin = Self.begin(rowCount: 1, uncompressedSize: (1 << 20) + 1)
        #expect(Self.errorCode(server.received(.pushBegin(begin), now: Self.t0)) == .decompressionLimit)
    }

    @Test("§8.2 a push whose stream inflates past its declared size is refused")
    func lyingSize() throws {
        var server = try Self.authenticated()
        let set = try CompressedChangeSet(changes: CompressionTests.sampleChanges(100))
        let begin = Self.begin(rowCount: 100, uncompressedSize: set.uncompressedSize - 1)
        #expect(Self.errorCode(Self.deliver(&server, begin, set)) == .decompressionLimit)
    }

    @Test("§4.6 a push whose row count disagrees with PUSH_BEGIN is malformed")
    func wrongRowCount() throws {
        var server = try Self.authenticated()
        let set = try CompressedChangeSet(changes: CompressionTests.sampleChanges(10))
        let begin = Self.begin(rowCount: 11, uncompressedSize: set.uncompressedSize)
        #expect(Self.errorCode(Self.deliver(&server, begin, set)) == .malformedFrame)
    }

    @Test("§6 compressed bytes beyond the bound for the declared size are refused as they arrive, before any is read")
    func compressedTooLarge() throws {
        var server = try Self.authenticated()
        let begin = Self.begin(rowCount: 1, uncompressedSize: 1 << 18)
        // uncompressed_size + uncompressed_size/256 + 1024 bytes pass; one more does not.
        let bound = (1 << 18) + (1 << 10) + 1024
        #expect(Self.errorCode(server.received(.pushBegin(begin), now: Self.t0)) == nil)
        let chunk = ByteBuffer(bytes: [UInt8](repeating: 0x55, count: bound - 1))
        #expect(Self.errorCode(server.received(.pushData(chunk, more: true), now: Self.t0)) == nil)
        let last = ByteBuffer(bytes: [0x55])
        #expect(Self.errorCode(server.received(.pushData(last, more: true), now: Self.t0)) == nil)
        #expect(Self.errorCode(server.received(.pushData(last, more: true), now: Self.t0)) == .decompressionLimit)
    }

    @Test("§4.6.2 a push stating no size: announced at PUSH_BEGIN, each slice passed on, read whole or as it came")
    func unstatedSize() throws {
        var server = try Self.authenticated()
        let changes = CompressionTests.sampleChanges(50)
        let set = try CompressedChangeSet(changes: changes, chunkLength: 256)
        let messages = set.messages(.pushData)
        #expect(messages.count > 2)
        guard
            case .startPush(let started) = server.received(
                .pushBegin(Self.begin(rowCount: 50, uncompressedSize: 0)),
                now: Self.t0
            )
        else {
            Issue.record("no startPush")
            return
        }
        #expect(started.chunks.isEmpty)
        #expect(started.inflateLimit == server.configuration.messageLimit)
        let reader = try started.reader()
        var arrived: [SyncChange] = []
        for message in messages.dropLast() {
            guard case .pushChunk(let slice) = server.received(message, now: Self.t0) else {
                Issue.record("a slice not passed on")
                return
            }
            try reader.consume(slice) { arrived.append($0) }
        }
        guard case .applyPush(_, let payload) = server.received(messages.last!, now: Self.t0) else {
            Issue.record("no apply after the last slice")
            return
        }
        try reader.consume(payload.chunks.last!) { arrived.append($0) }
        try reader.finish()
        #expect(arrived == changes)
        #expect(try payload.changes() == changes)
        // The same stream announcing one row more is refused at its end, in words that name no size.
        var other = try Self.authenticated()
        let wrong = Self.deliver(&other, Self.begin(rowCount: 51, uncompressedSize: 0), set)
        guard case .fail(let error) = wrong else {
            Issue.record("a row short not refused")
            return
        }
        #expect(error.code == .malformedFrame)
        #expect(error.message == "the push announced 51 rows but carried 50")
    }

    @Test("§6 a push stating no size is capped at the compressed bound of the push limit")
    func unstatedSizeCap() throws {
        var server = try Self.authenticated()
        let limit = server.configuration.messageLimit
        let bound = limit + limit / 256 + 1024
        #expect(
            Self.errorCode(server.received(.pushBegin(Self.begin(rowCount: 1, uncompressedSize: 0)), now: Self.t0))
                == nil
        )
        let chunk = ByteBuffer(bytes: [UInt8](repeating: 0x55, count: bound))
        #expect(Self.errorCode(server.received(.pushData(chunk, more: true), now: Self.t0)) == nil)
        let one = ByteBuffer(bytes: [0x55])
        #expect(Self.errorCode(server.received(.pushData(one, more: true), now: Self.t0)) == .decompressionLimit)
    }

    @Test("§4.9 a pull is answered with PULL_DATA chunks and PULL_END; §4.12 verify compares digests")
    func pullAndVerify() throws {
        var server = try Self.authenticated()
        guard
            case .loadPull(referenceCursor: 3, rowCursor: 4, skipping: nil) = server.received(
                .pull(cursor: 3, rowCursor: 4),
                now: Self.t0
            )
        else {
            Issue.record("no load")
            return
        }
        let project = SyncChange(table: .projects, operation: .upsert, key: "P1", office: "", values: [.text("P1")])
        guard
            case .send(let messages) = server.pullLoaded(
                [project],
                cursor: 9,
                rowCursor: 11,
                isFullSnapshot: false,
                now: Self.t0
            )
        else {
            Issue.record("nothing sent")
            return
        }
        #expect(messages.count == 2)
        guard case .pullEnd(let end) = messages.last else {
            Issue.record("no PULL_END")
            return
        }
        #expect(end.cursor == 9 && end.rowCount == 1 && !end.isFullSnapshot)
        #expect(server.rowsOut == 1)
        let digest = SyncDigest(count: 3, h1: 1, h2: 2)
        guard case .computeDigest = server.received(.verify(digest), now: Self.t0) else {
            Issue.record("no digest")
            return
        }
        guard case .verifyResult(let result) = Self.sent(server.digestComputed(digest, now: Self.t0)) else {
            Issue.record("no result")
            return
        }
        #expect(result.matches)
        _ = server.received(.verify(digest), now: Self.t0)
        guard case .verifyResult(let mismatch) = Self.sent(server.digestComputed(.empty, now: Self.t0)) else { return }
        #expect(!mismatch.matches && mismatch.digest == .empty)
        guard case .finish = server.received(.bye, now: Self.t0) else {
            Issue.record("no finish")
            return
        }
        #expect(server.isClosed)
    }

    @Test("§6 handshake and idle timeouts fire on the controllable clock, not while the server works")
    func timeouts() throws {
        var slow = Self.server()
        #expect(Self.errorCode(slow.tick(now: Self.t0 + .seconds(9))) == nil)
        #expect(Self.errorCode(slow.tick(now: Self.t0 + .seconds(10))) == .timeout)
        var idle = try Self.authenticated()
        #expect(Self.errorCode(idle.tick(now: Self.t0 + .seconds(59))) == nil)
        _ = idle.received(.verify(.empty), now: Self.t0 + .seconds(30))
        #expect(Self.errorCode(idle.tick(now: Self.t0 + .seconds(500))) == nil)  // computing the digest
        _ = idle.digestComputed(.empty, now: Self.t0 + .seconds(500))
        #expect(Self.errorCode(idle.tick(now: Self.t0 + .seconds(559))) == nil)
        #expect(Self.errorCode(idle.tick(now: Self.t0 + .seconds(560))) == .timeout)
    }

    @Test("§7 an ERROR from the client closes the session without an answer")
    func clientError() throws {
        var server = try Self.authenticated()
        guard
            case .close(let error) = server.received(
                .error(ErrorMessage(code: .internal, message: "disk full")),
                now: Self.t0
            )
        else {
            Issue.record("an ERROR did not close the session at once")
            return
        }
        #expect(error.message == "disk full")
        #expect(server.isClosed)
        #expect(server.timeoutDeadline == nil)
    }
}
