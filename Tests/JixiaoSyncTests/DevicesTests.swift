import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import JixiaoTestSupport
import Testing

/// Issue 11's acceptance: one office, several devices; the district is the office's backup and nothing is lost.
@Suite("Devices: one office, several street databases, rows both ways, conflicts kept (Protocol.md §10.6–§10.8)")
struct DevicesTests {
    /// Every office row a device holds, every column, by `table/key`.
    static func rows(_ street: StreetDatabase) throws -> [String: [SyncValue]] {
        var rows: [String: [SyncValue]] = [:]
        for change in try street.snapshot().rows { rows["\(change.table)/\(change.key)"] = change.values }
        return rows
    }

    /// Every row of the office the district holds, every column, by `table/key`.
    static func rows(_ district: DistrictDatabase, office: String) throws -> [String: [SyncValue]] {
        var rows: [String: [SyncValue]] = [:]
        for change in try district.pullChanges(office: office, referenceCursor: 0, rowCursor: 0).changes
        where change.table.isOfficeOwned && change.operation == .upsert {
            rows["\(change.table)/\(change.key)"] = change.values
        }
        return rows
    }

    static func edit(_ street: StreetDatabase, id: String, note: String) throws {
        guard var row = try street.expenditure(id: id) else {
            Issue.record("no expenditure \(id)")
            return
        }
        row.note = note
        try street.write { try $0.update(row) }
    }

    @Test(
        "a new device restores the office's 1,000 rows; edits on both, of one row and against a delete, in turns and at once: all identical, conflicts listed on both sides"
    )
    func twoDevices() async throws {
        try await SyncFixture.with(offices: ["A"]) { fixture in
            let first = try fixture.street("A")
            try await SyncFixture.record(first, expenditures: 900, values: 100)
            _ = try await fixture.client(first).sync()

            // A second `street init` of the office on a new file: its first sync downloads everything.
            let second = try fixture.street("A")
            let restored = try await fixture.client(second).sync()
            #expect(restored.pushed == 0)
            #expect(try Self.rows(second).count == 1_000)
            #expect(try Self.rows(second) == Self.rows(first))
            let counts = try fixture.district.rowCounts(office: "A")
            #expect(counts.expenditures + counts.values == 1_000)

            // Both edit: the same row on both (X), an edit against a delete (Y), and rows of their own.
            let ids = try first.expenditures().map(\.id).sorted()
            let (x, y, z) = (ids[0], ids[1], ids[2])
            try Self.edit(first, id: x, note: "first device")
            try first.write { try $0.deleteExpenditure(id: y) }
            try await SyncFixture.record(first, expenditures: 5, tag: "first")
            try Self.edit(second, id: x, note: "second device")
            try Self.edit(second, id: y, note: "edited on the second device")
            try second.write { try $0.deleteExpenditure(id: z) }
            try await SyncFixture.record(second, expenditures: 5, tag: "second")

            // In turns: the second device's versions are the later ones, so they win both conflicts.
            _ = try await fixture.client(first).sync()
            let turn = try await fixture.client(second).sync()
            #expect(turn.conflicts == 2)
            _ = try await fixture.client(first).sync()
            #expect(try first.expenditure(id: x)?.note == "second device")
            #expect(try first.expenditure(id: y)?.note == "edited on the second device")
            #expect(try first.expenditure(id: z) == nil)

            // At the same time: both edit one row again and sync together, twice.
            let w = ids[3]
            for round in 0..<2 {
                try Self.edit(first, id: w, note: "first, round \(round)")
                try Self.edit(second, id: w, note: "second, round \(round)")
                try await SyncFixture.record(first, expenditures: 2, tag: "f\(round)")
                try await SyncFixture.record(second, expenditures: 2, tag: "s\(round)")
                async let a = fixture.client(first).sync()
                async let b = fixture.client(second).sync()
                _ = try await (a, b)
            }
            // One more sync each, in turns, so each has pulled what the other pushed last.
            _ = try await fixture.client(first).sync()
            _ = try await fixture.client(second).sync()
            _ = try await fixture.client(first).sync()

            let district = try Self.rows(fixture.district, office: "A")
            #expect(district.count == 1_017)  // 1,000 − Z deleted (Y came back: the later edit won) + 10 + 8 added
            #expect(try Self.rows(first) == district)
            #expect(try Self.rows(second) == district)
            #expect(try fixture.converged(first, office: "A") && fixture.converged(second, office: "A"))

            // The losing versions are kept: at the district and, after their last sync, on both devices.
            let kept = try fixture.district.conflicts(office: "A")
            #expect(kept.contains { $0.key == x && $0.loserValues.contains("note=first device") })
            #expect(kept.contains { $0.key == y && $0.loserOperation == "delete" && $0.winnerOperation == "edit" })
            #expect(kept.contains { $0.key == w })
            #expect(try first.conflicts() == kept)
            #expect(try second.conflicts() == kept)
            let devices = try fixture.district.devices(office: "A")
            #expect(devices.count == 2 && devices.allSatisfy { $0.state == "active" && $0.sessions >= 4 })
        }
    }

