import GRDB
import JixiaoModels

/// A change waiting to be acknowledged by the district, with its sequence number.
public struct PendingChange: Hashable, Sendable {
    public var sequence: Int64
    public var change: SyncChange

    public init(sequence: Int64, change: SyncChange) {
        self.sequence = sequence
        self.change = change
    }
}

/// Every row the office owns, as of `sequence` (for checks and tests; a repair push reads `preparePush`).
public struct OfficeSnapshot: Sendable {
    /// The highest change sequence included (the snapshot and this number come from one read transaction).
    public var sequence: Int64
    public var rows: [SyncChange]
    public var digest: SyncDigest
}

extension StreetDatabase {
    static let ownedTables: [SyncTable] = [.expenditures, .indicatorValues, .narratives, .submissions]

    /// Where the office stands with the district: acknowledged sequence, reference cursor, last run.
    public func syncState() throws -> StreetSyncState {
        try read { db in try Self.syncState(db) }
    }

    static func syncState(_ db: Database) throws -> StreetSyncState {
        let values = try settingsDictionary(db)
        return StreetSyncState(
            ackedSequence: try DatabaseFile.counter(values["acked_seq"], key: "acked_seq"),
            referenceCursor: try DatabaseFile.counter(values["ref_cursor"], key: "ref_cursor"),
            districtEpoch: values["district_epoch"] ?? "",
            lastSession: try lastSession(db, successfulOnly: false),
            rowCursor: try DatabaseFile.counter(values["row_cursor"] ?? "0", key: "row_cursor"),
            ownClock: try DatabaseFile.counter(values["own_clock"] ?? "0", key: "own_clock")
        )
    }

