import Foundation
import GRDB
import JixiaoModels

/// What one push of a device sends: the changes with their versions and bases, and the highest sequence they
/// cover (Protocol.md §10.3, §10.6).
public struct PreparedPush: Sendable {
    /// The changes in the order `preparePush(device:repair:copying:now:into:)` hands them over.
    public var changes: [SyncChange]
    /// The highest change sequence included; 0 when the log never held a change.
    public var sequence: Int64
    /// How many of `changes` are the device's own pending edits (the rest are copies).
    public var edits: Int
}

/// What a push handed over besides its changes: what `acknowledgePush` needs once the district confirms it.
public struct PushPreparation: Sendable {
    /// The highest change sequence included; 0 when the log never held a change.
    public var sequence: Int64
    /// The device's own pending edits, with their versions and bases but without their values.
    public var edits: [SyncChange]
    /// How many changes were handed over: the edits and, for a repair, the copies.
    public var count: Int
}

extension StreetDatabase {
    /// Gives every pending change that has none a version clock, then hands over the pending changes with their
    /// versions, and for a repair a copy of every other row, in one write transaction.
    ///
    /// The changes come table by table (expenditures, indicator values, narratives, submissions), each table's in
    /// key order (the order of the district's B-trees, so that a large push is stored page by page; read through
    /// the log's (table, key) index), then the copies: so a submission follows every row it covers, as the district's locks
    /// expect (Docs/Review.md), and the rows can be compressed while they are read (`Handoff`). Keys are unique
    /// within a push, so no other order matters.
    ///
    /// A clock is assigned once: a push that is retried after a lost PUSH_ACK carries the same versions, so the
    /// district recognises its content and writes nothing twice (Protocol.md §10.3.1). The clock is the hybrid
    /// logical clock of §10.6: milliseconds since 1970, moved past every clock this device has seen.
    /// - Parameters:
    ///   - device: this device's id (the database epoch).
    ///   - repair: whether to add a copy of every row without a pending change.
    ///   - copying: with `repair`, copy only these rows (a digest repair's differences, Protocol.md §10.9); `nil`
    ///     copies every row.
    ///   - now: the wall clock in milliseconds since 1970.
    ///   - announce: for a push that is not a repair, called before the first change with how many changes follow
    ///     and the highest sequence they cover (`PushPreparation`'s count and sequence), so that the push can be
    ///     sent as it is read.
    ///   - sink: called with each change.
    public func preparePush(
        device: String,
        repair: Bool,
        copying: Set<RowKey>? = nil,
        now: Int64,
        announce: ((_ count: Int, _ sequence: Int64) throws -> Void)? = nil,
        into sink: (SyncChange) throws -> Void
    ) throws -> PushPreparation {
        try mapping {
            try queue.write { db in
                let values = try Self.settingsDictionary(db)
                let acked = try DatabaseFile.counter(values["acked_seq"], key: "acked_seq")
                let clock = max(now, try DatabaseFile.counter(values["clock"], key: "clock") + 1)
                try db.execute(sql: "UPDATE changes SET clock = ? WHERE clock IS NULL", arguments: [clock])
                if db.changesCount > 0 {
                    for key in ["clock", "own_clock"] {
                        try db.execute(
                            sql:
                                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                            arguments: [key, String(clock)]
                        )
                    }
                }
                let office = values["office"] ?? ""
                if let announce, !repair {
                    let tables = Self.ownedTables.map { "\($0.rawValue)" }.joined(separator: ", ")
                    let count = try Int.fetchOne(
                        db,
                        sql: "SELECT COUNT(*) FROM changes WHERE seq > ? AND tbl IN (\(tables))",
                        arguments: [acked]
                    )
                    try announce(count ?? 0, try Self.highestSequence(db))
                }
                var edits: [SyncChange] = []
                for table in Self.ownedTables {
                    let spec = TableSpec.of(table)
                    let columns = spec.columns.map { "t.\($0.name)" }.joined(separator: ", ")
                    // Once per pushed row: read in place (DirectStatement), not through GRDB's `Row`.
                    let rows = try DirectStatement(
                        db,
                        cached: """
                            SELECT c.seq, c.op, c.row_id, c.clock, v.clock, v.device, t.id IS NOT NULL, \(columns)
                            FROM changes c LEFT JOIN \(table.sqlName) t ON t.id = c.row_id
                            LEFT JOIN row_versions v ON v.tbl = c.tbl AND v.row_id = c.row_id
                            WHERE c.tbl = ? AND c.seq > ? ORDER BY c.row_id
                            """
                    )
                    try rows.bind([], then: Int64(table.rawValue), acked)
                    defer { rows.reset() }
                    while try rows.step() {
                        let live = rows.int64(at: 1) == 1 && rows.int64(at: 6) != 0
                        let version = RowVersion(clock: rows.isNull(at: 3) ? clock : rows.int64(at: 3), device: device)
                        let base =
                            rows.isNull(at: 4)
                            ? RowVersion.none
                            : RowVersion(clock: rows.int64(at: 4), device: rows.text(at: 5))
                        var change = SyncChange(
                            table: table,
                            operation: live ? .upsert : .delete,
                            key: rows.text(at: 2),
                            office: office,
                            values: live ? rows.values(from: 7, count: spec.columns.count) : [],
                            version: version,
                            base: base
                        )
                        try sink(change)
                        change.values = []
                        edits.append(change)
                    }
                }
                var copies = 0
                if repair {
                    for table in Self.ownedTables {
                        let spec = TableSpec.of(table)
                        let all = spec.columns.map { "t.\($0.name)" }.joined(separator: ", ")
                        let others = try Row.fetchCursor(
                            db,
                            sql: """
                                SELECT v.clock, v.device, \(all) FROM \(table.sqlName) t
                                LEFT JOIN row_versions v ON v.tbl = ? AND v.row_id = t.id
                                WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.tbl = ? AND c.row_id = t.id AND c.seq > ?)
                                """,
                            arguments: [table.rawValue, table.rawValue, acked]
                        )
                        while let row = try others.next() {
                            if let copying, !copying.contains(RowKey(table: table, key: row[2])) { continue }
                            let version = (row[0] as Int64?).map { RowVersion(clock: $0, device: row[1]) } ?? .none
                            let values = RowCodec.values(row, offset: 2, count: spec.columns.count)
                            try sink(
                                SyncChange(
                                    table: table,
                                    operation: .upsert,
                                    key: values[0].text,
                                    office: values[1].text,
                                    values: values,
                                    version: version,
                                    base: version
                                )
                            )
                            copies += 1
                        }
                    }
                }
                return PushPreparation(
                    sequence: try Self.highestSequence(db),
                    edits: edits,
                    count: edits.count + copies
                )
            }
        }
    }

