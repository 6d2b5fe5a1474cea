import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import JixiaoTestSupport
import Testing

@Suite("Convergence: digest mismatches and unknown epochs fall back to a full snapshot")
struct ConvergenceTests {
    @Test("a district copy that drifted is repaired by a full snapshot, keeping unacknowledged local changes")
    func driftRepaired() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            let street = try fixture.street("wangluyuan")
            try await SyncFixture.record(street, expenditures: 200, values: 20)
            _ = try await fixture.client(street).sync()
            // The district loses a row behind the protocol's back (a bad restore, a manual edit)…
            try SQLiteShell.execute(
                "DELETE FROM expenditures WHERE id = (SELECT id FROM expenditures WHERE office = 'wangluyuan' LIMIT 1);",
                on: fixture.district.path
            )
            // …while the office records new rows that are not yet acknowledged.
            try await SyncFixture.record(street, expenditures: 5, tag: "new")
            let report = try await fixture.client(street).sync()
            #expect(report.sentSnapshot)
            #expect(try fixture.converged(street, office: "wangluyuan"))
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 205)
        }
    }

    @Test("a recreated office database (new epoch) deletes nothing at the district: its snapshot only upserts")
    func recreatedOffice() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            let old = try fixture.street("wangluyuan")
            try await SyncFixture.record(old, expenditures: 50)
            _ = try await fixture.client(old).sync()
            let recreated = try fixture.street("wangluyuan")
            try await SyncFixture.record(recreated, expenditures: 7, tag: "again")
            // The new file does not hold the office's 50 rows (it cannot pull them yet), so the digests cannot agree;
            // but nothing is deleted.
            await #expect(throws: SyncError.self) { _ = try await fixture.client(recreated, attempts: 1).sync() }
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 57)
            #expect(
                try fixture.district.digest(office: "wangluyuan")
                    == fixture.district.recomputedDigest(office: "wangluyuan")
            )
        }
    }

    @Test("an office database with nothing in it syncs: an empty snapshot, empty digests")
    func emptyOffice() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            let street = try fixture.street("wangluyuan")
            let report = try await fixture.client(street).sync()
            #expect(report.pushed == 0 && report.pulled == 23)
            #expect(try fixture.district.syncState(office: "wangluyuan").epoch == (try street.settings().epoch))
            let again = try await fixture.client(street).sync()
            #expect(again.pulled == 0 && again.pushed == 0)
        }
    }
}
