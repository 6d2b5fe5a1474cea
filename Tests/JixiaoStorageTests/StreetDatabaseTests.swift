import Foundation
import GRDB
import JixiaoModels
import JixiaoTestSupport
import Testing

@testable import JixiaoStorage

@Suite("Street database")
struct StreetDatabaseTests {
    @Test("create records the settings, mode 0600, and refuses to overwrite")
    func create() throws {
        let folder = TemporaryFolder()
        let path = folder.file("street.db")
        let db = try StreetDatabase.create(at: path, settings: Fixtures.settings)
        let settings = try db.settings()
        #expect(settings.office == "wangluyuan" && settings.secret == Fixtures.settings.secret)
        #expect(settings.server.description == "127.0.0.1:7420")
        #expect(settings.epoch.count == 36)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try db.integrityCheck() == ["ok"])
        let error = #expect(throws: StorageError.self) {
            try StreetDatabase.create(at: path, settings: Fixtures.settings)
        }
        #expect(error?.code == .fileExists)
        #expect(error?.description == "\(path) already exists: refusing to overwrite it")
        // A second file gets another epoch.
        let other = try StreetDatabase.create(at: folder.file("other.db"), settings: Fixtures.settings)
        #expect(try other.settings().epoch != settings.epoch)
    }

    @Test("a missing file is reported with the caller's advice, and no command line's by default")
    func missing() {
        let error = #expect(throws: StorageError.self) { try StreetDatabase.open(at: "/nonexistent/street.db") }
        #expect(error?.code == .missingFile)
        #expect(
            error?.description
                == "no database at /nonexistent/street.db: create it first, or give the path of an existing one"
        )
        let hinted = #expect(throws: StorageError.self) {
            try StreetDatabase.open(at: "/nonexistent/street.db", missingHint: "run the setup first")
        }
        #expect(hinted?.description == "no database at /nonexistent/street.db: run the setup first")
    }

    @Test("a small file that is not a database is refused, not written over", arguments: ["x", "notes\n", ""])
    func smallForeignFile(text: String) throws {
        let folder = TemporaryFolder()
        let path = folder.file("notes.db")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        if text.isEmpty {
            // An empty file is what `create` opens: it becomes a database.
            #expect(throws: Never.self) { try StreetDatabase.open(at: path) }
            return
        }
        let error = #expect(throws: StorageError.self) { try StreetDatabase.open(at: path) }
        #expect(error?.code == .notJixiaoFile)
        #expect(error?.description == "\(path) is not a Jixiao street office database")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(text.utf8))
    }

    @Test("creating in a missing folder says so, and leaves nothing")
    func createInAMissingFolder() {
        let error = #expect(throws: StorageError.self) {
            try StreetDatabase.create(at: "/nonexistent/street.db", settings: Fixtures.settings)
        }
        #expect(
            error?.description == "cannot create /nonexistent/street.db: the folder does not exist or cannot be written"
        )
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent"))
    }

    @Test("a corrupt file is reported as such")
    func corrupt() throws {
        let folder = TemporaryFolder()
        let path = folder.file("street.db")
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StorageError.self) { try StreetDatabase.open(at: path) }
        #expect(error?.code == .corrupt)
        #expect(error?.description.contains("corrupt") == true)
    }

    @Test("a damaged page is found by the integrity check")
    func damagedPage() throws {
        let folder = TemporaryFolder()
        let path = folder.file("street.db")
        do {
            let db = try StreetDatabase.create(at: path, settings: Fixtures.settings)
            try db.write { w in for n in 0..<2000 { try w.insert(Fixtures.expenditure(n)) } }
            try db.read { db in _ = try db.checkpoint(.truncate) }
        }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for i in 4096 * 5..<4096 * 5 + 2000 { bytes[i] = 0xFF }
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            let db = try StreetDatabase.open(at: path)
            let findings = try db.integrityCheck()
            #expect(findings != ["ok"])
        } catch let error as StorageError {
            #expect(error.code == .corrupt)
        }
    }

    @Test("a district file is not opened as a street file")
    func foreign() throws {
        let folder = TemporaryFolder()
        _ = try DistrictDatabase.create(at: folder.file("district.db"), name: "开福区")
        let error = #expect(throws: StorageError.self) { try StreetDatabase.open(at: folder.file("district.db")) }
        #expect(error?.code == .notJixiaoFile)
    }

    @Test("a file from a newer version is refused")
    func newer() throws {
        let folder = TemporaryFolder()
        let path = folder.file("street.db")
        _ = try StreetDatabase.create(at: path, settings: Fixtures.settings)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('street-v99-future')")
        }
        try queue.close()
        let error = #expect(throws: StorageError.self) { try StreetDatabase.open(at: path) }
        #expect(error?.code == .newerVersion)
        #expect(error?.description.contains("newer version") == true)
    }

    @Test("a file created by an earlier schema is upgraded, rows kept")
    func migration() throws {
        let folder = TemporaryFolder()
        let path = folder.file("street.db")
        // Build a file exactly as the first release did: only the v1 migration.
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(DatabaseFile.Side.street.rawValue)")
        }
        try StreetSchema.migrator.migrate(queue, upTo: "street-v1")
        try queue.write { db in
            for (key, value) in [
                ("office", "wangluyuan"), ("server", "127.0.0.1:7420"), ("secret", Fixtures.settings.secret.hex),
                ("epoch", "e1"), ("acked_seq", "0"), ("ref_cursor", "0"), ("district_epoch", ""),
            ] {
                try db.execute(sql: "INSERT INTO settings VALUES (?, ?)", arguments: [key, value])
            }
        }
        try queue.close()
        let db = try StreetDatabase.open(at: path)
        try db.write { w in try w.insert(Fixtures.expenditure(1)) }
        try db.record(OfficeSessionRecord(startedAt: "a", finishedAt: "b", result: "ok", ok: true))
        #expect(try db.syncState().lastSession?.result == "ok")
        #expect(try db.expenditures().count == 1)
        let applied = try db.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY 1")
        }
        #expect(
            applied == [
                "street-v1", "street-v2-sync-runs", "street-v3-devices", "street-v4-imported-files", "street-v5-years",
                "street-v6-review", "street-v7-years-rules",
            ]
        )
        // The new table works on the upgraded file.
        let file = ImportedFile(
            kind: "expenses",
            hash: "ab",
            name: "a.csv",
            rows: 2,
            importedAt: Date(timeIntervalSince1970: 5)
        )
        #expect(try db.importedFile(kind: "expenses", hash: "ab") == nil)
        try db.write { w in try w.recordImport(file) }
        #expect(try db.importedFile(kind: "expenses", hash: "ab") == file)
        #expect(try db.importedFile(kind: "values", hash: "ab") == nil)
    }

    @Test("expenditures round-trip, by project and period")
    func expenditures() throws {
        let folder = TemporaryFolder()
        let db = try StreetDatabase.create(at: folder.file("street.db"), settings: Fixtures.settings)
        var first = Fixtures.expenditure(1)
        var second = Fixtures.expenditure(2)
        second.date = "2021-09-01"
        second.project = "LT2021"
        try db.write { w in
            try w.insert(first)
            try w.insert(second)
        }
        #expect(try db.expenditure(id: first.id) == first)
        #expect(try db.expenditures().count == 2)
        #expect(try db.expenditures(project: "LT2021") == [second])
        #expect(try db.expenditures(period: .quarter(2021, 2)) == [first])
        #expect(try db.voucherOwner("V1", project: "JD2021", year: 2021) == first.id)
        #expect(try db.voucherOwner("V1", project: "JD2021", year: 2022) == nil)
        #expect(try db.voucherOwner("V1", project: "JD2021", year: 2021, excluding: first.id) == nil)
        #expect(try db.voucherOwner("", project: "JD2021", year: 2021) == nil)
        #expect(try db.vouchers().first { $0.id == first.id }?.year == 2021)
        first.amount = Money(fen: 99)
        first.payee = "湘雅路社区"
        try db.write { w in try w.update(first) }
        #expect(try db.expenditure(id: first.id) == first)
        try db.write { w in try w.deleteExpenditure(id: first.id) }
        #expect(try db.expenditure(id: first.id) == nil)
        let error = #expect(throws: StorageError.self) { try db.write { w in try w.deleteExpenditure(id: first.id) } }
        #expect(error?.code == .notFound)
    }

    @Test("indicator values are upserts that keep their id; narratives too")
    func valuesAndNarratives() throws {
        let folder = TemporaryFolder()
        let db = try StreetDatabase.create(at: folder.file("street.db"), settings: Fixtures.settings)
        try db.applyReference(
            [
                SyncChange(
                    table: .projects,
                    operation: .upsert,
                    key: "JD2021/2021",
                    office: "",
                    values: Fixtures.project.syncValues
                ),
                SyncChange(
                    table: .indicators,
                    operation: .upsert,
                    key: "JD01/2021",
                    office: "",
                    values: Fixtures.indicator.syncValues
                ),
            ],
            cursor: 2
        )
        let value = IndicatorValue(
            id: "",
            office: "",
            indicator: "JD01",
            period: .quarter(2021, 2),
            value: .number(12),
            label: "伍家岭站点"
        )
        let id = try db.write { w in try w.set(value) }
        let again = try db.write { w in
            var changed = value
            changed.value = .number(13)
            return try w.set(changed)
        }
        #expect(id == again)
        let stored = try db.values()
        #expect(
            stored.count == 1 && stored[0].value == .number(13) && stored[0].label == "伍家岭站点"
                && stored[0].office == "wangluyuan"
        )
        #expect(try db.values(project: "JD2021", period: .year(2021)).count == 1)
        #expect(try db.values(period: .quarter(2021, 3)).isEmpty)
        _ = try db.write { w in
            try w.set(
                IndicatorValue(id: "", office: "", indicator: "JD01", period: .year(2021), value: .text("达成 95%"))
            )
        }
        #expect(try db.values().contains { $0.value == .text("达成 95%") })
        #expect(try db.write { w in try w.deleteValue(indicator: "JD01", period: .quarter(2021, 2), label: "伍家岭站点") })
        #expect(try db.values().count == 1)

        let n1 = try db.write { w in
            try w.setNarrative(project: "JD2021", year: 2021, section: .highlights, text: "亮点一")
        }
        let n2 = try db.write { w in
            try w.setNarrative(project: "JD2021", year: 2021, section: .highlights, text: "亮点二")
        }
        #expect(n1 == n2)
        #expect(try db.narratives().map(\.text) == ["亮点二"])
        #expect(try db.write { w in try w.deleteNarrative(project: "JD2021", year: 2021, section: .highlights) })
        #expect(try db.narratives().isEmpty)
    }

    @Test("a failed transaction leaves no partial rows, no changes, the same digest")
    func rollback() throws {
        struct Stop: Error {}
        let folder = TemporaryFolder()
        let db = try StreetDatabase.create(at: folder.file("street.db"), settings: Fixtures.settings)
        try db.write { w in try w.insert(Fixtures.expenditure(0)) }
        let before = try db.digest()
        #expect(throws: Stop.self) {
            try db.write { w in
                for n in 1...100 { try w.insert(Fixtures.expenditure(n)) }
                throw Stop()
            }
        }
        #expect(try db.expenditures().count == 1)
        #expect(try db.pendingChanges(after: 0).count == 1)
        #expect(try db.digest() == before)
        // A constraint violation (amount zero) rolls back the whole write too.
        var zero = Fixtures.expenditure(500)
        zero.amount = .zero
        let error = #expect(throws: StorageError.self) {
            try db.write { w in
                try w.insert(Fixtures.expenditure(501))
                try w.insert(zero)
            }
        }
        #expect(error?.code == .constraint)
        #expect(try db.expenditures().count == 1)
    }

    @Test("the change log: 10,000 inserts, updates and deletes give the right sequence and tombstones")
    func changeLog() throws {
        let folder = TemporaryFolder()
        let db = try StreetDatabase.create(at: folder.file("street.db"), settings: Fixtures.settings)
        try db.write { w in for n in 0..<10_000 { try w.insert(Fixtures.expenditure(n)) } }
        var pending = try db.pendingChanges(after: 0)
        #expect(pending.map(\.sequence) == Array(1...10_000))
        #expect(pending.allSatisfy { $0.change.operation == .upsert && $0.change.values.count == 10 })
        #expect(pending[42].change.key == Fixtures.expenditure(42).id)

        // Update the even rows, delete every fifth row.
        try db.write { w in
            for n in stride(from: 0, to: 10_000, by: 2) {
                var e = Fixtures.expenditure(n)
                e.note = "更新"
                try w.update(e)
            }
            for n in stride(from: 0, to: 10_000, by: 5) { try w.deleteExpenditure(id: Fixtures.expenditure(n).id) }
        }
        pending = try db.pendingChanges(after: 0)
        #expect(pending.count == 10_000)  // one entry per row: its latest operation
        #expect(Set(pending.map(\.sequence)).count == 10_000)
        #expect(pending.map(\.sequence) == pending.map(\.sequence).sorted())
        let tombstones = pending.filter { $0.change.operation == .delete }
        #expect(tombstones.count == 2000)
        #expect(tombstones.allSatisfy { $0.change.values.isEmpty && $0.change.office == "wangluyuan" })
        #expect(try db.highestSequence() == 10_000 + 5000 + 2000)
        // The tombstones come last: deletes happened after the updates.
        #expect(pending.suffix(2000).allSatisfy { $0.change.operation == .delete })
        let updated = pending.filter { $0.change.operation == .upsert && $0.change.values[9] == .text("更新") }
        #expect(updated.count == 5000 - 1000)

        // Only changes after a sequence.
        let later = try db.pendingChanges(after: 10_000)
        #expect(later.count == 4000 + 2000)

        // The incrementally maintained digest equals one computed from scratch.
        let digest = try db.digest()
        #expect(digest.count == 8000)
        #expect(digest == (try db.recomputedDigest()))

        // Acknowledging removes what was sent.
        try db.acknowledge(upTo: 15_000, districtEpoch: "d1")
        #expect(try db.pendingCount() == 2000)
        #expect(try db.syncState().ackedSequence == 15_000 && db.syncState().districtEpoch == "d1")
        try db.acknowledge(upTo: 10, districtEpoch: "d1")
        #expect(try db.syncState().ackedSequence == 15_000)
    }

    @Test("a push hands its changes over table by table, each table's in key order (the district's B-tree order)")
    func pushOrder() throws {
        let folder = TemporaryFolder()
        let db = try StreetDatabase.create(at: folder.file("street.db"), settings: Fixtures.settings)
        try db.write { w in
            try w.insert(Fixtures.expenditure(2))
            try w.setNarrative(project: "JD2021", year: 2021, section: .problems, text: "问题")
            try w.insert(Fixtures.expenditure(1))
        }
        let prepared = try db.preparePush(device: "dev", repair: false, now: 1_000)
        #expect(prepared.changes.map(\.table) == [.expenditures, .expenditures, .narratives])
        // Recorded 2 then 1, handed over 1 then 2.
        #expect(Fixtures.expenditure(1).id < Fixtures.expenditure(2).id)
        #expect(prepared.changes.prefix(2).map(\.key) == [Fixtures.expenditure(1).id, Fixtures.expenditure(2).id])
        #expect(prepared.edits == 3 && prepared.sequence == 3)
        // The count and highest sequence announced before the first change are those handed over.
        try db.write { w in try w.insert(Fixtures.expenditure(3)) }
        var announced: (Int, Int64)?
        var handed = 0
        let preparation = try db.preparePush(
            device: "dev",
            repair: false,
            now: 2_000,
            announce: { announced = ($0, $1) },
            into: { _ in
                #expect(announced != nil, "a change came before the announcement")
                handed += 1
            }
        )
        #expect(announced?.0 == handed && handed == 4 && preparation.count == 4)
        #expect(announced?.1 == preparation.sequence)
    }

    @Test("an acknowledged push records the versions it carried, also of a row edited again while it was sent")
    func acknowledgedVersions() throws {
        let folder = TemporaryFolder()
        let db = try StreetDatabase.create(at: folder.file("street.db"), settings: Fixtures.settings)
        try db.write { w in for n in 0..<5 { try w.insert(Fixtures.expenditure(n)) } }
        let first = try db.preparePush(device: "dev", repair: false, now: 1_000)
        #expect(first.changes.count == 5 && first.changes.allSatisfy { $0.version.clock == 1_000 })
        // Every pushed change still in the log: recorded in one statement.
        try db.acknowledgePush(upTo: first.sequence, edits: first.changes, districtEpoch: "d1")
        try db.write { w in
            var e = Fixtures.expenditure(1)
            e.note = "第二次"
            try w.update(e)
        }
        let second = try db.preparePush(device: "dev", repair: false, now: 2_000)
        #expect(second.changes.count == 1 && second.changes[0].base == RowVersion(clock: 1_000, device: "dev"))
        // Row 3 is edited again while the second push is on its way: its new change has left the push's range,
        // so the versions are written one by one, and the newer edit is based on the version the district holds.
        try db.write { w in
            var e = Fixtures.expenditure(3)
            e.note = "又改了"
            try w.update(e)
        }
        let third = try db.preparePush(device: "dev", repair: false, now: 3_000)
        try db.write { w in
            var e = Fixtures.expenditure(3)
            e.note = "再改"
            try w.update(e)
        }
        try db.acknowledgePush(upTo: third.sequence, edits: third.changes, districtEpoch: "d1")
        let fourth = try db.preparePush(device: "dev", repair: false, now: 4_000)
        #expect(fourth.changes.map(\.key) == [Fixtures.expenditure(3).id])
        let pushed3 = try #require(third.changes.first { $0.key == Fixtures.expenditure(3).id })
        #expect(fourth.changes[0].base == pushed3.version && pushed3.version.clock == 3_000)
        #expect(fourth.changes[0].version.clock == 4_000)
        // The second push was never acknowledged: the third carries row 1 again, with the clock it was given then.
        #expect(
            third.changes.count == 2
                && third.changes.first { $0.key == Fixtures.expenditure(1).id }?.version.clock == 2_000
        )
    }

    @Test("a new device's first pull: rows and versions stored, nothing in the change log, the digest right")
    func firstPull() throws {
        let folder = TemporaryFolder()
        let db = try StreetDatabase.create(at: folder.file("street.db"), settings: Fixtures.settings)
        func pulled(_ n: Int, clock: Int64) -> SyncChange {
            let e = Fixtures.expenditure(n)
            return SyncChange(
                table: .expenditures,
                operation: .upsert,
                key: e.id,
                office: "wangluyuan",
                values: e.syncValues,
                version: RowVersion(clock: clock, device: "other")
            )
        }
        // Two values of one natural key (made on two devices before either synced): the later one stays.
        func value(_ id: String, number: Double) -> SyncChange {
            let v = IndicatorValue(
                id: id,
                office: "wangluyuan",
                indicator: "JD01",
                period: .quarter(2021, 1),
                value: .number(number)
            )
            return SyncChange(
                table: .indicatorValues,
                operation: .upsert,
                key: id,
                office: "wangluyuan",
                values: v.syncValues,
                version: RowVersion(clock: 7, device: "other")
            )
        }
        let tombstone = SyncChange(
            table: .expenditures,
            operation: .delete,
            key: Fixtures.expenditure(999).id,
            office: "wangluyuan",
            values: [],
            version: RowVersion(clock: 9, device: "other")
        )
        let first = "10000000-0000-4000-8000-000000000001"
        let second = "10000000-0000-4000-8000-000000000002"
        try db.applyPull(
            (0..<300).map { pulled($0, clock: 100 + Int64($0)) } + [
                value(first, number: 1), value(second, number: 2), tombstone,
            ],
            referenceCursor: 0,
            rowCursor: 301
        )
        #expect(try db.digest().count == 301)
        #expect(try db.digest() == db.recomputedDigest())
        // The value that gave way is a tombstone to send; nothing else entered the log.
        let pending = try db.pendingChanges(after: 0)
        #expect(pending.map(\.change.key) == [first] && pending[0].change.operation == .delete)
        #expect(try db.syncState().rowCursor == 301)
        // The triggers are back: a local edit is logged, and the next push bases it on the pulled version.
        try db.write { w in
            var e = Fixtures.expenditure(5)
            e.note = "本地"
            try w.update(e)
        }
        let push = try db.preparePush(device: "dev", repair: false, now: 1_000)
        let edit = try #require(push.changes.first { $0.key == Fixtures.expenditure(5).id })
        #expect(edit.base == RowVersion(clock: 105, device: "other"))
        #expect(try db.digest() == db.recomputedDigest())
    }

    @Test("snapshot carries every own row with its sequence and digest")
    func snapshot() throws {
        let folder = TemporaryFolder()
        let db = try StreetDatabase.create(at: folder.file("street.db"), settings: Fixtures.settings)
        try db.write { w in
            for n in 0..<50 { try w.insert(Fixtures.expenditure(n)) }
            try w.setNarrative(project: "JD2021", year: 2021, section: .problems, text: "问题")
        }
        let snapshot = try db.snapshot()
        #expect(snapshot.rows.count == 51 && snapshot.sequence == 51)
        var digest = SyncDigest.empty
        for row in snapshot.rows { digest.toggle(TableSpec.hash(table: row.table, values: row.values), counting: 1) }
        #expect(digest == snapshot.digest)
    }

    @Test("reference data applies in one transaction and moves the cursor")
    func reference() throws {
        let folder = TemporaryFolder()
        let db = try StreetDatabase.create(at: folder.file("street.db"), settings: Fixtures.settings)
        #expect(try db.reference().isEmpty)
        let changes = [
            SyncChange(
                table: .projects,
                operation: .upsert,
                key: "JD2021/2021",
                office: "",
                values: Fixtures.project.syncValues
            ),
            SyncChange(
                table: .funds,
                operation: .upsert,
                key: "JD2021/BJ/2021",
                office: "",
                values: Fixtures.fund.syncValues
            ),
            SyncChange(
                table: .categories,
                operation: .upsert,
                key: "JD2021/XC/2021",
                office: "",
                values: Fixtures.category.syncValues
            ),
            SyncChange(
                table: .indicators,
                operation: .upsert,
                key: "JD01/2021",
                office: "",
                values: Fixtures.indicator.syncValues
            ),
        ]
        try db.applyReference(changes, cursor: 4)
        let reference = try db.reference()
        #expect(reference.projects == [Fixtures.project] && reference.funds == [Fixtures.fund])
        #expect(reference.categories == [Fixtures.category] && reference.indicators == [Fixtures.indicator])
        #expect(try db.syncState().referenceCursor == 4)
        try db.applyReference(
            [SyncChange(table: .funds, operation: .delete, key: "JD2021/BJ/2021", office: "", values: [])],
            cursor: 5
        )
        #expect(try db.reference().funds.isEmpty)
        // Office-owned rows never come from the district.
        let error = #expect(throws: StorageError.self) {
            try db.applyReference(
                [
                    SyncChange(
                        table: .expenditures,
                        operation: .upsert,
                        key: "x",
                        office: "o",
                        values: Fixtures.expenditure(1).syncValues
                    )
                ],
                cursor: 6
            )
        }
        #expect(error?.code == .notAuthorized)
        #expect(try db.syncState().referenceCursor == 5)
    }
}

