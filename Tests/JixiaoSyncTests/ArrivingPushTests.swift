import Foundation
import JixiaoDistrict
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import NIOCore
import Testing

/// The district stores a push while its slices still arrive (Protocol.md §10.3.7), and a push whose size PUSH_BEGIN
/// does not state (§4.6.2), as `street sync` sends one.
@Suite("A push stored as it arrives")
struct ArrivingPushTests {
    /// `count` valid expenditure changes of `office`, stamped with versions of `device`, compressed into slices of
    /// 4 KiB (so that a push of a few thousand rows has dozens of slices).
    static func slices(_ count: Int, office: String, device: UUID) throws -> (CompressedChangeSet, [ByteBuffer]) {
        let id = device.uuidString.lowercased()
        let changes = (0..<count).map { index in
            var change = expenditureChange(office: office, id: "row-\(index)", amount: Int64(100 + index))
            change.version = RowVersion(clock: 1_000 + Int64(index), device: id)
            return change
        }
        let set = try CompressedChangeSet(changes: changes, chunkLength: 4_096)
        return (set, set.chunks)
    }

    static func begin(_ set: CompressedChangeSet, device: UUID, statesSize: Bool = false) -> Message {
        .pushBegin(
            PushBegin(
                epoch: device,
                fromSequence: 0,
                toSequence: Int64(set.rowCount),
                rowCount: set.rowCount,
                isFullSnapshot: false,
                uncompressedSize: statesSize ? set.uncompressedSize : 0
            )
        )
    }