    /// The same, collected: the changes in the order above.
    public func preparePush(
        device: String,
        repair: Bool,
        copying: Set<RowKey>? = nil,
        now: Int64
    ) throws -> PreparedPush {
        var changes: [SyncChange] = []
        let preparation = try preparePush(device: device, repair: repair, copying: copying, now: now) {
            changes.append($0)
        }
        return PreparedPush(changes: changes, sequence: preparation.sequence, edits: preparation.edits.count)
    }

    /// Records the district's acknowledgement of a push: the versions of the edits it carried become the rows'
    /// known versions, and changes up to `sequence` leave the log.
    ///
    /// With `confirmed`, the work is done in a write transaction that commits only if `confirmed` (called at its end,
    /// and free to wait) returns true: so a device can prepare the acknowledgement while the district still stores
    /// the push, and commit it the moment PUSH_ACK arrives, or roll it back if it does not.
    /// - Parameter districtEpoch: the district database's epoch, remembered to detect a recreated district.
    /// - Returns: whether it was recorded (false only when `confirmed` returned false; nothing was written then).
    @discardableResult
    public func acknowledgePush(
        upTo sequence: Int64,
        edits: [SyncChange],
        districtEpoch: String,
        confirmed: (() -> Bool)? = nil
    ) throws -> Bool {
        try mapping {
            do {
                try queue.write { db in
                    try Self.recordAcknowledgement(db, upTo: sequence, edits: edits, districtEpoch: districtEpoch)
                    if let confirmed, !confirmed() { throw Withdrawn() }
                }
                return true
            } catch is Withdrawn {
                return false
            }
        }
    }

