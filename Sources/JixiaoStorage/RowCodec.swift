import GRDB
import JixiaoModels

/// Moves canonical values between SQLite rows and `SyncValue`s.
enum RowCodec {
    /// The values of `row`'s first `count` columns, starting at `offset`.
    static func values(_ row: Row, offset: Int = 0, count: Int) -> [SyncValue] {
        (offset..<offset + count).map { index in
            let value: DatabaseValue = row[index]
            switch value.storage {
            case .null: return .null
            case .int64(let n): return .integer(n)
            case .double(let d): return .real(d)
            case .string(let s): return .text(s)
            case .blob: return .null
            }
        }
    }

    /// Statement arguments for `values`.
    static func arguments(_ values: [SyncValue]) -> [(any DatabaseValueConvertible)?] {
        values.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .null: nil
            case .integer(let n): n
            case .real(let d): d
            case .text(let s): s
            }
        }
    }

    /// `values` as SQLite values, for statement arguments without a conversion per value.
    static func databaseValues(_ values: [SyncValue]) -> [DatabaseValue] {
        values.map { value in
            switch value {
            case .null: .null
            case .integer(let n): n.databaseValue
            case .real(let d): d.databaseValue
            case .text(let s): s.databaseValue
            }
        }
    }

    /// The upsert of an office row into the street's own tables (key `id`, plus the row hash), built once per table:
    /// building the SQL text for every row cost about 14% of the district's CPU time in an initial sync.
    static let streetRowUpsert: [SyncTable: String] = Dictionary(
        uniqueKeysWithValues: StreetDatabase.ownedTables.map { table in
            (table, upsertSQL(TableSpec.of(table), conflictColumns: ["id"], extraColumns: ["rh1", "rh2"]))
        }
    )

    /// The upsert of an office row into the district's copy (key `office, id`, plus the row hash), built once per
    /// table.
    static let districtRowUpsert: [SyncTable: String] = Dictionary(
        uniqueKeysWithValues: StreetDatabase.ownedTables.map { table in
            (table, upsertSQL(TableSpec.of(table), conflictColumns: ["office", "id"], extraColumns: ["rh1", "rh2"]))
        }
    )

    /// `INSERT … ON CONFLICT DO UPDATE` for a table with the canonical columns plus the row hash. An upsert, not
    /// `INSERT OR REPLACE`: REPLACE deletes without firing delete triggers, which would corrupt the digest.
    static func upsertSQL(_ spec: TableSpec, conflictColumns: [String], extraColumns: [String] = []) -> String {
        let columns = spec.columns.map(\.name) + extraColumns
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let updates = columns.filter { !conflictColumns.contains($0) }.map { "\($0) = excluded.\($0)" }
            .joined(separator: ", ")
        return """
            INSERT INTO \(spec.table.sqlName) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))
            ON CONFLICT (\(conflictColumns.joined(separator: ", "))) DO UPDATE SET \(updates)
            """
    }
}
