import Foundation
import GRDB
import JixiaoModels

/// What the district holds of one office row: its version, whether it is a tombstone, its revision.
struct StoredVersion {
    var version: RowVersion
    var deleted: Bool
    /// The stored row's hash, `nil` when the row is not in its table.
    var hash: RowHash?
    /// What the stored row's review lock is computed from (Docs/Review.md): its project (an indicator value's
    /// indicator) and its year's text (a date's or period's first four characters; a narrative's year).
    var lockSource: (code: String, year: String)? = nil
}

extension DistrictDatabase {
    /// The office's row revision: every write of one of its rows or conflicts takes the next one.
    static func rowRevision(_ db: Database, office: String) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT row_rev FROM office_sync WHERE office = ?", arguments: [office]) ?? 0
    }

    /// The version the district holds of `change`'s row, with the stored row's hash (one query: a replay of a large
    /// push reads each row once).
    static func storedVersion(_ db: Database, office: String, change: SyncChange) throws -> StoredVersion? {
        try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT r.clock, r.device, r.deleted, t.rh1, t.rh2, \(lockColumns(change.table)) FROM office_rows r
                    LEFT JOIN \(change.table.sqlName) t ON t.office = r.office AND t.id = r.row_id
                    WHERE r.office = ? AND r.tbl = ? AND r.row_id = ?
                    """
            ),
            arguments: [office, change.table.rawValue, change.key]
        ).map { row in
            let h1: Int64? = row[3]
            let h2: Int64? = row[4]
            let code: String? = row[5]
            let year: String? = row[6]
            return StoredVersion(
                version: RowVersion(clock: row[0], device: row[1]),
                deleted: row[2],
                hash: h1.flatMap { h1 in h2.map { RowHash(h1: h1, h2: $0) } },
                lockSource: code.flatMap { code in year.map { (code, $0) } }
            )
        }
    }

    /// The columns of a stored row its review lock is computed from (`StoredVersion.lockSource`), read with its
    /// version in one query.
    private static func lockColumns(_ table: SyncTable) -> String {
        // english: SQL
        switch table {
        case .expenditures: "t.project, substr(t.date, 1, 4)"
        case .indicatorValues: "t.indicator, substr(t.period, 1, 4)"
        case .narratives: "t.project, CAST(t.year AS TEXT)"
        default: "NULL, NULL"
        }
    }

    /// Whether the district's row is exactly what `change` says (an upsert with the same values; a tombstone).
    static func holds(_ stored: StoredVersion, change: SyncChange) -> Bool {
        switch change.operation {
        case .delete:
            return stored.deleted && stored.hash == nil
        case .upsert:
            return !stored.deleted && stored.hash == TableSpec.hash(table: change.table, values: change.values)
        }
    }

    /// The row as the district holds it now, as a change (a tombstone when deleted).
    static func storedChange(_ db: Database, office: String, change: SyncChange, deleted: Bool) throws -> SyncChange {
        let spec = TableSpec.of(change.table)
        if !deleted,
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT \(spec.columnList) FROM \(change.table.sqlName) WHERE office = ? AND id = ?"
                ),
                arguments: [office, change.key]
            )
        {
            let values = RowCodec.values(row, count: spec.columns.count)
            return SyncChange(table: change.table, operation: .upsert, key: change.key, office: office, values: values)
        }
        return SyncChange(table: change.table, operation: .delete, key: change.key, office: office, values: [])
    }

    static func sameContent(_ a: SyncChange, _ b: SyncChange) -> Bool {
        a.operation == b.operation && (a.operation == .delete || a.values == b.values)
    }

    static func storeVersion(_ db: Database, office: String, change: SyncChange, revision: Int64) throws {
        // Once per pushed row: bound directly (DirectStatement).
        let statement = try DirectStatement(db, cached: storeVersionSQL)
        try statement.bind(office, at: 1)
        try statement.bind(Int64(change.table.rawValue), at: 2)
        try statement.bind(change.key, at: 3)
        try statement.bind(change.version.clock, at: 4)
        try statement.bind(change.version.device, at: 5)
        try statement.bind(change.operation == .delete ? 1 : 0, at: 6)
        try statement.bind(revision, at: 7)
        try statement.execute()
    }

    private static let storeVersionSQL = """
        INSERT INTO office_rows (office, tbl, row_id, clock, device, deleted, rev) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (office, tbl, row_id) DO UPDATE SET clock = excluded.clock, device = excluded.device,
          deleted = excluded.deleted, rev = excluded.rev
        """

    /// Keeps the losing version of a row (Protocol.md §10.7): never silently dropped.
    static func recordConflict(
        _ db: Database,
        office: String,
        loser: SyncChange,
        loserVersion: RowVersion,
        winner: SyncChange,
        winnerVersion: RowVersion? = nil,
        revision: Int64,
        at time: String
    ) throws {
        let winnerVersion = winnerVersion ?? winner.version
        var blob: [UInt8] = []
        for value in loser.values { CanonicalRow.append(value, to: &blob) }
        try db.cachedStatement(
            sql: """
                INSERT INTO conflicts (office, tbl, row_id, loser_op, loser_clock, loser_device, winner_op, winner_clock,
                  winner_device, loser_values, loser_text, recorded_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                office, loser.table.rawValue, loser.key, loser.operation.rawValue, loserVersion.clock,
                loserVersion.device, winner.operation.rawValue, winnerVersion.clock, winnerVersion.device,
                Data(blob), ConflictRecord.describe(loser), time, revision,
            ]
        )
    }

    /// The district's state of one office row as a change with its version (base = version): an upsert, or a
    /// tombstone when the row is deleted or gone. `row` holds, from `offset`, the version's clock and device,
    /// `deleted`, whether the row exists, then the table's canonical columns.
    static func heldChange(_ row: Row, offset: Int, table: SyncTable, key: String, office: String) -> SyncChange {
        let version = RowVersion(clock: row[offset], device: row[offset + 1])
        let deleted: Bool = row[offset + 2]
        let exists: Bool = row[offset + 3]
        let live = !deleted && exists
        return SyncChange(
            table: table,
            operation: live ? .upsert : .delete,
            key: key,
            office: office,
            values: live ? RowCodec.values(row, offset: offset + 4, count: TableSpec.of(table).columns.count) : [],
            version: version,
            base: version
        )
    }

    /// What a device pulls (Protocol.md §4.9, §10.6): reference changes after `referenceCursor`, then the office's
    /// rows (tombstones included) and conflicts whose revision is after `rowCursor`, with the cursors to store, from
    /// one read transaction.
    /// - Parameters:
    ///   - skipping: revisions the session's own pushes took: none of them is read when they are all the device's
    ///     own rows, else the rows among them whose version is `device`'s are left out (the device holds them).
    ///   - device: the pulling device.
    public func pullChanges(
        office: String,
        referenceCursor: Int64,
        rowCursor: Int64,
        skipping: PushedRevisions? = nil,
        device: String = ""
    ) throws -> PullChanges {
        var changes: [SyncChange] = []
        let cursors = try pullChanges(
            office: office,
            referenceCursor: referenceCursor,
            rowCursor: rowCursor,
            skipping: skipping,
            device: device
        ) { changes.append($0) }
        return PullChanges(changes: changes, referenceCursor: cursors.referenceCursor, rowCursor: cursors.rowCursor)
    }

    /// The same pull handed over one change at a time, inside the read transaction, so that the server compresses
    /// a large pull as it reads it rather than holding every row.
    /// - Returns: the cursors to store after the pull.
    public func pullChanges(
        office: String,
        referenceCursor: Int64,
        rowCursor: Int64,
        skipping: PushedRevisions? = nil,
        device: String = "",
        into sink: (SyncChange) throws -> Void
    ) throws -> (referenceCursor: Int64, rowCursor: Int64) {
        try read { db in
            let reference = try Self.referenceChanges(db, since: referenceCursor)
            for change in reference.changes { try sink(change) }
            // The revisions after the cursor, in up to three ranges: before the session's pushes, their own
            // revisions (read only when something else may lie among them, and then without the device's rows),
            // and after them. Each is one index range of office_rows_rev.
            var ranges: [(from: Int64, to: Int64, otherDevices: Bool)] = []
            if let skipping {
                let (low, high) = (skipping.range.lowerBound, skipping.range.upperBound)
                if rowCursor < low - 1 { ranges.append((rowCursor + 1, low - 1, false)) }
                if !skipping.onlyOwnRows && rowCursor < high { ranges.append((max(rowCursor + 1, low), high, true)) }
                ranges.append((max(rowCursor, high) + 1, Int64.max, false))
            } else {
                ranges.append((rowCursor + 1, Int64.max, false))
            }
            for table in StreetDatabase.ownedTables {
                let spec = TableSpec.of(table)
                let columns = spec.columns.map { "t.\($0.name)" }.joined(separator: ", ")
                for range in ranges {
                    let rows = try Row.fetchCursor(
                        db,
                        sql: """
                            SELECT r.row_id, r.clock, r.device, r.deleted, t.id IS NOT NULL, \(columns) FROM office_rows r
                            LEFT JOIN \(table.sqlName) t ON t.office = r.office AND t.id = r.row_id
                            WHERE r.office = ? AND r.rev BETWEEN ? AND ? AND r.tbl = ? AND NOT (? AND r.device = ?)
                            ORDER BY r.rev
                            """,
                        arguments: [office, range.from, range.to, table.rawValue, range.otherDevices, device]
                    )
                    while let row = try rows.next() {
                        try sink(Self.heldChange(row, offset: 1, table: table, key: row[0], office: office))
                    }
                }
            }
            for conflict in try Self.conflicts(db, office: office, after: rowCursor) { try sink(conflict.change) }
            for review in try Self.reviews(db, office: office, after: rowCursor) { try sink(review.change) }
            for refused in try Self.refusedChanges(db, office: office, after: rowCursor) { try sink(refused.change) }
            return (reference.cursor, try Self.rowRevision(db, office: office))
        }
    }

    static func conflicts(_ db: Database, office: String?, after revision: Int64) throws -> [ConflictRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, office, tbl, row_id, loser_op, loser_clock, loser_device, winner_op, winner_clock,
                  winner_device, loser_text, recorded_at FROM conflicts
                WHERE (? IS NULL OR office = ?) AND rev > ? ORDER BY id
                """,
            arguments: [office, office, revision]
        ).map { row in
            ConflictRecord(
                id: String(row[0] as Int64),
                office: row[1],
                table: SyncTable(rawValue: UInt8(row[2] as Int64)).map(\.sqlName) ?? "table \(row[2] as Int64)",
                key: row[3],
                loserOperation: (row[4] as Int64) == 2 ? "delete" : "edit",
                loserVersion: RowVersion(clock: row[5], device: row[6]),
                winnerOperation: (row[7] as Int64) == 2 ? "delete" : "edit",
                winnerVersion: RowVersion(clock: row[8], device: row[9]),
                loserValues: row[10],
                recordedAt: row[11]
            )
        }
    }

    /// Every conflict the district recorded, of one office or of all, oldest first.
    public func conflicts(office: String? = nil) throws -> [ConflictRecord] {
        try read { db in try Self.conflicts(db, office: office, after: 0) }
    }

    /// The devices of an office that have synced, first synced first.
    /// - Throws: `StorageError.notFound` for an office that is not enrolled.
    public func devices(office: String) throws -> [DeviceRecord] {
        try read { db in
            _ = try Self.syncState(db, office: office)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT device, first_sync_at, last_sync_at, sessions, rows_pushed, revoked_at FROM devices
                    WHERE office = ? ORDER BY first_sync_at, device
                    """,
                arguments: [office]
            ).map { row in
                DeviceRecord(
                    office: office,
                    device: row[0],
                    firstSyncAt: row[1],
                    lastSyncAt: row[2],
                    sessions: row[3],
                    rowsPushed: row[4],
                    revokedAt: row[5]
                )
            }
        }
    }

    /// Refuses a device of an office from now on (a lost or replaced PC); its rows stay.
    /// - Throws: `StorageError.notFound` when the office has no such device.
    public func revokeDevice(office: String, device: String) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE devices SET revoked_at = ? WHERE office = ? AND device = ? AND revoked_at IS NULL",
                arguments: [ISO8601DateFormatter().string(from: Date()), office, device.lowercased()]
            )
            guard db.changesCount > 0 else {
                let known = try Bool.fetchOne(
                    db,
                    sql: "SELECT EXISTS (SELECT 1 FROM devices WHERE office = ? AND device = ?)",
                    arguments: [office, device.lowercased()]
                )
                if known == true { return }
                throw StorageError.notFound(tr("storage.no-device", ["office": office, "device": device]))
            }
            try AuditTrail.record(
                db,
                action: "office.revoke-device",
                office: office,
                note: "device \(device.lowercased())"
            )
        }
    }

    static func deviceClock(_ db: Database, office: String, device: String) throws -> Int64 {
        try Int64.fetchOne(
            db,
            sql: "SELECT max_clock FROM devices WHERE office = ? AND device = ?",
            arguments: [office, device]
        ) ?? 0
    }

    static func isDeviceRevoked(_ db: Database, office: String, device: String) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: "SELECT revoked_at IS NOT NULL FROM devices WHERE office = ? AND device = ?",
            arguments: [office, device]
        ) ?? false
    }
}