    static func lastSession(_ db: Database, successfulOnly: Bool) throws -> OfficeSessionRecord? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT started_at, finished_at, result, ok, pushed, pulled, bytes_sent, bytes_received, digest_match
                FROM sync_runs \(successfulOnly ? "WHERE ok = 1" : "") ORDER BY id DESC LIMIT 1
                """
        ).map { row in
            OfficeSessionRecord(
                startedAt: row[0],
                finishedAt: row[1],
                result: row[2],
                ok: row[3],
                pushed: row[4],
                pulled: row[5],
                bytesSent: row[6],
                bytesReceived: row[7],
                digestMatch: row[8]
            )
        }
    }

    /// The highest change sequence ever recorded (0 for none).
    public func highestSequence() throws -> Int64 {
        try read { db in try Self.highestSequence(db) }
    }

    static func highestSequence(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'changes'") ?? 0
    }

    /// How many changes wait for the district's acknowledgement.
    public func pendingCount() throws -> Int {
        try read { db in try Self.pendingCount(db) }
    }

    static func pendingCount(_ db: Database) throws -> Int {
        let acked = try DatabaseFile.counter(settingsDictionary(db)["acked_seq"], key: "acked_seq")
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM changes WHERE seq > ?", arguments: [acked]) ?? 0
    }

    /// The changes after `sequence`, in sequence order, each with the row's current values (or a tombstone).
    public func pendingChanges(after sequence: Int64) throws -> [PendingChange] {
        try read { db in
            var result: [PendingChange] = []
            // Tombstones carry the office code: read it once, not once per deleted row.
            let office = try Self.settingsDictionary(db)["office"] ?? ""
            for table in Self.ownedTables {
                let spec = TableSpec.of(table)
                let columns = spec.columns.map { "t.\($0.name)" }.joined(separator: ", ")
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT c.seq, c.op, c.row_id, t.id IS NOT NULL, \(columns) FROM changes c
                        LEFT JOIN \(table.sqlName) t ON t.id = c.row_id WHERE c.tbl = ? AND c.seq > ?
                        """,
                    arguments: [table.rawValue, sequence]
                )
                while let row = try rows.next() {
                    let op: Int = row[1]
                    let exists: Bool = row[3]
                    let key: String = row[2]
                    if op == 1 && exists {
                        let values = RowCodec.values(row, offset: 4, count: spec.columns.count)
                        result.append(
                            PendingChange(
                                sequence: row[0],
                                change: SyncChange(
                                    table: table,
                                    operation: .upsert,
                                    key: key,
                                    office: values[1].text,
                                    values: values
                                )
                            )
                        )
                    } else {
                        result.append(
                            PendingChange(
                                sequence: row[0],
                                change: SyncChange(
                                    table: table,
                                    operation: .delete,
                                    key: key,
                                    office: office,
                                    values: []
                                )
                            )
                        )
                    }
                }
            }
            result.sort { $0.sequence < $1.sequence }
            return result
        }
    }

    /// Every row the office owns, with the highest sequence and digest, from one read transaction.
    public func snapshot() throws -> OfficeSnapshot {
        try read { db in
            var rows: [SyncChange] = []
            for table in Self.ownedTables {
                let spec = TableSpec.of(table)
                let cursor = try Row.fetchCursor(db, sql: "SELECT \(spec.columnList) FROM \(table.sqlName) ORDER BY id")
                while let row = try cursor.next() {
                    let values = RowCodec.values(row, count: spec.columns.count)
                    rows.append(
                        SyncChange(
                            table: table,
                            operation: .upsert,
                            key: values[0].text,
                            office: values[1].text,
                            values: values
                        )
                    )
                }
            }
            return OfficeSnapshot(sequence: try Self.highestSequence(db), rows: rows, digest: try Self.digest(db))
        }
    }

    /// The digest of the office's rows, maintained by triggers (no table scan).
    public func digest() throws -> SyncDigest {
        try read { db in try Self.digest(db) }
    }

    static func digest(_ db: Database) throws -> SyncDigest {
        guard let row = try Row.fetchOne(db, sql: "SELECT n, h1, h2 FROM digest WHERE id = 1") else {
            throw StorageError.invalidData(
                tr("storage.digest-missing")
            )
        }
        return SyncDigest(count: row[0], h1: row[1], h2: row[2])
    }

    /// Recomputes the digest from every row (for checks and tests; a sync never needs it).
    public func recomputedDigest() throws -> SyncDigest {
        try read { db in
            var digest = SyncDigest.empty
            for table in Self.ownedTables {
                let spec = TableSpec.of(table)
                let cursor = try Row.fetchCursor(db, sql: "SELECT \(spec.columnList) FROM \(table.sqlName)")
                while let row = try cursor.next() {
                    digest.toggle(
                        TableSpec.hash(table: table, values: RowCodec.values(row, count: spec.columns.count)),
                        counting: 1
                    )
                }
            }
            return digest
        }
    }

    /// Records the district's acknowledgement: changes up to `sequence` are sent and leave the log.
    /// - Parameter districtEpoch: the district database's epoch, remembered to detect a restored district.
    public func acknowledge(upTo sequence: Int64, districtEpoch: String) throws {
        try mapping {
            try queue.write { db in try Self.acknowledge(db, upTo: sequence, districtEpoch: districtEpoch) }
        }
    }

    static func acknowledge(_ db: Database, upTo sequence: Int64, districtEpoch: String) throws {
        let acked = try DatabaseFile.counter(Self.settingsDictionary(db)["acked_seq"], key: "acked_seq")
        let newAcked = max(acked, sequence)
        try db.execute(
            sql: "UPDATE settings SET value = ? WHERE key = 'acked_seq'",
            arguments: [String(newAcked)]
        )
        try db.execute(
            sql: "UPDATE settings SET value = ? WHERE key = 'district_epoch'",
            arguments: [districtEpoch]
        )
        try db.execute(sql: "DELETE FROM changes WHERE seq <= ?", arguments: [newAcked])
    }

    /// Applies reference data pulled from the district, in one transaction, and moves the cursor.
    /// - Throws: `StorageError.notAuthorized` if a change is not reference data.
    public func applyReference(_ changes: [SyncChange], cursor: Int64) throws {
        try mapping {
            try queue.write { db in
                for change in changes {
                    guard change.table.isReference else {
                        throw StorageError.notAuthorized(
                            tr("storage.district-sent-office-table", ["table": "\(change.table)"])
                        )
                    }
                    try Self.applyReferenceChange(change, db: db)
                }
                try db.execute(
                    sql: "UPDATE settings SET value = ? WHERE key = 'ref_cursor'",
                    arguments: [String(cursor)]
                )
            }
        }
    }

    static func applyReferenceChange(_ change: SyncChange, db: Database) throws {
        let spec = TableSpec.of(change.table)
        switch change.operation {
        case .upsert:
            try spec.check(change.values, key: change.key)
            try db.cachedStatement(sql: RowCodec.upsertSQL(spec, conflictColumns: spec.keyColumns))
                .execute(arguments: StatementArguments(RowCodec.arguments(change.values)))
        case .delete:
            let condition = spec.keyColumns.map { "\($0) = ?" }.joined(separator: " AND ")
            try db.execute(
                sql: "DELETE FROM \(change.table.sqlName) WHERE \(condition)",
                arguments: StatementArguments(spec.keyValues(of: change.key))
            )
        }
    }

    /// Records one sync attempt for `street status`.
    public func record(_ run: OfficeSessionRecord) throws {
        try mapping {
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO sync_runs (started_at, finished_at, result, ok, pushed, pulled, bytes_sent, bytes_received, digest_match)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        run.startedAt, run.finishedAt, run.result, run.ok, run.pushed, run.pulled, run.bytesSent,
                        run.bytesReceived, run.digestMatch,
                    ]
                )
            }
        }
    }
}
