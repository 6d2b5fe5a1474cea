import Crypto
import Foundation
import GRDB
import JixiaoModels

/// Writes an office's own rows inside one `StreetDatabase.write` transaction.
///
/// Every row gets the office's code and its row hash here; triggers record the change and update the digest.
public final class StreetWriter {
    let db: Database
    /// The office whose rows these are.
    public let office: String
    /// The office's locked projects and years, read at the first write that needs them.
    let lockCache = LockCache()

    init(db: Database, office: String) {
        self.db = db
        self.office = office
    }

    /// A new lowercase UUID for a row (version 4, random).
    ///
    /// Written here rather than `UUID().uuidString.lowercased()`: Foundation on Linux opens `/dev/urandom` for every
    /// UUID, one `open`/`read`/`close` per imported row; the system generator uses `getrandom`.
    public static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: 16)
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * index))
            bytes[8 + index] = UInt8(truncatingIfNeeded: low >> (56 - 8 * index))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // the RFC 4122 variant
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A source of new ids for a bulk import: each call returns a new lowercase UUID (version 4, random), as
    /// `newID()` does, but the random bytes come from the system 256 ids at a time (`arc4random_buf`, one
    /// `getrandom` call) instead of two `getrandom` calls per id, and each id is written straight into its string.
    /// (swift-crypto's `SymmetricKey(size:)`, used here before, draws its bytes eight at a time from the system
    /// generator: 5% of a 100,000-row import was these calls.)
    ///
    /// Not for sharing between threads: each import makes its own.
    public static func idMinter() -> () -> String {
        var pool = [UInt8](repeating: 0, count: 16 * 256)
        var used = pool.count
        return {
            if used == pool.count {
                pool.withUnsafeMutableBytes { arc4random_buf($0.baseAddress!, $0.count) }
                used = 0
            }
            defer { used += 16 }
            return pool.withUnsafeBufferPointer {
                format(UnsafeBufferPointer(rebasing: $0[used..<used + 16]), version: 0x40)
            }
        }
    }

    /// The id of a row that exists at most once per office for its natural key (an indicator value for an
    /// indicator, period and label; a narrative for a project and section): a UUID-shaped text from SHA-256 of the
    /// office and the key, so two devices of one office that each create it make the same row (one row, whose
    /// versions then decide, Protocol.md §10.6) rather than two rows the office's UNIQUE constraints cannot hold.
    public static func derivedID(office: String, _ parts: [String]) -> String {
        let digest = SHA256.hash(data: Array(([office] + parts).joined(separator: "\u{1F}").utf8))
        let bytes = Array(digest.prefix(16))
        // Version 8: a name-based id of our own.
        return bytes.withUnsafeBufferPointer { format($0, version: 0x80) }
    }

    /// 16 bytes as a lowercase UUID, with `version` in the high nibble of byte 6 and the RFC 4122 variant in byte 8.
    private static func format(_ bytes: UnsafeBufferPointer<UInt8>, version: UInt8) -> String {
        String(unsafeUninitializedCapacity: 36) { text in
            var out = 0
            for index in 0..<16 {
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    text[out] = UInt8(ascii: "-")
                    out += 1
                }
                var byte = bytes[index]
                if index == 6 { byte = (byte & 0x0F) | version }
                if index == 8 { byte = (byte & 0x3F) | 0x80 }
                text[out] = hexDigits[Int(byte >> 4)]
                text[out + 1] = hexDigits[Int(byte & 0x0F)]
                out += 2
            }
            return out
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private func upsert(_ spec: TableSpec, _ values: [SyncValue]) throws {
        let hash = TableSpec.hash(table: spec.table, values: values)
        let sql =
            RowCodec.streetRowUpsert[spec.table]
            ?? RowCodec.upsertSQL(spec, conflictColumns: ["id"], extraColumns: ["rh1", "rh2"])
        let statement = try db.cachedStatement(sql: sql)
        try statement.execute(arguments: StatementArguments(RowCodec.arguments(values) + [hash.h1, hash.h2]))
    }

    private func delete(_ table: SyncTable, id: String) throws -> Bool {
        try db.cachedStatement(sql: "DELETE FROM \(table.sqlName) WHERE id = ?").execute(arguments: [id])
        return db.changesCount > 0
    }

    /// Inserts an expenditure (its `office` is set to this office). Use `StreetWriter.newID()` for a new id.
    public func insert(_ expenditure: Expenditure) throws {
        try requireUnlocked(project: expenditure.project, year: Self.year(of: expenditure))
        try insert(expenditure, with: try db.cachedStatement(sql: Self.insertExpenditureSQL))
    }

    /// Inserts new expenditures in order, as `insert(_:)` one by one does (the change log and the digest record
    /// each row the same way), with a page cache large enough for a whole import.
    ///
    /// Every statement on a table with triggers keeps a statement journal: a copy of each page it changes, so that
    /// it can be undone alone. One insert per row copied the same pages (the table's last leaf, the change log's,
    /// the digest's, index leaves) again for every row: in a 100,000-row import most of the time spent in SQLite.
    /// So the rows first go into a temporary table (no triggers, in memory), `bulkBatch` rows per statement, and
    /// then into `expenditures` with one `INSERT … SELECT` per `chunkRows` rows, which journals each page once per
    /// chunk.
    ///
    /// The change-log and digest triggers of an insert (`expenditures_change_insert`, `expenditures_digest_insert`)
    /// are dropped for the insert and put back, with their stored SQL, before it returns; all in the caller's
    /// transaction, so a failure or a crash rolls the drop back with the rows. What they would have done row by row
    /// is done set-based, with the same result: one change-log entry per row, in the rows' order, replacing any
    /// entry of the same id (a tombstone of a row deleted before and imported back from an export), and the digest
    /// moved once by the rows' count and the XOR of their hashes. That is about a third of the SQLite work of an
    /// import (Docs/Performance.md, case 7). Other triggers on the table, if any, still fire per row.
    ///
    /// The rows insert random UUID keys into two indexes (the expenditures' key and the change log's), so the page
    /// cache is raised for the insert, to keep the transaction's dirty pages from spilling to the WAL before the
    /// commit; the cache is a ceiling (pages are allocated as they are used) and is put back afterwards. (The
    /// statement journals and the temporary table are kept in memory by the street connection's `temp_store`.)
    /// - Parameters:
    ///   - expenditures: rows whose ids are not stored yet.
    ///   - progress: told how many rows are stored so far: 0, then after every `chunkRows` rows and the last.
    ///   - chunkRows: rows per `INSERT … SELECT`.
    public func insert(
        contentsOf expenditures: [Expenditure],
        progress: (Int) -> Void = { _ in },
        chunkRows: Int = 10_000
    ) throws {
        guard !expenditures.isEmpty else { return }
        // The locks read once, not once per row.
        let locks = try locks()
        if !locks.isEmpty {
            for expenditure in expenditures {
                if let lock = locks[LockKey(project: expenditure.project, year: Self.year(of: expenditure))] {
                    throw Self.lockedError(lock)
                }
            }
        }
        let previous = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = \(Self.bulkCacheSize)")
        defer {
            try? db.execute(sql: "PRAGMA cache_size = \(previous)")
            try? db.execute(sql: "DELETE FROM temp.import_expenditures")
        }
        try db.execute(sql: Self.stagingTableSQL)
        try db.execute(sql: "DELETE FROM temp.import_expenditures")
        progress(0)
        var arguments: [DatabaseValue] = []
        arguments.reserveCapacity(Self.bulkBatch * (Self.insertColumnCount + 1))
        var digest = RowHash(h1: 0, h2: 0)
        var start = 0
        while start < expenditures.count {
            let end = min(start + Self.bulkBatch, expenditures.count)
            arguments.removeAll(keepingCapacity: true)
            for (offset, expenditure) in expenditures[start..<end].enumerated() {
                arguments.append((start + offset).databaseValue)
                let hash = appendArguments(of: expenditure, to: &arguments)
                digest = RowHash(h1: digest.h1 ^ hash.h1, h2: digest.h2 ^ hash.h2)
            }
            let sql = end - start == Self.bulkBatch ? Self.stagingBatchSQL : Self.stagingInsertSQL(rows: end - start)
            try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(arguments))
            start = end
        }
        // The per-row triggers' SQL as stored, to put back; without both, the triggers do the work row by row.
        // english: SQL
        let triggers = try Row.fetchAll(
            db,
            sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'expenditures' "
                + "AND name IN ('expenditures_change_insert', 'expenditures_digest_insert') ORDER BY name"
        ).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        let setBased = triggers.count == 2
        if setBased {
            for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger.name)") }
        }
        let move = try db.cachedStatement(sql: Self.moveStagedSQL)
        var done = 0
        while done < expenditures.count {
            let end = min(done + chunkRows, expenditures.count)
            try move.execute(arguments: [done, end])
            if setBased { try db.cachedStatement(sql: Self.logStagedSQL).execute(arguments: [done, end]) }
            done = end
            progress(done)
        }
        if setBased {
            try db.execute(
                sql: Self.moveDigestSQL,
                arguments: [expenditures.count, digest.h1, digest.h2]
            )
            for trigger in triggers { try db.execute(sql: trigger.sql) }
        }
    }

    /// Rows per multi-row insert into the staging table: 64 × 13 values, well below SQLite's limit per statement.
    static let bulkBatch = 64

    /// The page cache for bulk inserts, in SQLite's negative-KiB form: 256 MiB.
    static let bulkCacheSize = -262_144

    /// The staging table of `insert(contentsOf:)`: the insert's columns and their order (`seq`).
    static let stagingTableSQL =
        "CREATE TEMP TABLE IF NOT EXISTS import_expenditures (seq INTEGER PRIMARY KEY, "
        + "\(TableSpec.expenditures.columnList), rh1, rh2)"

    /// `INSERT INTO temp.import_expenditures VALUES (?, …), …` for `rows` rows.
    static func stagingInsertSQL(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: insertColumnCount + 1).joined(separator: ", ") + ")"
        return "INSERT INTO temp.import_expenditures (seq, \(TableSpec.expenditures.columnList), rh1, rh2) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    static let stagingBatchSQL = stagingInsertSQL(rows: bulkBatch)

    /// The staged rows `seq` ≥ ?1 and < ?2 into `expenditures`, in order (the triggers fire row by row).
    static let moveStagedSQL =
        "INSERT INTO expenditures (\(TableSpec.expenditures.columnList), rh1, rh2) "
        + "SELECT \(TableSpec.expenditures.columnList), rh1, rh2 FROM temp.import_expenditures "
        + "WHERE seq >= ?1 AND seq < ?2 ORDER BY seq"

    /// The change-log entries of the staged rows `seq` ≥ ?1 and < ?2, in order, as `expenditures_change_insert`
    /// writes them: one per row, a new sequence number, replacing an earlier entry of the same row.
    static let logStagedSQL =
        "INSERT OR REPLACE INTO changes (tbl, row_id, op) SELECT \(SyncTable.expenditures.rawValue), id, 1 "
        + "FROM temp.import_expenditures WHERE seq >= ?1 AND seq < ?2 ORDER BY seq"

    /// The digest moved by ?1 rows whose hashes XOR to (?2, ?3), as `expenditures_digest_insert` moves it per row.
    static let moveDigestSQL =
        "UPDATE digest SET n = n + ?1, h1 = \(DigestTriggers.xor("h1", "?2")), h2 = \(DigestTriggers.xor("h2", "?3")) "
        + "WHERE id = 1"

    /// The insert of one expenditure with its row hash, built once rather than for every row.
    static let insertExpenditureSQL =
        "INSERT INTO expenditures (\(TableSpec.expenditures.columnList), rh1, rh2) VALUES ("
        + Array(repeating: "?", count: insertColumnCount).joined(separator: ", ") + ")"

    /// The canonical columns and the row hash.
    static let insertColumnCount = TableSpec.expenditures.columns.count + 2

    private func insert(_ expenditure: Expenditure, with statement: Statement) throws {
        var arguments: [DatabaseValue] = []
        arguments.reserveCapacity(Self.insertColumnCount)
        appendArguments(of: expenditure, to: &arguments)
        try statement.execute(arguments: StatementArguments(arguments))
    }

    /// The values of `expenditure` as this office's row, then its row hash, in the insert's column order.
    /// - Returns: the row hash.
    @discardableResult
    private func appendArguments(of expenditure: Expenditure, to arguments: inout [DatabaseValue]) -> RowHash {
        var row = expenditure
        row.office = office
        let values = row.syncValues
        let hash = TableSpec.hash(table: .expenditures, values: values)
        for value in values {
            switch value {
            case .null: arguments.append(.null)
            case .integer(let n): arguments.append(n.databaseValue)
            case .real(let d): arguments.append(d.databaseValue)
            case .text(let s): arguments.append(s.databaseValue)
            }
        }
        arguments.append(hash.h1.databaseValue)
        arguments.append(hash.h2.databaseValue)
        return hash
    }

    /// Replaces an existing expenditure.
    /// - Throws: `StorageError.notFound` when there is no expenditure with that id.
    public func update(_ expenditure: Expenditure) throws {
        guard
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM expenditures WHERE id = ?)",
                arguments: [expenditure.id]
            ) == true
        else { throw StorageError.notFound(tr("storage.no-expenditure", ["id": expenditure.id])) }
        try requireUnlocked(expenditure: expenditure.id)
        try requireUnlocked(project: expenditure.project, year: Self.year(of: expenditure))
        var row = expenditure
        row.office = office
        try upsert(.expenditures, row.syncValues)
    }

    /// Deletes an expenditure, leaving a tombstone for the next sync.
    /// - Throws: `StorageError.notFound` when there is no expenditure with that id.
    public func deleteExpenditure(id: String) throws {
        try requireUnlocked(expenditure: id)
        guard try delete(.expenditures, id: id) else {
            throw StorageError.notFound(tr("storage.no-expenditure", ["id": id]))
        }
    }

    /// Sets the value of an indicator for a period (and label): an upsert that keeps the row's id.
    /// - Returns: the row's id.
    @discardableResult
    public func set(_ value: IndicatorValue) throws -> String {
        try requireUnlocked(indicator: value.indicator, period: value.period)
        var row = value
        row.office = office
        if let existing = try String.fetchOne(
            db,
            sql: "SELECT id FROM indicator_values WHERE indicator = ? AND period = ? AND label = ?",
            arguments: [value.indicator, value.period.description, value.label]
        ) {
            row.id = existing
        } else if row.id.isEmpty {
            row.id = Self.derivedID(office: office, [value.indicator, value.period.description, value.label])
        }
        try upsert(.indicatorValues, row.syncValues)
        return row.id
    }

    /// Deletes the value of an indicator for a period and label.
    /// - Returns: whether there was one.
    @discardableResult
    public func deleteValue(indicator: String, period: Period, label: String = "") throws -> Bool {
        try requireUnlocked(indicator: indicator, period: period)
        guard
            let id = try String.fetchOne(
                db,
                sql: "SELECT id FROM indicator_values WHERE indicator = ? AND period = ? AND label = ?",
                arguments: [indicator, period.description, label]
            )
        else { return false }
        return try delete(.indicatorValues, id: id)
    }

    /// Sets the narrative of a project of `year` for a section (replacing its text, keeping its id).
    ///
    /// A new narrative's id is derived from the office, the project, its year and the section; narratives written
    /// before years were keys keep the ids they had.
    /// - Returns: the row's id.
    @discardableResult
    public func setNarrative(project: String, year: Int, section: Narrative.Section, text: String) throws -> String {
        try requireUnlocked(project: project, year: year)
        let id =
            try String.fetchOne(
                db,
                sql: "SELECT id FROM narratives WHERE project = ? AND year = ? AND section = ?",
                arguments: [project, year, section.rawValue]
            ) ?? Self.derivedID(office: office, ["narrative", project, String(year), section.rawValue])
        try upsert(
            .narratives,
            Narrative(id: id, office: office, project: project, year: year, section: section, text: text).syncValues
        )
        return id
    }

    /// Deletes the narrative of a project of `year` for a section.
    /// - Returns: whether there was one.
    @discardableResult
    public func deleteNarrative(project: String, year: Int, section: Narrative.Section) throws -> Bool {
        try requireUnlocked(project: project, year: year)
        guard
            let id = try String.fetchOne(
                db,
                sql: "SELECT id FROM narratives WHERE project = ? AND year = ? AND section = ?",
                arguments: [project, year, section.rawValue]
            )
        else { return false }
        return try delete(.narratives, id: id)
    }

    /// The year of an expenditure's project: its date's.
    static func year(of expenditure: Expenditure) -> Int { Int(expenditure.date.prefix(4)) ?? 0 }
}