    /// What rolls back an acknowledgement that was not confirmed.
    private struct Withdrawn: Error {}

    private static func recordAcknowledgement(
        _ db: Database,
        upTo sequence: Int64,
        edits: [SyncChange],
        districtEpoch: String
    ) throws {
        // Usually every pushed edit's change is still in the log with the clock it was pushed with: one
        // statement records them all, in key order. An edit changed again during the push has left the log
        // (its new change comes later), so the count differs, and then each edit is written as pushed.
        if let device = edits.first?.version.device {
            try db.execute(
                sql: """
                    INSERT INTO row_versions (tbl, row_id, clock, device)
                    SELECT tbl, row_id, clock, ? FROM changes WHERE seq <= ? AND clock IS NOT NULL
                    ORDER BY tbl, row_id
                    ON CONFLICT (tbl, row_id) DO UPDATE SET clock = excluded.clock, device = excluded.device
                    """,
                arguments: [device, sequence]
            )
            if db.changesCount == edits.count {
                try Self.acknowledge(db, upTo: sequence, districtEpoch: districtEpoch)
                return
            }
        }
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO row_versions (tbl, row_id, clock, device) VALUES (?, ?, ?, ?)
                ON CONFLICT (tbl, row_id) DO UPDATE SET clock = excluded.clock, device = excluded.device
                """
        )
        for change in edits where change.version != change.base {
            try statement.execute(
                arguments: [change.table.rawValue, change.key, change.version.clock, change.version.device]
            )
        }
        try Self.acknowledge(db, upTo: sequence, districtEpoch: districtEpoch)
    }

    /// Applies what a pull brought, in one transaction, and moves both cursors (Protocol.md §4.11.1, §10.6):
    /// reference rows replace the mirror; the office's rows are written with their versions, except a row this
    /// device has changed and not yet had acknowledged (its edit goes to the district first, where the versions
    /// decide); conflicts are kept for `street conflicts`. Nothing pulled enters the change log.
    /// - Parameter fetched: the changes answer a FETCH (Protocol.md §10.9.4): a row whose version the device holds
    ///   is still written when the local row differs from it (a digest repair), instead of being skipped.
    /// - Throws: `StorageError.notAuthorized` for a row of another office.
    public func applyPull(
        _ changes: [SyncChange],
        referenceCursor: Int64,
        rowCursor: Int64,
        fetched: Bool = false
    ) throws {
        var sent = false
        try applyPull(fetched: fetched, bulk: changes.count > 10_000) {
            defer { sent = true }
            return sent ? .end(referenceCursor: referenceCursor, rowCursor: rowCursor) : .changes(changes)
        }
    }

    /// What a pull applied as it arrives hands over next.
    public enum PulledPart: Sendable {
        /// The next changes, in the order the district sent them.
        case changes([SyncChange])
        /// The pull is complete: the cursors to move to.
        case end(referenceCursor: Int64, rowCursor: Int64)
    }

    /// Applies a pull as it arrives, in one transaction: `next` hands over its changes part by part (and may wait
    /// for them), then its end; what `next` throws rolls everything back.
    /// - Parameter bulk: keep a large pull's pages in the cache until the commit.
    public func applyPull(fetched: Bool = false, bulk: Bool = true, next: () throws -> PulledPart) throws {
        let office = try settings().office
        try mapping {
            try queue.write { db in
                var highest: Int64 = 0
                // A new device's first pull (nothing held yet): rows go in without per-row triggers, from its first
                // row of the office on.
                var firstPullPossible = try !fetched && FirstPullWriter.holdsNothing(db)
                var firstPull: FirstPullWriter?
                // A large pull's pages (rows, keys, versions) stay in the cache until the commit, as an import's do.
                let previousCache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                if bulk { try db.execute(sql: "PRAGMA cache_size = \(StreetWriter.bulkCacheSize)") }
                defer { try? db.execute(sql: "PRAGMA cache_size = \(previousCache)") }
                var cursors: (reference: Int64, row: Int64)?
                while cursors == nil {
                    let changes: [SyncChange]
                    switch try next() {
                    case .end(let reference, let row):
                        cursors = (reference, row)
                        continue
                    case .changes(let part):
                        changes = part
                    }
                    for change in changes {
                        if change.table.isReference {
                            try Self.applyReferenceChange(change, db: db)
                            continue
                        }
                        guard change.office == office else {
                            throw StorageError.notAuthorized(
                                tr(
                                    "storage.district-sent-row",
                                    ["table": "\(change.table)", "key": change.key, "office": change.office]
                                )
                            )
                        }
                        let spec = TableSpec.of(change.table)
                        if change.operation == .upsert { try spec.check(change.values, key: change.key) }
                        if change.table.isDistrictRecord {
                            // The district's own records of the office (conflicts, reviews, refused changes):
                            // mirrored.
                            let placeholders = Array(repeating: "?", count: spec.columns.count).joined(separator: ", ")
                            try db.cachedStatement(
                                sql:
                                    "INSERT OR REPLACE INTO \(change.table.sqlName) (\(spec.columnList)) VALUES (\(placeholders))"
                            ).execute(arguments: StatementArguments(RowCodec.arguments(change.values)))
                            continue
                        }
                        highest = max(highest, change.version.clock)
                        if firstPullPossible {
                            firstPullPossible = false
                            firstPull = try FirstPullWriter.begin(db)
                        }
                        if firstPull != nil {
                            try firstPull!.write(change, db: db)
                        } else {
                            try Self.applyOfficeChange(change, db: db, fetched: fetched)
                        }
                    }
                }
                try firstPull?.finish(db)
                let values = try Self.settingsDictionary(db)
                let clock = max(highest, try DatabaseFile.counter(values["clock"], key: "clock"))
                for (key, value) in [
                    ("ref_cursor", cursors!.reference), ("row_cursor", cursors!.row), ("clock", clock),
                ] {
                    try db.execute(
                        sql:
                            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        arguments: [key, String(value)]
                    )
                }
            }
        }
    }

    private static func applyOfficeChange(_ change: SyncChange, db: Database, fetched: Bool) throws {
        let table = change.table.rawValue
        let pending = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM changes WHERE tbl = ? AND row_id = ?)"),
            arguments: [table, change.key]
        )
        if pending == true { return }
        let known = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT clock, device FROM row_versions WHERE tbl = ? AND row_id = ?"),
            arguments: [table, change.key]
        ).map { RowVersion(clock: $0[0], device: $0[1]) }
        if known == change.version {
            guard fetched else { return }
            let held = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT rh1, rh2 FROM \(change.table.sqlName) WHERE id = ?"),
                arguments: [change.key]
            ).map { RowHash(h1: $0[0], h2: $0[1]) }
            switch change.operation {
            case .upsert: if held == TableSpec.hash(table: change.table, values: change.values) { return }
            case .delete: if held == nil { return }
            }
        }
        switch change.operation {
        case .upsert:
            // A row of another device that takes this office's place for the same indicator value or narrative
            // (ids made on two devices before either synced): the local row gives way, and its tombstone stays in
            // the log so the district learns of it.
            if let other = try naturalKeyHolder(change, db: db) {
                let holderPending = try Bool.fetchOne(
                    db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM changes WHERE tbl = ? AND row_id = ?)"),
                    arguments: [table, other]
                )
                if holderPending == true { return }
                try db.cachedStatement(sql: "DELETE FROM \(change.table.sqlName) WHERE id = ?").execute(arguments: [
                    other
                ])
            }
            let hash = TableSpec.hash(table: change.table, values: change.values)
            try db.cachedStatement(sql: RowCodec.streetRowUpsert[change.table]!)
                .execute(arguments: StatementArguments(RowCodec.arguments(change.values) + [hash.h1, hash.h2]))
        case .delete:
            try db.cachedStatement(sql: "DELETE FROM \(change.table.sqlName) WHERE id = ?").execute(arguments: [
                change.key
            ])
        }
        // The triggers logged the write as a local change: it is the district's, so it leaves the log at once.
        try db.cachedStatement(sql: "DELETE FROM changes WHERE tbl = ? AND row_id = ?").execute(arguments: [
            table, change.key,
        ])
        try db.cachedStatement(
            sql: """
                INSERT INTO row_versions (tbl, row_id, clock, device) VALUES (?, ?, ?, ?)
                ON CONFLICT (tbl, row_id) DO UPDATE SET clock = excluded.clock, device = excluded.device
                """
        ).execute(arguments: [table, change.key, change.version.clock, change.version.device])
    }

    /// The id of another local row with the same natural key as `change` (indicator, period and label of a value;
    /// project, year and section of a narrative), which the street's UNIQUE constraints allow only once.
    static func naturalKeyHolder(_ change: SyncChange, db: Database) throws -> String? {
        let v = change.values
        switch change.table {
        case .indicatorValues:
            return try String.fetchOne(
                db.cachedStatement(
                    sql: "SELECT id FROM indicator_values WHERE indicator = ? AND period = ? AND label = ? AND id <> ?"
                ),
                arguments: [v[2].text, v[3].text, v[4].text, change.key]
            )
        case .narratives:
            return try String.fetchOne(
                db.cachedStatement(
                    sql: "SELECT id FROM narratives WHERE project = ? AND year = ? AND section = ? AND id <> ?"
                ),
                arguments: [v[2].text, v[5].integer, v[3].text, change.key]
            )
        default:
            return nil
        }
    }

    /// Makes this database a new device of its office (Protocol.md §10.8.4): a new epoch, and its pending changes
    /// lose the clocks they were given, so they are pushed as the new device's versions. The rows, the change log and
    /// the known versions (the bases of those changes) stay, so an edit the old device's later self also made is
    /// seen as concurrent and its loser kept.
    /// - Returns: the new device id.
    public func adoptNewDevice() throws -> String {
        let epoch = DatabaseFile.newEpoch()
        try mapping {
            try queue.write { db in
                try db.execute(sql: "UPDATE settings SET value = ? WHERE key = 'epoch'", arguments: [epoch])
                try db.execute(
                    sql:
                        "INSERT INTO settings (key, value) VALUES ('own_clock', '0') ON CONFLICT (key) DO UPDATE SET value = '0'"
                )
                try db.execute(sql: "UPDATE changes SET clock = NULL")
            }
        }
        return epoch
    }

    /// The conflicts the district reported to this office, oldest first.
    public func conflicts() throws -> [ConflictRecord] {
        try read { db in
            let spec = TableSpec.conflicts
            return try Row.fetchAll(db, sql: "SELECT \(spec.columnList) FROM conflicts ORDER BY CAST(id AS INTEGER)")
                .map { ConflictRecord(values: RowCodec.values($0, count: spec.columns.count)) }
        }
    }

    /// The version this device knows of each of its rows (for tests and checks).
    public func rowVersions() throws -> [String: RowVersion] {
        try read { db in
            var result: [String: RowVersion] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT tbl, row_id, clock, device FROM row_versions") {
                result["\(row[0] as Int64)/\(row[1] as String)"] = RowVersion(clock: row[2], device: row[3])
            }
            return result
        }
    }
}