    @Test("PUSH_PROGRESS arrives before the push's last slice is sent: the rows are stored as they come")
    func storedWhileArriving() async throws {
        var configuration = SyncServerConfiguration(port: 0, maximumConnectionsPerPeer: 1_000)
        configuration.pushProgressDelay = .zero
        configuration.pushProgressInterval = .milliseconds(1)
        configuration.pushPatience = .seconds(60)
        try await SyncFixture.with(offices: ["wangluyuan"], configuration: configuration) { fixture in
            let secret = fixture.secrets["wangluyuan"]!.bytes
            let device = UUID()
            let (set, slices) = try Self.slices(3_000, office: "wangluyuan", device: device)
            #expect(slices.count >= 8)
            let (early, ack) = try await RawSession.run(port: fixture.port) { session -> (PushProgress?, Message?) in
                _ = try await session.authenticate(office: "wangluyuan", secret: secret, device: device)
                try await session.send(Self.begin(set, device: device))
                for slice in slices.dropLast() { try await session.send(.pushData(slice, more: true)) }
                // Everything but the last slice is sent: a district that stores only whole pushes says nothing now.
                guard case .pushProgress(let progress) = try await session.receive() else { return (nil, nil) }
                try await session.send(.pushData(slices.last!, more: false))
                return (progress, try await session.answerAfterProgress())
            }
            let progress = try #require(early, "no PUSH_PROGRESS before the last slice")
            #expect(progress.rowsStored > 0 && progress.rowsStored < 3_000)
            #expect(progress.rowCount == 3_000)
            guard case .pushAck(let pushAck) = ack else {
                Issue.record("no PUSH_ACK: \(String(describing: ack))")
                return
            }
            #expect(pushAck.rowsApplied == 3_000)
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 3_000)
        }
    }

    @Test("a client slower than the writer may wait frees it for another office, and its push is stored once whole")
    func slowClient() async throws {
        var configuration = SyncServerConfiguration(port: 0, maximumConnectionsPerPeer: 1_000)
        configuration.pushPatience = .milliseconds(200)
        try await SyncFixture.with(offices: ["wangluyuan", "jinduban"], configuration: configuration) { fixture in
            let slow = UUID()
            let (set, slices) = try Self.slices(2_000, office: "wangluyuan", device: slow)
            let stalled = Signal()
            let resume = Signal()
            async let slowAnswer = RawSession.run(port: fixture.port) { session -> Message? in
                _ = try await session.authenticate(
                    office: "wangluyuan",
                    secret: fixture.secrets["wangluyuan"]!.bytes,
                    device: slow
                )
                try await session.send(Self.begin(set, device: slow))
                try await session.send(.pushData(slices[0], more: true))
                stalled.fire()
                await resume.wait()
                try await session.send(slices: slices.dropFirst())
                return try await session.answerAfterProgress()
            }
            await stalled.wait()
            // Long past the patience: the slow push holds the writer no more, so this one is stored meanwhile.
            try await Task.sleep(for: .milliseconds(600))
            let other = UUID()
            let otherAnswer = try await RawSession.run(port: fixture.port) { session -> Message? in
                _ = try await session.authenticate(
                    office: "jinduban",
                    secret: fixture.secrets["jinduban"]!.bytes,
                    device: other
                )
                let change = expenditureChange(office: "jinduban", id: "other-1")
                return try await session.push([change], from: 0, to: 1)
            }
            guard case .pushAck = otherAnswer else {
                Issue.record("the other office's push: \(String(describing: otherAnswer))")
                resume.fire()
                _ = try await slowAnswer
                return
            }
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 0)
            resume.fire()
            guard case .pushAck(let ack) = try await slowAnswer else {
                Issue.record("the slow push was not acknowledged")
                return
            }
            #expect(ack.rowsApplied == 2_000)
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 2_000)
            #expect(try fixture.district.rowCounts(office: "jinduban").expenditures == 1)
        }
    }

    @Test("a push cut after half its slices writes nothing; the device's reconnect at once is served and stores it")
    func cutHalfway() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            let secret = fixture.secrets["wangluyuan"]!.bytes
            let device = UUID()
            let (set, slices) = try Self.slices(2_000, office: "wangluyuan", device: device)
            try await RawSession.run(port: fixture.port) { session in
                _ = try await session.authenticate(office: "wangluyuan", secret: secret, device: device)
                try await session.send(Self.begin(set, device: device))
                for slice in slices.prefix(slices.count / 2) { try await session.send(.pushData(slice, more: true)) }
            }
            let answer = try await RawSession.run(port: fixture.port) { session -> Message? in
                _ = try await session.authenticate(office: "wangluyuan", secret: secret, device: device)
                try await session.send(Self.begin(set, device: device, statesSize: true))
                try await session.send(slices: slices)
                return try await session.answerAfterProgress()
            }
            guard case .pushAck(let ack) = answer else {
                Issue.record("the second push: \(String(describing: answer))")
                return
            }
            #expect(ack.rowsApplied == 2_000)
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 2_000)
            #expect(try fixture.district.integrityCheck() == ["ok"])
        }
    }

    @Test("a push without a stated size that carries fewer rows than announced is refused whole; nothing is written")
    func fewerRows() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            let secret = fixture.secrets["wangluyuan"]!.bytes
            let device = UUID()
            let (set, slices) = try Self.slices(500, office: "wangluyuan", device: device)
            let answer = try await RawSession.run(port: fixture.port) { session -> Message? in
                _ = try await session.authenticate(office: "wangluyuan", secret: secret, device: device)
                // One row more than the stream carries.
                let begin = PushBegin(
                    epoch: device,
                    fromSequence: 0,
                    toSequence: 501,
                    rowCount: set.rowCount + 1,
                    isFullSnapshot: false,
                    uncompressedSize: 0
                )
                try await session.send(.pushBegin(begin))
                try await session.send(slices: slices)
                return try await session.receive()
            }
            guard case .error(let error) = answer else {
                Issue.record("not refused: \(String(describing: answer))")
                return
            }
            #expect(error.code == .malformedFrame)
            #expect(error.message == "the push announced 501 rows but carried 500")
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 0)
        }
    }
}

extension RawSession {
    /// Sends `slices` as PUSH_DATA, the last one marked as the push's last.
    mutating func send(slices: some Collection<ByteBuffer>) async throws {
        var left = slices.count
        for slice in slices {
            left -= 1
            try await send(.pushData(slice, more: left > 0))
        }
    }

    /// The server's next message other than PUSH_PROGRESS.
    mutating func answerAfterProgress() async throws -> Message? {
        var answer = try await receive()
        while case .pushProgress = answer { answer = try await receive() }
        return answer
    }
}
