import Foundation
import JixiaoModels
import JixiaoTestSupport
import Testing

@testable import JixiaoStorage

@Suite("District database")
struct DistrictDatabaseTests {
    /// A district with `offices` enrolled; with `plan`, the fixture project (open to every office), its fund and
    /// category, so that pushed expenditures pass the district's row checks.
    func makeDistrict(
        _ folder: TemporaryFolder,
        offices: [String] = ["wangluyuan", "wujialing"],
        plan: Bool = false
    ) throws -> DistrictDatabase {
        let db = try DistrictDatabase.create(at: folder.file("district.db"), name: "开福区")
        if plan {
            var project = Fixtures.project
            project.offices = []
            try db.writeReference { writer in
                try writer.upsert(project)
                try writer.upsert(Fixtures.fund)
                try writer.upsert(Fixtures.category)
                try writer.upsert(Fixtures.indicator)
            }
        }
        for code in offices {
            try db.addOffice(Office(code: code, name: code + "街道", kind: .street), secret: .random())
        }
        return db
    }

    func upserts(_ range: Range<Int>, office: String = "wangluyuan") -> [SyncChange] {
        range.map { n in
            let e = Fixtures.expenditure(n, office: office)
            return SyncChange(table: .expenditures, operation: .upsert, key: e.id, office: office, values: e.syncValues)
        }
    }

