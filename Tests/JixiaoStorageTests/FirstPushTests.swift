import Foundation
import GRDB
import JixiaoModels
import JixiaoTestSupport
import Testing

@testable import JixiaoStorage

/// The first push of an office (`FirstPushWriter`): written without per-row triggers, with what they would have done
/// done once, so its result must be exactly the row-by-row path's.
@Suite("First push")
struct FirstPushTests {
    let tests = DistrictDatabaseTests()

    /// Expenditures, quarterly values, a narrative and a tombstone of a row the district never held, all of
    /// device `a`.
    func changes(_ range: Range<Int>) -> [SyncChange] {
        var changes: [SyncChange] = []
        for n in range {
            changes.append(tests.edit(n, device: "a", clock: 1_000 + Int64(n)))
            let value = IndicatorValue(
                id: String(format: "10000000-0000-4000-8000-%012d", n),
                office: "wangluyuan",
                indicator: "JD01",
                period: .quarter(2021, n % 4 + 1),
                value: .number(Double(n)),
                label: "第\(n)网格"
            )
            changes.append(
                SyncChange(
                    table: .indicatorValues,
                    operation: .upsert,
                    key: value.id,
                    office: "wangluyuan",
                    values: value.syncValues,
                    version: RowVersion(clock: 5_000 + Int64(n), device: "a")
                )
            )
        }
        let narrative = Narrative(
            id: "20000000-0000-4000-8000-000000000001",
            office: "wangluyuan",
            project: "JD2021",
            year: 2021,
            section: .highlights,
            text: "完成宣传"
        )
        changes.append(
            SyncChange(
                table: .narratives,
                operation: .upsert,
                key: narrative.id,
                office: "wangluyuan",
                values: narrative.syncValues,
                version: RowVersion(clock: 9_000, device: "a")
            )
        )
        changes.append(
            SyncChange(
                table: .expenditures,
                operation: .delete,
                key: "30000000-0000-4000-8000-000000000001",
                office: "wangluyuan",
                values: [],
                version: RowVersion(clock: 9_001, device: "a")
            )
        )
        return changes
    }

