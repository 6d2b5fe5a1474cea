import GRDB
import JixiaoModels

/// The office's rows as a new device first pulls them (`street init` on a new PC, then `street sync`), written
/// without per-row triggers.
///
/// The usual path looks up, for every pulled row, a pending change, a known version and a row holding the same
/// natural key, upserts the row (its change-log and digest triggers fire, and the statement keeps a journal), then
/// takes the change back out of the log. A database that holds no row, no change and no version has nothing to
/// look up, so here each row is one plain `INSERT` and one version, with the insert triggers
/// (`<table>_change_insert`, `<table>_digest_insert`) dropped inside the pull's transaction: nothing pulled enters
/// the change log, and the digest is moved once by the rows' count and the XOR of their hashes, as the triggers
/// would have moved it. They are put back with their stored SQL before the transaction ends; a failure rolls
/// everything back together. Tombstones only record their version (there is no row to delete).
struct FirstPullWriter {
    private let triggers: [StoredTrigger]
    private var count = 0
    private var h1: Int64 = 0
    private var h2: Int64 = 0
    /// Each table's plain insert and the version insert, bound directly (`DirectStatement`: GRDB's argument boxing
    /// was a fifth of a new device's first download).
    private var inserts = TableStatements(Self.insertSQL)
    private var versionInsert: DirectStatement?

    /// Whether the database holds no office row, no pending change and no row version.
    static func holdsNothing(_ db: Database) throws -> Bool {
        let tables = ["changes", "row_versions"] + StreetDatabase.ownedTables.map(\.sqlName)
        let sql = "SELECT " + tables.map { "EXISTS (SELECT 1 FROM \($0))" }.joined(separator: " OR ")
        return try Bool.fetchOne(db, sql: sql) == false
    }

    /// Drops the insert triggers of the office's tables; nil (nothing dropped) unless each table has both.
    static func begin(_ db: Database) throws -> FirstPullWriter? {
        var triggers: [StoredTrigger] = []
        for table in StreetDatabase.ownedTables {
            let names = ["\(table.sqlName)_change_insert", "\(table.sqlName)_digest_insert"]
            let stored = try StoredTrigger.on(table, named: names, db)
            guard stored.count == 2 else { return nil }
            triggers += stored
        }
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger.name)") }
        return FirstPullWriter(triggers: triggers)
    }

    /// Writes one pulled office row (already checked) and its version.
    ///
    /// Two pulled rows may hold the same natural key (an indicator value or a narrative made on two devices before
    /// either synced), which the street's UNIQUE constraints allow once: as on the usual path, the earlier one gives
    /// way (deleted with its triggers, so its tombstone goes to the change log and the digest forgets it).
    mutating func write(_ change: SyncChange, db: Database) throws {
        if change.operation == .upsert {
            let hash = TableSpec.hash(table: change.table, values: change.values)
            let insert = try inserts.statement(for: change.table, db: db)
            do {
                try insert.bind(change.values, then: hash.h1, hash.h2)
                try insert.execute()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                guard let holder = try StreetDatabase.naturalKeyHolder(change, db: db) else { throw error }
                try db.cachedStatement(sql: "DELETE FROM \(change.table.sqlName) WHERE id = ?").execute(arguments: [
                    holder
                ])
                try insert.bind(change.values, then: hash.h1, hash.h2)
                try insert.execute()
            }
            count += 1
            h1 ^= hash.h1
            h2 ^= hash.h2
        }
        let version =
            try versionInsert
            ?? DirectStatement(db, cached: "INSERT INTO row_versions (tbl, row_id, clock, device) VALUES (?, ?, ?, ?)")
        versionInsert = version
        try version.bind([
            .integer(Int64(change.table.rawValue)), .text(change.key), .integer(change.version.clock),
            .text(change.version.device),
        ])
        try version.execute()
    }

    /// Moves the digest and puts the triggers back.
    func finish(_ db: Database) throws {
        if count > 0 {
            try db.execute(sql: StreetWriter.moveDigestSQL, arguments: [count, h1, h2])
        }
        for trigger in triggers { try db.execute(sql: trigger.sql) }
    }

    /// The plain insert of each table, built once.
    static let insertSQL = StoredTrigger.plainInserts(StreetDatabase.ownedTables)
}
