import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import JixiaoStreet
import JixiaoTestSupport
import Testing

/// The digest repair by hash buckets (Protocol.md §10.9) against a real server on 127.0.0.1.
@Suite("Digest repair: only the differing rows travel; nothing is deleted that no tombstone names")
struct DigestRepairTests {
    @Test(
        "a district and an office that differ in 5 of 5,000 rows converge, every column identical, in a small fraction of the bytes of pushing every row"
    )
    func fewRowsDiffer() async throws {
        try await SyncFixture.with(offices: ["A"]) { fixture in
            let street = try fixture.street("A")
            try await SyncFixture.record(street, expenditures: 4_500, values: 500)
            let first = try await fixture.client(street).sync()
            #expect(first.pushed == 5_000)

            // Behind the protocol's back: the district loses 3 expenditures (a bad restore, a manual edit)…
            let lost = try street.expenditures().prefix(5).map(\.id)
            try SQLiteShell.execute(
                "DELETE FROM expenditures WHERE office = 'A' AND id IN ('\(lost[0])', '\(lost[1])', '\(lost[2])');",
                on: fixture.district.path
            )
            // …and the office loses 2 others, with no change logged (a copy of an older file, a manual edit).
            try SQLiteShell.execute(
                """
                DELETE FROM expenditures WHERE id IN ('\(lost[3])', '\(lost[4])');
                DELETE FROM changes WHERE row_id IN ('\(lost[3])', '\(lost[4])');
                """,
                on: street.path
            )
            #expect(try fixture.district.rowCounts(office: "A").expenditures == 4_497)
            #expect(try street.expenditures().count == 4_498)

            let repaired = try await fixture.client(street).sync()
            #expect(repaired.repairedRows == 5)
            #expect(try fixture.converged(street, office: "A"))
            #expect(try fixture.district.rowCounts(office: "A").expenditures == 4_500)
            #expect(try street.expenditures().count == 4_500)
            let district = try DevicesTests.rows(fixture.district, office: "A")
            #expect(district.count == 5_000)
            #expect(try DevicesTests.rows(street) == district)

            // Pushing every row again (the old repair) would cost about what the first push did; the repair's
            // bucket questions, answers, 3 copies and 5 fetched rows are a small fraction of it.
            let bytes = repaired.bytesSent + repaired.bytesReceived
            print("digest repair: 5 of 5,000 rows in \(bytes) frame bytes; the first push sent \(first.bytesSent)")
            #expect(bytes < 24_000, "the repair sync took \(bytes) bytes")
            #expect(bytes * 5 < first.bytesSent, "repair \(bytes) bytes, first push \(first.bytesSent)")
        }
    }

    @Test("a row the district holds in other content (same version) is made the office's, and fetched back")
    func otherContent() async throws {
        try await SyncFixture.with(offices: ["A"]) { fixture in
            let street = try fixture.street("A")
            try await SyncFixture.record(street, expenditures: 300)
            _ = try await fixture.client(street).sync()
            // The district's copy of one row gets another amount, under the same version, behind the protocol's
            // back; its stored hash is made to match the new content, as the district's own writes keep it.
            let id = try street.expenditures().map(\.id).sorted()[0]
            var values = try #require(try DevicesTests.rows(fixture.district, office: "A")["expenditures/\(id)"])
            let amount = try #require(values.firstIndex { if case .integer = $0 { true } else { false } })
            guard case .integer(let fen) = values[amount] else { return }
            values[amount] = .integer(fen + 1)
            let hash = RowHash(table: .expenditures, values: values)
            try SQLiteShell.execute(
                """
                UPDATE expenditures SET amount = \(fen + 1), rh1 = \(hash.h1), rh2 = \(hash.h2)
                WHERE office = 'A' AND id = '\(id)';
                """,
                on: fixture.district.path
            )
            #expect(try fixture.district.recomputedDigest(office: "A") == fixture.district.digest(office: "A"))
            let repaired = try await fixture.client(street).sync()
            #expect(repaired.repairedRows == 1)
            #expect(try fixture.converged(street, office: "A"))
            #expect(try DevicesTests.rows(street) == DevicesTests.rows(fixture.district, office: "A"))
        }
    }

    @Test("an empty repair push, and RECONCILE or FETCH from an authenticated peer, delete nothing at the district")
    func emptyRepairDeletesNothing() async throws {
        try await SyncFixture.with(offices: ["A"]) { fixture in
            let street = try fixture.street("A")
            try await SyncFixture.record(street, expenditures: 200)
            _ = try await fixture.client(street).sync()
            let before = try DevicesTests.rows(fixture.district, office: "A")
            let secret = try #require(fixture.secrets["A"]).bytes
            let answers = try await RawSession.run(port: fixture.port) { session in
                _ = try await session.authenticate(office: "A", secret: secret)
                let ack = try await session.push([], from: 0, to: 0, snapshot: true)
                try await session.send(.reconcile([BucketQuery(bucket: .all, wantsRows: false)]))
                let result = try await session.receive()
                try await session.send(.fetch([RowKey(table: .expenditures, key: "no-such-row")]))
                var fetched: [Message] = []
                while let message = try await session.receive() {
                    fetched.append(message)
                    if case .pullEnd = message { break }
                }
                return (ack, result, fetched)
            }
            guard case .pushAck(let ack) = answers.0 else {
                return #expect(Bool(false), "\(String(describing: answers.0))")
            }
            #expect(ack.rowsApplied == 0)
            guard case .reconcileResult(let buckets) = answers.1, case .digests(let digests) = buckets.first else {
                return #expect(Bool(false), "\(String(describing: answers.1))")
            }
            #expect(digests.reduce(0) { $0 + $1.count } == 200)
            guard case .pullEnd(let end) = answers.2.last else { return #expect(Bool(false)) }
            #expect(end.rowCount == 0)
            #expect(try DevicesTests.rows(fixture.district, office: "A") == before)
            let again = try await fixture.client(street).sync()
            #expect(again.repairedRows == nil && again.pushed == 0)
        }
    }
}
