import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import JixiaoTestSupport
import Testing

@Suite("Convergence: a digest mismatch is repaired row by row; a new device restores the office")
struct ConvergenceTests {
    @Test(
        "a district copy that drifted is repaired row by row (the one lost row), keeping unacknowledged local changes"
    )
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
            #expect(report.repairedRows == 1 && !report.sentSnapshot)
            #expect(try fixture.converged(street, office: "wangluyuan"))
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 205)
        }
    }

    @Test("a recreated office database (a new device) deletes nothing: it restores the office's rows and adds its own")
    func recreatedOffice() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            let old = try fixture.street("wangluyuan")
            try await SyncFixture.record(old, expenditures: 50)
            _ = try await fixture.client(old).sync()
            let recreated = try fixture.street("wangluyuan")
            try await SyncFixture.record(recreated, expenditures: 7, tag: "again")
            let report = try await fixture.client(recreated).sync()
            #expect(report.pushed == 7 && report.pulled == 23 + 50)
            #expect(try fixture.converged(recreated, office: "wangluyuan"))
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 57)
            #expect(try recreated.expenditures().count == 57)
            // And the old database pulls the new device's 7 rows.
            let back = try await fixture.client(old).sync()
            #expect(back.pushed == 0 && back.pulled == 7)
            #expect(try fixture.converged(old, office: "wangluyuan"))
            #expect(try fixture.district.devices(office: "wangluyuan").count == 2)
        }
    }

    @Test("an office database with nothing in it syncs: nothing pushed, empty digests, the device listed")
    func emptyOffice() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            let street = try fixture.street("wangluyuan")
            let report = try await fixture.client(street).sync()
            #expect(report.pushed == 0 && report.pulled == 23)
            #expect(try fixture.district.devices(office: "wangluyuan").map(\.device) == [try street.settings().epoch])
            let again = try await fixture.client(street).sync()
            #expect(again.pulled == 0 && again.pushed == 0)
        }
    }
}