    func triggers(_ db: DistrictDatabase) throws -> [String: String] {
        try db.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
                .reduce(into: [:]) { $0[$1["name"] as String] = $1["sql"] as String }
        }
    }

    /// What the trail says about each row of the office: action, table, before and after.
    func trail(_ db: DistrictDatabase) throws -> [String: [String?]] {
        let rows = try db.pool.read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT row_id, action, tbl, actor, device, before, after FROM audit_log WHERE office = 'wangluyuan' AND tbl <> ''"
            )
        }
        var entries: [String: [String?]] = [:]
        for row in rows {
            let fields: [String?] = [
                row["action"], row["tbl"], row["actor"], row["device"], row["before"], row["after"],
            ]
            entries[row["row_id"] as String] = fields
        }
        return entries
    }

    @Test("a first push stores what the row-by-row path stores: rows, versions, digest, trail; triggers put back")
    func sameAsRowByRow() throws {
        let (fastFolder, slowFolder) = (TemporaryFolder(), TemporaryFolder())
        let fast = try tests.makeDistrict(fastFolder, plan: true)
        let slow = try tests.makeDistrict(slowFolder, plan: true)
        let before = try triggers(fast)
        // The row-by-row district already holds one row of the office, so its push takes the usual path.
        _ = try tests.push(slow, "a", [tests.edit(999, device: "a", clock: 1)])
        let outcome = try tests.push(fast, "a", changes(0..<200))
        let usual = try tests.push(slow, "a", changes(0..<200))
        #expect(outcome.applied == 402 && outcome.applied == usual.applied && outcome.conflicts == 0)
        #expect(outcome.revisions?.onlyOwnRows == true)
        #expect(try triggers(fast) == before)
        #expect(try fast.digest(office: "wangluyuan") == fast.recomputedDigest(office: "wangluyuan"))
        #expect(try fast.digest(office: "wangluyuan").count == 401)
        var expected = try trail(slow)
        expected["00000000-0000-4000-8000-000000000999"] = nil
        let got = try trail(fast)
        #expect(got.count == 401 && got == expected)
        #expect(try fast.verifyAuditTrail().passed)
        let pulled = try fast.pullChanges(office: "wangluyuan", referenceCursor: 0, rowCursor: 0).changes
            .filter { $0.table.isOfficeOwned }
        let pulledSlow = try slow.pullChanges(office: "wangluyuan", referenceCursor: 0, rowCursor: 0).changes
            .filter { $0.table.isOfficeOwned && $0.key != "00000000-0000-4000-8000-000000000999" }
        #expect(Set(pulled) == Set(pulledSlow) && pulled.count == 402)
    }

    @Test("a refused row rolls a first push back whole, triggers included; the next push takes the same path")
    func refusedRollsBack() throws {
        let folder = TemporaryFolder()
        let db = try tests.makeDistrict(folder, plan: true)
        let before = try triggers(db)
        var bad = tests.edit(500, device: "a", clock: 2_000)
        bad.values[5] = .integer(0)  // amount 0
        #expect(throws: StorageError.self) { try tests.push(db, "a", changes(0..<20) + [bad]) }
        #expect(try triggers(db) == before)
        #expect(try db.rowCounts(office: "wangluyuan") == (0, 0, 0))
        #expect(try db.digest(office: "wangluyuan").count == 0)
        #expect(try trail(db).isEmpty)
        let outcome = try tests.push(db, "a", changes(0..<20))
        #expect(outcome.applied == 42 && outcome.revisions?.onlyOwnRows == true)
        #expect(try triggers(db) == before)
        #expect(try db.digest(office: "wangluyuan") == db.recomputedDigest(office: "wangluyuan"))
        #expect(try db.verifyAuditTrail().passed)
    }

    @Test("a pull after a push reads none of its own revisions, but what another device wrote among them")
    func pullSkipsOwnRevisions() throws {
        let folder = TemporaryFolder()
        let db = try tests.makeDistrict(folder, plan: true)
        let first = try tests.push(db, "a", (0..<10).map { tests.edit($0, device: "a", clock: 1_000 + Int64($0)) })
        let own = try #require(first.revisions)
        #expect(own.range == 1...10 && own.onlyOwnRows)
        let other = try tests.push(db, "b", [tests.edit(20, device: "b", clock: 3_000)])
        func pulled(_ skipping: PushedRevisions?) throws -> [String] {
            try db.pullChanges(office: "wangluyuan", referenceCursor: 0, rowCursor: 0, skipping: skipping, device: "a")
                .changes.filter { $0.table == .expenditures }.map(\.key)
        }
        #expect(try pulled(own) == [Fixtures.expenditure(20).id])
        // Two pushes of a session with another device's revision between them: only a's rows are left out.
        let merged = own.merged(with: PushedRevisions(range: 12...12, onlyOwnRows: true))
        #expect(!merged.onlyOwnRows && merged.range == 1...12)
        #expect(try pulled(merged) == [Fixtures.expenditure(20).id])
        #expect(other.revisions?.range == 11...11)
        // A push that lost a conflict: the winner's new revision lies in the push's range and is pulled back.
        let b0 = RowVersion(clock: 1_000, device: "a")
        _ = try tests.push(db, "b", [tests.edit(0, device: "b", clock: 4_000, base: b0, note: "B")])
        let lost = try tests.push(db, "a", [tests.edit(0, device: "a", clock: 1_500, base: b0, note: "A")])
        let range = try #require(lost.revisions)
        #expect(!range.onlyOwnRows && lost.conflicts == 1)
        #expect(try pulled(range).contains(Fixtures.expenditure(0).id))
        #expect(try pulled(nil).count == 11)
    }
}
