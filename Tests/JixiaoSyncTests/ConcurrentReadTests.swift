import Foundation
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import Testing

/// `district verify` and `district status` while offices sync: each reads one committed state.
@Suite("Reads during syncs")
struct ConcurrentReadTests {
    /// What an office sends: `first` expenditures in its first sync, then `later` more in each of the next
    /// `Self.laterSyncs` syncs.
    struct Batches: Sendable {
        var first: Int
        var later: Int

        /// Every row the office sends.
        var all: Int { first + ConcurrentReadTests.laterSyncs * later }

        /// The expenditure counts the district may hold for the office at a committed point.
        var states: [Int] { [0] + (0...ConcurrentReadTests.laterSyncs).map { first + $0 * later } }

        /// The total of the first `count` rows sent (`SyncFixture.record` gives row i of a batch 1000 + i fen).
        func total(_ count: Int) -> Int64 {
            func batch(_ n: Int) -> Int64 { Int64(n) * 1_000 + Int64(n * (n - 1) / 2) }
            guard count > first else { return batch(count) }
            let later = (count - first) / self.later
            return batch(first) + Int64(later) * batch(self.later)
        }
    }

    /// Incremental syncs per office after its first (a full snapshot).
    static let laterSyncs = 4

    @Test(
        "verify never reports a mismatch and status counts one committed state while 20 offices sync 5 times each",
        // A bound against a hang, not a speed target: on a loaded 2-core machine the syncs alone take a minute or more.
        .timeLimit(.minutes(5))
    )
    func readsDuringSyncs() async throws {
        let codes = (0..<20).map { "office\($0)" }
        try await SyncFixture.with(offices: codes) { fixture in
            var batches: [String: Batches] = [:]
            var streets: [(code: String, database: StreetDatabase)] = []
            for (index, code) in codes.enumerated() {
                let street = try fixture.street(code)
                batches[code] = Batches(first: 100 + 5 * index, later: 10 + index)
                try await SyncFixture.record(street, expenditures: 100 + 5 * index)
                streets.append((code, street))
            }
            let expected = batches
            let district = fixture.district
            let verifier = RepeatingReader {
                try VerifyService.run(district).offices.flatMap { check in Self.findings(check, expected) }
            }
            let status = RepeatingReader {
                try StatusService.completeness(year: 2021, period: nil, in: district).rows.flatMap { row in
                    Self.findings(row, expected)
                }
            }
            // The readers are stopped even when a sync fails, then the failure is rethrown.
            var syncFailure: (any Error)?
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for street in streets {
                        let client = fixture.client(street.database)
                        let later = expected[street.code]?.later ?? 0
                        group.addTask {
                            _ = try await client.sync()
                            for round in 0..<Self.laterSyncs {
                                try await SyncFixture.record(street.database, expenditures: later, tag: "r\(round)-")
                                _ = try await client.sync()
                            }
                        }
                    }
                    try await group.waitForAll()
                }
            } catch {
                syncFailure = error
            }
            let verified = await verifier.stop()
            let counted = await status.stop()
            if let syncFailure { throw syncFailure }
            #expect(verified.findings.isEmpty, "\(verified.findings.prefix(5))")
            #expect(counted.findings.isEmpty, "\(counted.findings.prefix(5))")
            #expect(
                verified.rounds >= 2 && counted.rounds >= 2,
                "verify \(verified.rounds), status \(counted.rounds) rounds"
            )
            // After the syncs every office holds both batches, and both commands say so.
            let final = try VerifyService.run(district)
            #expect(final.passed)
            #expect(final.offices.map(\.expenditures) == codes.sorted().map { expected[$0]?.all ?? -1 })
            #expect(final.offices.allSatisfy { $0.verdict == "ok" })
            let rows = try StatusService.completeness(year: 2021, period: nil, in: district).rows
            #expect(rows.map(\.expenditures.count) == codes.sorted().map { expected[$0]?.all ?? -1 })
        }
    }

    /// What is wrong with one office's verify line: a failed check, a count that no committed state had, or a
    /// maintained digest whose row count is not the row count read with it.
    static func findings(_ check: VerifyService.OfficeCheck, _ expected: [String: Batches]) -> [String] {
        var found: [String] = []
        if check.failed { found.append("\(check.office): \(check.verdict)") }
        if let batches = expected[check.office], !batches.states.contains(check.expenditures) {
            found.append("\(check.office): verify counted \(check.expenditures) expenditures, states \(batches.states)")
        }
        if check.current.count != Int64(check.expenditures + check.values + check.narratives) {
            found.append("\(check.office): digest counts \(check.current.count) rows, tables \(check.expenditures)")
        }
        return found
    }

    /// What is wrong with one status line: a count or total that no committed state had, or a successful sync
    /// recorded for an office whose first push is not counted.
    static func findings(_ row: Completeness.Row, _ expected: [String: Batches]) -> [String] {
        guard let batches = expected[row.office] else { return ["unexpected office \(row.office)"] }
        let tally = row.expenditures
        var found: [String] = []
        if !batches.states.contains(tally.count) || tally.total.fen != batches.total(tally.count) {
            found.append("\(row.office): status counted \(tally.count) expenditures, \(tally.total.fen) fen")
        }
        if row.lastSync != nil && tally.count == 0 {
            found.append("\(row.office): synced, yet status counted no expenditures")
        }
        return found
    }
}