@Suite("Street writer bulk insert")
struct StreetWriterBulkTests {
    @Test("insert(contentsOf:) leaves the rows, change log and digest that one insert per row leaves")
    func bulkMatchesOneByOne() throws {
        let folder = TemporaryFolder()
        let rows = (1...50).map { Fixtures.expenditure($0) }
        let single = try StreetDatabase.create(at: folder.file("single.db"), settings: Fixtures.settings)
        try single.write { writer in for row in rows { try writer.insert(row) } }
        let bulk = try StreetDatabase.create(at: folder.file("bulk.db"), settings: Fixtures.settings)
        try bulk.write { writer in try writer.insert(contentsOf: rows) }
        #expect(try bulk.expenditures() == single.expenditures())
        #expect(try bulk.expenditures().count == 50)
        #expect(try bulk.pendingChanges(after: 0) == single.pendingChanges(after: 0))
        #expect(try bulk.pendingCount() == 50)
        #expect(try bulk.digest() == single.digest())
        #expect(try bulk.read { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") } == -2000)
        let found = try bulk.expenditures(ids: [rows[3].id, "missing", rows[7].id])
        #expect(found == [rows[3].id: rows[3], rows[7].id: rows[7]])
    }

    /// Several chunks and a short last one (and staging batches likewise), after rows already stored and a deleted row (its
    /// tombstone in the change log gives way to the new insert, as with one insert per row).
    @Test("insert(contentsOf:) in batches matches one insert per row, tombstones and progress included")
    func batchesMatchOneByOne() throws {
        let folder = TemporaryFolder()
        let count = 2 * StreetWriter.bulkBatch + 7
        let earlier = (1...3).map { Fixtures.expenditure($0) }
        let rows = (4...(3 + count)).map { Fixtures.expenditure($0) } + [earlier[1]]
        func prepared(_ name: String) throws -> StreetDatabase {
            let db = try StreetDatabase.create(at: folder.file(name), settings: Fixtures.settings)
            try db.write { writer in
                for row in earlier { try writer.insert(row) }
                try writer.deleteExpenditure(id: earlier[1].id)
            }
            return db
        }
        let single = try prepared("single.db")
        try single.write { writer in for row in rows { try writer.insert(row) } }
        let bulk = try prepared("bulk.db")
        var reported: [Int] = []
        try bulk.write { writer in
            try writer.insert(contentsOf: rows, progress: { reported.append($0) }, chunkRows: 50)
        }
        #expect(try bulk.expenditures().count == count + 3)
        #expect(try bulk.expenditures() == single.expenditures())
        #expect(try bulk.pendingChanges(after: 0) == single.pendingChanges(after: 0))
        #expect(try bulk.pendingCount() == count + 3)
        #expect(try bulk.digest() == single.digest())
        #expect(reported == [0, 50, 100, count + 1])
        #expect(try Self.triggers(bulk) == Self.triggers(single))
    }