    @Test("a revoked device is refused with a clear error; the office's other device keeps syncing and its rows stay")
    func revokedDevice() async throws {
        try await SyncFixture.with(offices: ["A"]) { fixture in
            let lost = try fixture.street("A")
            try await SyncFixture.record(lost, expenditures: 10)
            _ = try await fixture.client(lost).sync()
            let kept = try fixture.street("A")
            _ = try await fixture.client(kept).sync()
            try fixture.district.revokeDevice(office: "A", device: try lost.settings().epoch)
            let refused = await #expect(throws: SyncError.self) {
                _ = try await fixture.client(lost, attempts: 1).sync()
            }
            #expect(refused?.code == .deviceRevoked)
            #expect(refused?.message.contains("revoked") == true)
            _ = try await fixture.client(kept).sync()
            #expect(try fixture.district.rowCounts(office: "A").expenditures == 10)
            #expect(try fixture.district.devices(office: "A").map(\.state).sorted() == ["active", "revoked"])
        }
    }

    @Test(
        "a street.db restored from an older copy pulls what it lacks and pushes its unsent changes, also when its sequences repeat acknowledged ones and the connection is cut after PUSH_ACK"
    )
    func restoredStreetDatabase() async throws {
        try await SyncFixture.with(offices: ["A"]) { fixture in
            let proxy = CuttingProxy(target: fixture.port)
            let proxyPort = try await proxy.start()
            let office = try fixture.street("A")
            try await SyncFixture.record(office, expenditures: 40)
            _ = try await fixture.client(office).sync()
            let copy = fixture.directory.appendingPathComponent("copy.db").path
            _ = try SQLiteShell.execute("VACUUM INTO '\(copy)';", on: office.path)

            // After the copy: 11 new rows, 2 edits, a delete, all synced.
            let ids = try office.expenditures().map(\.id).sorted()
            try await SyncFixture.record(office, expenditures: 11, tag: "later")
            try Self.edit(office, id: ids[0], note: "edited after the copy")
            try Self.edit(office, id: ids[1], note: "edited after the copy")
            try office.write { try $0.deleteExpenditure(id: ids[2]) }
            _ = try await fixture.client(office).sync()

            // The copy comes back (a restore) and is edited until its sequences reach what was acknowledged before,
            // with other content; the connection is cut right after PUSH_ACK.
            let restored = try StreetDatabase.open(at: copy)
            try await SyncFixture.record(restored, expenditures: 3, tag: "restored")
            try Self.edit(restored, id: ids[5], note: "edited on the restored copy")
            proxy.plan = .afterFrames(.toClient, 3)  // CHALLENGE, AUTH_OK, PUSH_ACK
            await #expect(throws: SyncError.self) {
                _ = try await fixture.client(restored, attempts: 1, port: proxyPort).sync()
            }
            proxy.plan = .none
            _ = try await fixture.client(restored, port: proxyPort).sync()
            _ = try await fixture.client(office).sync()

            let district = try Self.rows(fixture.district, office: "A")
            #expect(district.count == 53)  // 40 + 11 − 1 deleted + 3 on the restored copy
            #expect(try Self.rows(restored) == district)
            #expect(try Self.rows(office) == district)
            #expect(try restored.expenditure(id: ids[0])?.note == "edited after the copy")
            #expect(try restored.expenditure(id: ids[2]) == nil)
            #expect(try office.expenditure(id: ids[5])?.note == "edited on the restored copy")
            #expect(try fixture.converged(restored, office: "A") && fixture.converged(office, office: "A"))
            // The district had later edits of the device than the copy remembered: the copy became a new device.
            #expect(try restored.settings().epoch != office.settings().epoch)
            #expect(try fixture.district.devices(office: "A").count == 2)
            await proxy.stop()
        }
    }

    @Test(
        "a district database restored from an older backup is detected (its row revision is behind) and the devices push back what it lacks"
    )
    func restoredDistrict() async throws {
        try await SyncFixture.with(offices: ["A"]) { fixture in
            let device = try fixture.street("A")
            try await SyncFixture.record(device, expenditures: 30)
            _ = try await fixture.client(device).sync()
            let backup = try fixture.district.pullChanges(office: "A", referenceCursor: 0, rowCursor: 0).rowCursor
            try await SyncFixture.record(device, expenditures: 10, tag: "after the backup")
            _ = try await fixture.client(device).sync()
            let other = try fixture.street("A")
            _ = try await fixture.client(other).sync()
            #expect(try other.expenditures().count == 40)

            // The district goes back to the backup: the 10 later rows and the revisions they took are gone.
            _ = try SQLiteShell.execute(
                """
                DELETE FROM expenditures WHERE office = 'A'
                  AND id IN (SELECT row_id FROM office_rows WHERE office = 'A' AND rev > \(backup));
                DELETE FROM office_rows WHERE office = 'A' AND rev > \(backup);
                UPDATE office_sync SET row_rev = \(backup) WHERE office = 'A';
                """,
                on: fixture.district.path
            )
            #expect(try fixture.district.rowCounts(office: "A").expenditures == 30)
            let repaired = try await fixture.client(device).sync()
            #expect(repaired.sentSnapshot)
            #expect(try fixture.district.rowCounts(office: "A").expenditures == 40)
            _ = try await fixture.client(other).sync()
            let district = try Self.rows(fixture.district, office: "A")
            #expect(district.count == 40)
            #expect(try Self.rows(device) == district && Self.rows(other) == district)
        }
    }

    @Test(
        "the same street.db copied to a second PC: the copy becomes a new device, and an edit both made of one row is a conflict kept on both sides"
    )
    func copiedDatabase() async throws {
        try await SyncFixture.with(offices: ["A"]) { fixture in
            let original = try fixture.street("A")
            try await SyncFixture.record(original, expenditures: 20)
            _ = try await fixture.client(original).sync()
            let path = fixture.directory.appendingPathComponent("second-pc.db").path
            _ = try SQLiteShell.execute("VACUUM INTO '\(path)';", on: original.path)
            let copy = try StreetDatabase.open(at: path)
            let row = try original.expenditures().map(\.id).sorted()[0]
            try Self.edit(original, id: row, note: "on the first PC")
            _ = try await fixture.client(original).sync()
            try Self.edit(copy, id: row, note: "on the second PC")
            try await SyncFixture.record(copy, expenditures: 2, tag: "second PC")
            let report = try await fixture.client(copy).sync()
            #expect(report.newDevice == (try copy.settings().epoch))
            #expect(report.description.contains("now syncs as a new device"))
            #expect(report.conflicts == 1)
            _ = try await fixture.client(original).sync()
            let district = try Self.rows(fixture.district, office: "A")
            #expect(district.count == 22)
            #expect(try Self.rows(original) == district && Self.rows(copy) == district)
            #expect(try original.expenditure(id: row)?.note == "on the second PC")
            let kept = try fixture.district.conflicts(office: "A")
            #expect(kept.count == 1 && kept[0].loserValues.contains("note=on the first PC"))
            #expect(try original.conflicts() == kept && copy.conflicts() == kept)
            #expect(try fixture.district.devices(office: "A").count == 2)
        }
    }
}
