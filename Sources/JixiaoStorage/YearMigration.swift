import GRDB
import JixiaoModels

/// The Swift part of the `v5-years` migrations: a narrative's row hash covers its new `year` column, and SQLite
/// cannot compute SHA-256, so the stored hashes are recomputed here, between the migration's SQL and its triggers.
///
/// Both sides compute the same canonical bytes, so an office and the district that both migrated agree on the
/// digest again without a repair; the versions of the rows are untouched, so nothing is pushed or pulled for it.
enum YearMigration {
    /// Rehashes the office's narratives and moves its one digest row by the XOR of the old and new hashes.
    static func rehashStreetNarratives(_ db: Database) throws {
        guard let delta = try rehash(db, office: nil)[""] else { return }
        try move(db, table: "digest", columns: ("h1", "h2"), where: "id = 1", arguments: [], by: delta)
    }

    /// Rehashes every office's narratives and moves each office's digest, and the digest it last agreed with its
    /// devices, by the XOR of its rows' old and new hashes.
    static func rehashDistrictNarratives(_ db: Database) throws {
        for (office, delta) in try rehash(db, office: "office") {
            try move(
                db,
                table: "office_digest",
                columns: ("h1", "h2"),
                where: "office = ?",
                arguments: [office],
                by: delta
            )
            try move(
                db,
                table: "office_sync",
                columns: ("agreed_h1", "agreed_h2"),
                where: "office = ? AND agreed_n IS NOT NULL",
                arguments: [office],
                by: delta
            )
        }
    }

    /// XORs `delta` into two columns of the rows that match (read and written here: SQLite has no XOR operator).
    private static func move(
        _ db: Database,
        table: String,
        columns: (String, String),
        where condition: String,
        arguments: [String],
        by delta: RowHash
    ) throws {
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT rowid, \(columns.0), \(columns.1) FROM \(table) WHERE \(condition)",
            arguments: StatementArguments(arguments)
        )
        for row in rows {
            let h1: Int64 = row[1]
            let h2: Int64 = row[2]
            try db.execute(
                sql: "UPDATE \(table) SET \(columns.0) = ?, \(columns.1) = ? WHERE rowid = ?",
                arguments: [h1 ^ delta.h1, h2 ^ delta.h2, row[0] as Int64]
            )
        }
    }

    /// Recomputes `rh1`/`rh2` of every narrative; returns, per office (`""` on the street side), the XOR of each
    /// row's old and new hash.
    private static func rehash(_ db: Database, office: String?) throws -> [String: RowHash] {
        let spec = TableSpec.narratives
        let rows = try Row.fetchAll(db, sql: "SELECT \(spec.columnList), rh1, rh2 FROM narratives")
        var deltas: [String: RowHash] = [:]
        let update = try db.makeStatement(
            sql: office == nil
                ? "UPDATE narratives SET rh1 = ?, rh2 = ? WHERE id = ?"
                : "UPDATE narratives SET rh1 = ?, rh2 = ? WHERE office = ? AND id = ?"
        )
        for row in rows {
            let values = RowCodec.values(row, count: spec.columns.count)
            let old = RowHash(h1: row[spec.columns.count], h2: row[spec.columns.count + 1])
            let new = TableSpec.hash(table: .narratives, values: values)
            let owner = office == nil ? "" : values[1].text
            let id = values[0].text
            try update.execute(arguments: office == nil ? [new.h1, new.h2, id] : [new.h1, new.h2, owner, id])
            let previous = deltas[owner] ?? RowHash(h1: 0, h2: 0)
            deltas[owner] = RowHash(h1: previous.h1 ^ old.h1 ^ new.h1, h2: previous.h2 ^ old.h2 ^ new.h2)
        }
        return deltas
    }
}