    /// The insert drops the change-log and digest triggers for its set-based work and puts them back: a failed
    /// insert rolls the drop back with the rows, and the triggers record later changes as before.
    @Test("insert(contentsOf:) puts the triggers back, also when it fails, and they still record changes")
    func triggersPutBack() throws {
        let folder = TemporaryFolder()
        let db = try StreetDatabase.create(at: folder.file("office.db"), settings: Fixtures.settings)
        let before = try Self.triggers(db)
        #expect(before.contains { $0.hasPrefix("expenditures_change_insert:") })
        #expect(before.contains { $0.hasPrefix("expenditures_digest_insert:") })
        try db.write { writer in try writer.insert(contentsOf: (1...10).map { Fixtures.expenditure($0) }) }
        #expect(try Self.triggers(db) == before)
        let digest = try db.digest()
        // Row 5 is stored: the insert fails at the primary key, after staging and after part of the move.
        #expect(throws: (any Error).self) {
            try db.write { writer in
                try writer.insert(contentsOf: (11...20).map { Fixtures.expenditure($0) } + [Fixtures.expenditure(5)])
            }
        }
        #expect(try Self.triggers(db) == before)
        #expect(try db.expenditures().count == 10)
        #expect(try db.pendingCount() == 10)
        #expect(try db.digest() == digest)
        try db.write { writer in try writer.insert(Fixtures.expenditure(30)) }
        #expect(try db.pendingCount() == 11)
        #expect(try db.digest().count == 11)
    }

    /// `name: sql` of every trigger, sorted.
    static func triggers(_ db: StreetDatabase) throws -> [String] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
                .map { "\($0["name"] as String): \($0["sql"] as String)" }
        }
    }
}

@Suite("Street writer ids")
struct StreetWriterIDTests {
    @Test("newID and idMinter give lowercase version-4 UUIDs, different every time", arguments: [false, true])
    func newIDIsUUIDv4(minter: Bool) throws {
        let mint = minter ? StreetWriter.idMinter() : StreetWriter.newID
        // More than one pool of the minter's random bytes (256 ids).
        let ids = (0..<600).map { _ in mint() }
        #expect(Set(ids).count == 600)
        for id in ids {
            let parsed = try #require(UUID(uuidString: id))
            #expect(parsed.uuidString.lowercased() == id)
            let scalars = Array(id.unicodeScalars)
            #expect(scalars[14] == "4")
            #expect("89ab".unicodeScalars.contains(scalars[19]))
        }
    }

    /// The value computed apart, with Python's hashlib: SHA-256 of the parts joined by U+001F, 16 bytes, version 8.
    @Test("derivedID is SHA-256 of the office and the key as a version-8 UUID, the same on every device")
    func derivedIDIsPinned() {
        #expect(
            StreetWriter.derivedID(office: "wangluyuan", ["JD01", "2021Q2", ""])
                == "80e523a2-c1a4-822d-b91d-5b6904cb5ffe"
        )
    }
}
