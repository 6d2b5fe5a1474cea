import GRDB
import JixiaoModels

/// A trigger as `sqlite_master` holds it: what a bulk writer drops for a transaction and puts back, to the letter,
/// before the transaction ends (`FirstPushWriter`, `FirstPullWriter`).
struct StoredTrigger {
    let name: String
    let sql: String

    /// Those of `names` that exist on `table`.
    static func on(_ table: SyncTable, named names: [String], _ db: Database) throws -> [StoredTrigger] {
        let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")
        // english: SQL
        return try Row.fetchAll(
            db,
            sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                + "AND name IN (\(placeholders))",
            arguments: StatementArguments([table.sqlName] + names)
        )
        .map { StoredTrigger(name: $0["name"], sql: $0["sql"]) }
    }

    /// `INSERT INTO <table> (<canonical columns>, rh1, rh2) VALUES (…)` for each of `tables`: a plain insert, for a
    /// table whose insert triggers are dropped.
    static func plainInserts(_ tables: [SyncTable]) -> [SyncTable: String] {
        Dictionary(
            uniqueKeysWithValues: tables.map { table in
                let spec = TableSpec.of(table)
                let placeholders = Array(repeating: "?", count: spec.columns.count + 2).joined(separator: ", ")
                return (table, "INSERT INTO \(table.sqlName) (\(spec.columnList), rh1, rh2) VALUES (\(placeholders))")
            }
        )
    }
}
