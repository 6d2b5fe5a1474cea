import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import JixiaoStreet
import Testing

@Suite("Sync end to end: happy path and replays")
struct HappyPathTests {
    @Test("10,000 rows sync, digests match; a second sync sends only what changed (bytes measured)")
    func tenThousandRows() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            let street = try fixture.street("wangluyuan")
            try await SyncFixture.record(street, expenditures: 8_000, values: 2_000)
            let first = try await fixture.client(street).sync()
            // v2: a first sync pushes the pending changes like any other (no snapshot), and the pull brings the
            // reference data but not the device's own rows back.
            #expect(first.pushed == 10_000 && !first.sentSnapshot)
            #expect(first.pulled == 23)  // a project, a fund, a category and 20 indicators
            let counts = try fixture.district.rowCounts(office: "wangluyuan")
            #expect(counts.expenditures == 8_000 && counts.values == 2_000)
            #expect(try fixture.converged(street, office: "wangluyuan"))
            #expect(try street.reference().projects.map(\.code) == ["JD2021"])
            // Ten changes later the second sync is incremental and small.
            let existing = try street.expenditures()
            try street.write { writer in
                for expenditure in existing.prefix(9) {
                    var changed = expenditure
                    changed.amount = Money(fen: 7)
                    try writer.update(changed)
                }
                try writer.deleteExpenditure(id: existing[20].id)
            }
            let second = try await fixture.client(street).sync()
            #expect(second.pushed == 10 && !second.sentSnapshot && second.pulled == 0)
            #expect(second.bytesSent < 3_000, "second sync sent \(second.bytesSent) bytes")
            #expect(first.bytesSent > 100 * second.bytesSent)
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 7_999)
            #expect(try fixture.converged(street, office: "wangluyuan"))
            // A third sync with nothing new pushes nothing and still verifies.
            let third = try await fixture.client(street).sync()
            #expect(third.pushed == 0)
        }
    }

    @Test("the same push replayed 5 times: each row held once; a replay is recognised by its content (versions)")
    func replayedPush() async throws {
        try await SyncFixture.with(offices: ["yuelu"]) { fixture in
            let secret = fixture.secrets["yuelu"]!.bytes
            let device = UUID()
            let first = (1...100).map { expenditureChange(office: "yuelu", amount: Int64($0)) }
            let second = (101...300).map { expenditureChange(office: "yuelu", amount: Int64($0)) }
            var answers: [[Message?]] = []
            for _ in 0..<6 {
                answers.append(
                    try await RawSession.run(port: fixture.port) { session in
                        _ = try await session.authenticate(office: "yuelu", secret: secret, device: device)
                        let a = try await session.push(first, from: 0, to: 100, snapshot: true)
                        let b = try await session.push(second, from: 100, to: 300)
                        return [a, b]
                    }
                )
            }
            // The first time writes every row; every replay carries the same versions, so nothing is written again.
            #expect(answers[0][0] == .pushAck(PushAck(ackedSequence: 100, rowsApplied: 100, isDuplicate: false)))
            #expect(answers[0][1] == .pushAck(PushAck(ackedSequence: 300, rowsApplied: 200, isDuplicate: false)))
            for replay in answers.dropFirst() {
                #expect(replay[0] == .pushAck(PushAck(ackedSequence: 100, rowsApplied: 0, isDuplicate: true)))
                #expect(replay[1] == .pushAck(PushAck(ackedSequence: 300, rowsApplied: 0, isDuplicate: true)))
            }
            #expect(try fixture.district.rowCounts(office: "yuelu").expenditures == 300)
            #expect(try fixture.district.conflicts(office: "yuelu").isEmpty)
            var expected = SyncDigest.empty
            for change in first + second { expected.add(table: change.table, values: change.values) }
            #expect(try fixture.district.digest(office: "yuelu") == expected)
            #expect(try fixture.district.recomputedDigest(office: "yuelu") == expected)
        }
    }

    @Test("50 offices syncing at once all succeed and converge")
    func fiftyOffices() async throws {
        let codes = (1...50).map { "office\($0)" }
        try await SyncFixture.with(offices: codes) { fixture in
            var streets: [(String, StreetDatabase)] = []
            for code in codes {
                let street = try fixture.street(code)
                try await SyncFixture.record(street, expenditures: 60, values: 20, tag: code)
                streets.append((code, street))
            }
            let reports = try await withThrowingTaskGroup(of: SyncReport.self) { group in
                for (_, street) in streets {
                    let client = fixture.client(street, attempts: 5)
                    group.addTask { try await client.sync() }
                }
                var all: [SyncReport] = []
                for try await report in group { all.append(report) }
                return all
            }
            #expect(reports.count == 50)
            #expect(reports.allSatisfy { $0.pushed == 80 })
            for (code, street) in streets {
                #expect(try fixture.converged(street, office: code), "office \(code)")
            }
        }
    }
}