    @Test("offices: enrol, list, secrets, enable and disable")
    func offices() throws {
        let folder = TemporaryFolder()
        let db = try makeDistrict(folder)
        #expect(try db.name() == "开福区")
        #expect(try db.offices().map(\.office.code) == ["wangluyuan", "wujialing"])
        #expect(throws: StorageError.self) {
            try db.addOffice(Office(code: "wangluyuan", name: "x", kind: .street), secret: .random())
        }
        let secret = OfficeSecret.random()
        try db.setSecret(secret, office: "wujialing")
        #expect(try db.secret(of: "wujialing") == secret)
        try db.setEnabled(false, office: "wujialing")
        #expect(try db.office("wujialing")?.enabled == false)
        let error = #expect(throws: StorageError.self) { try db.setEnabled(true, office: "nobody") }
        #expect(error?.code == .notFound)
        #expect(try db.secret(of: "nobody") == nil)
    }

    @Test("reference revisions: identical upserts write nothing; deletions are tombstones")
    func referenceRevisions() throws {
        let folder = TemporaryFolder()
        let db = try makeDistrict(folder)
        let created = try db.writeReference { w in try w.upsert(Fixtures.project) }
        #expect(created == .created)
        try db.writeReference { w in
            try w.upsert(Fixtures.fund)
            try w.upsert(Fixtures.category)
            try w.upsert(Fixtures.indicator)
        }
        #expect(try db.referenceRevision() == 4)
        let all = try db.referenceChanges(since: 0)
        #expect(all.changes.map(\.table) == [.projects, .funds, .categories, .indicators] && all.cursor == 4)
        #expect(try db.writeReference { w in try w.upsert(Fixtures.project) } == .unchanged)
        #expect(try db.referenceRevision() == 4)
        var changed = Fixtures.indicator
        changed.target = "60"
        #expect(try db.writeReference { w in try w.upsert(changed) } == .updated)
        let delta = try db.referenceChanges(since: 4)
        #expect(delta.changes.count == 1 && delta.changes[0].key == "JD01/2021" && delta.cursor == 5)
        #expect(try db.writeReference { w in try w.delete(.categories, key: "JD2021/XC/2021") })
        let tomb = try db.referenceChanges(since: 5)
        #expect(tomb.changes.map(\.operation) == [.delete] && tomb.changes[0].key == "JD2021/XC/2021")
        #expect(try db.reference(year: 2021).categories.isEmpty)
        #expect(try db.reference(year: 2022).projects.isEmpty)
        // A first sync gets live rows only.
        #expect(try db.referenceChanges(since: 0).changes.count == 3)
    }

    /// An expenditure change of device `device` at clock `clock`, made on `base`, with `note`.
    func edit(_ n: Int, device: String, clock: Int64, base: RowVersion = .none, note: String = "") -> SyncChange {
        var e = Fixtures.expenditure(n, office: "wangluyuan")
        if !note.isEmpty { e.note = note }
        return SyncChange(
            table: .expenditures,
            operation: .upsert,
            key: e.id,
            office: "wangluyuan",
            values: e.syncValues,
            version: RowVersion(clock: clock, device: device),
            base: base
        )
    }

    func push(_ db: DistrictDatabase, _ device: String, _ changes: [SyncChange]) throws -> PushOutcome {
        try db.applyPush(office: "wangluyuan", device: device, toSequence: 1) { sink in
            for change in changes { try sink(change) }
        }
    }

    @Test("versions decide a push: replays write nothing, edits on the held version win, concurrent ones by version")
    func versionedPush() throws {
        let folder = TemporaryFolder()
        let db = try makeDistrict(folder, plan: true)
        let first = try push(db, "a", (0..<100).map { edit($0, device: "a", clock: 1_000 + Int64($0)) })
        #expect(
            first.applied == 100 && !first.duplicate && first.conflicts == 0
                && first.revisions == PushedRevisions(range: 1...100, onlyOwnRows: true)
        )
        for _ in 0..<3 {
            let replay = try push(db, "a", (0..<100).map { edit($0, device: "a", clock: 1_000 + Int64($0)) })
            #expect(replay.duplicate && replay.applied == 0)
        }
        // B edits row 0 on A's version: no conflict. A then edits row 0 on its old version: concurrent, and the
        // greater version (B's) stays; A's is kept as a conflict.
        let a0 = RowVersion(clock: 1_000, device: "a")
        #expect(try push(db, "b", [edit(0, device: "b", clock: 2_000, base: a0, note: "B")]).conflicts == 0)
        let late = try push(db, "a", [edit(0, device: "a", clock: 1_500, base: a0, note: "A")])
        #expect(late.applied == 0 && late.conflicts == 1)
        // A deletes row 1; B edits row 1 on the version before the delete: the delete is later, so it stays.
        let a1 = RowVersion(clock: 1_001, device: "a")
        let delete = SyncChange(
            table: .expenditures,
            operation: .delete,
            key: Fixtures.expenditure(1, office: "wangluyuan").id,
            office: "wangluyuan",
            values: [],
            version: RowVersion(clock: 3_000, device: "a"),
            base: a1
        )
        #expect(try push(db, "a", [delete]).applied == 1)
        #expect(try push(db, "b", [edit(1, device: "b", clock: 2_500, base: a1, note: "B")]).conflicts == 1)
        // An edit newer than a delete it did not see brings the row back; the delete is the loser.
        let a2 = RowVersion(clock: 1_002, device: "a")
        var delete2 = delete
        delete2.key = Fixtures.expenditure(2, office: "wangluyuan").id
        delete2.version = RowVersion(clock: 3_100, device: "a")
        delete2.base = a2
        _ = try push(db, "a", [delete2])
        #expect(try push(db, "b", [edit(2, device: "b", clock: 4_000, base: a2, note: "B")]).conflicts == 1)

        #expect(try db.rowCounts(office: "wangluyuan").expenditures == 99)
        let rows = try db.expenditures(project: nil, office: "wangluyuan", period: nil)
        #expect(rows.first { $0.id == Fixtures.expenditure(0, office: "wangluyuan").id }?.note == "B")
        #expect(rows.first { $0.id == Fixtures.expenditure(2, office: "wangluyuan").id }?.note == "B")
        let conflicts = try db.conflicts(office: "wangluyuan")
        #expect(conflicts.map(\.loserOperation) == ["edit", "edit", "delete"])
        #expect(conflicts.map(\.winnerOperation) == ["edit", "delete", "edit"])
        #expect(conflicts[0].loserValues.contains("note=A"))
        #expect(try db.digest(office: "wangluyuan") == db.recomputedDigest(office: "wangluyuan"))

        // A first pull holds every row (and the tombstone) and every conflict; a later one only what changed.
        let all = try db.pullChanges(office: "wangluyuan", referenceCursor: 0, rowCursor: 0)
        let rowsPulled = all.changes.filter { $0.table == .expenditures }
        #expect(rowsPulled.count == 100 && rowsPulled.filter { $0.operation == .delete }.count == 1)
        #expect(all.changes.filter { $0.table == .conflicts }.count == 3)
        let none = try db.pullChanges(
            office: "wangluyuan",
            referenceCursor: all.referenceCursor,
            rowCursor: all.rowCursor
        )
        #expect(none.changes.isEmpty)

        // Devices: both listed; a revoked one is reported to the server's lookup.
        #expect(try db.devices(office: "wangluyuan").map(\.device).sorted() == ["a", "b"])
        try db.revokeDevice(office: "wangluyuan", device: "b")
        #expect(try db.authenticationRecord(office: "wangluyuan", device: "b")?.isDeviceRevoked == true)
        #expect(try db.authenticationRecord(office: "wangluyuan", device: "a")?.isDeviceRevoked == false)
        #expect(throws: StorageError.self) { try db.revokeDevice(office: "wangluyuan", device: "c") }
    }

    @Test("the district digest equals the office's for the same rows")
    func digestsAgree() throws {
        let folder = TemporaryFolder()
        let street = try StreetDatabase.create(at: folder.file("street.db"), settings: Fixtures.settings)
        try street.write { w in
            for n in 0..<300 { try w.insert(Fixtures.expenditure(n)) }
            try w.set(
                IndicatorValue(id: "", office: "", indicator: "JD01", period: .quarter(2021, 1), value: .number(7))
            )
            try w.setNarrative(project: "JD2021", year: 2021, section: .measures, text: "改进")
            for n in 0..<10 { try w.deleteExpenditure(id: Fixtures.expenditure(n).id) }
        }
        let district = try makeDistrict(folder, plan: true)
        let pending = try street.pendingChanges(after: 0)
        let outcome = try district.applyPush(
            office: "wangluyuan",
            epoch: try street.settings().epoch,
            fromSequence: 0,
            toSequence: pending.last!.sequence,
            changes: pending.map(\.change),
            fullSnapshot: false
        )
        #expect(outcome.applied == pending.count)
        #expect(try district.digest(office: "wangluyuan") == street.digest())
        #expect(try district.digest(office: "wangluyuan").count == 292)
        #expect(try district.digest(office: "wujialing") == .empty)
    }

    @Test("a full snapshot upserts its rows and adopts its epoch; it deletes nothing it does not mention")
    func fullSnapshot() throws {
        let folder = TemporaryFolder()
        let db = try makeDistrict(folder, plan: true)
        _ = try db.applyPush(
            office: "wangluyuan",
            epoch: "e1",
            fromSequence: 0,
            toSequence: 50,
            changes: upserts(0..<50),
            fullSnapshot: false
        )
        _ = try db.applyPush(
            office: "wujialing",
            epoch: "w1",
            fromSequence: 0,
            toSequence: 5,
            changes: upserts(0..<5, office: "wujialing"),
            fullSnapshot: false
        )
        let outcome = try db.applyPush(
            office: "wangluyuan",
            epoch: "e2",
            fromSequence: 0,
            toSequence: 7,
            changes: upserts(100..<120),
            fullSnapshot: true
        )
        #expect(outcome.ackedSequence == 7)
        #expect(try db.rowCounts(office: "wangluyuan").expenditures == 70)
        #expect(try db.rowCounts(office: "wujialing").expenditures == 5)
        #expect(try db.digest(office: "wangluyuan") == db.recomputedDigest(office: "wangluyuan"))
    }

    @Test("a push with another office's row, or touching reference data, is refused whole, naming the row")
    func authorization() throws {
        let folder = TemporaryFolder()
        let db = try makeDistrict(folder, plan: true)
        let planned = try db.reference()
        let foreign = upserts(0..<3) + upserts(7..<8, office: "wujialing")
        let error = #expect(throws: StorageError.self) {
            try db.applyPush(
                office: "wangluyuan",
                epoch: "e1",
                fromSequence: 0,
                toSequence: 4,
                changes: foreign,
                fullSnapshot: false
            )
        }
        #expect(error?.code == .notAuthorized)
        #expect(error?.description.contains(Fixtures.expenditure(7).id) == true)
        #expect(error?.description.contains("wujialing") == true)
        // A row claiming the session's office in the envelope but another in its values.
        var forged = upserts(9..<10)[0]
        forged.values[1] = .text("wujialing")
        #expect(throws: StorageError.self) {
            try db.applyPush(
                office: "wangluyuan",
                epoch: "e1",
                fromSequence: 0,
                toSequence: 1,
                changes: [forged],
                fullSnapshot: false
            )
        }
        let reference = SyncChange(
            table: .projects,
            operation: .upsert,
            key: "JD2021",
            office: "wangluyuan",
            values: Fixtures.project.syncValues
        )
        let refError = #expect(throws: StorageError.self) {
            try db.applyPush(
                office: "wangluyuan",
                epoch: "e1",
                fromSequence: 0,
                toSequence: 1,
                changes: [reference],
                fullSnapshot: false
            )
        }
        #expect(refError?.description.contains("reference data") == true)
        var short = upserts(0..<1)[0]
        short.values.removeLast()
        #expect(throws: StorageError.self) {
            try db.applyPush(
                office: "wangluyuan",
                epoch: "e1",
                fromSequence: 0,
                toSequence: 1,
                changes: [short],
                fullSnapshot: false
            )
        }
        #expect(try db.rowCounts(office: "wangluyuan").expenditures == 0)
        #expect(try db.syncState(office: "wangluyuan").ackedSequence == 0)
        #expect(try db.reference() == planned)
    }

    @Test("queries, session records, backup and integrity")
    func queriesAndBackup() throws {
        let folder = TemporaryFolder()
        let db = try makeDistrict(folder, plan: true)
        _ = try db.applyPush(
            office: "wangluyuan",
            epoch: "e1",
            fromSequence: 0,
            toSequence: 10,
            changes: upserts(0..<10),
            fullSnapshot: false
        )
        #expect(try db.expenditures(project: "JD2021", office: "wangluyuan", period: .month(2021, 6)).count == 10)
        #expect(try db.expenditures(office: "wujialing").isEmpty)
        try db.record(
            DistrictSessionRecord(
                office: "wangluyuan",
                startedAt: "s",
                finishedAt: "2021-12-31T00:00:00Z",
                result: "ok",
                ok: true,
                rowsIn: 10
            ),
            agreedDigest: try db.digest(office: "wangluyuan"),
            referenceCursor: 3
        )
        let state = try db.syncState(office: "wangluyuan")
        #expect(
            state.lastSyncAt == "2021-12-31T00:00:00Z" && state.agreedDigest?.count == 10 && state.referenceCursor == 3
        )
        #expect(try db.offices().first?.rowsHeld == 10)
        let copy = folder.file("copy.db")
        try db.backup(to: copy)
        #expect(try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int == 0o600)
        let restored = try DistrictDatabase.open(at: copy)
        #expect(try restored.integrityCheck() == ["ok"])
        #expect(try restored.rowCounts(office: "wangluyuan").expenditures == 10)
        #expect(try restored.epoch() == db.epoch())
        let exists = #expect(throws: StorageError.self) { try db.backup(to: copy) }
        #expect(exists?.code == .fileExists)
    }
}
