import Crypto
import JixiaoModels

/// The canonical column order and types of each table that travels in a sync.
///
/// This order is part of the protocol (`Docs/Protocol.md`) and of the digest: never reorder, only append a
/// column in a new protocol version.
public struct TableSpec: Sendable {
    /// A column's storage class as it travels.
    public enum ColumnType: Sendable {
        case text, integer, real, optionalReal, optionalText
    }

    public let table: SyncTable
    public let columns: [(name: String, type: ColumnType)]
    /// The columns that identify a row (within the office, for office-owned tables).
    public let keyColumns: [String]

    /// The spec of `table`.
    public static func of(_ table: SyncTable) -> TableSpec {
        switch table {
        case .expenditures: expenditures
        case .indicatorValues: indicatorValues
        case .narratives: narratives
        case .projects: projects
        case .funds: funds
        case .categories: categories
        case .indicators: indicators
        case .conflicts: conflicts
        case .submissions: submissions
        case .reviews: reviews
        case .refusedChanges: refusedChanges
        }
    }

    /// A conflict the district recorded (Protocol.md §10.7): the losing version of a row, kept, and the winner.
    /// Pulled by every device of the office; `street conflicts` lists them.
    static let conflicts = TableSpec(
        table: .conflicts,
        columns: [
            ("id", .text), ("office", .text), ("tbl", .text), ("row_id", .text), ("loser_op", .text),
            ("loser_version", .text), ("winner_op", .text), ("winner_version", .text), ("loser_values", .text),
            ("recorded_at", .text),
        ],
        keyColumns: ["id"]
    )

    /// An office's 上报 of one project and year (schema 3, Docs/Review.md): its key is `project/year`, so a second
    /// submission of the same project and year (after a return or a reopen) is a new version of the same row.
    static let submissions = TableSpec(
        table: .submissions,
        columns: [
            ("id", .text), ("office", .text), ("project", .text), ("year", .integer), ("note", .text),
            ("submitted_at", .text),
        ],
        keyColumns: ["id"]
    )

    /// The district's review of one project and year of the office (schema 3, Protocol.md §10.10): pulled only.
    static let reviews = TableSpec(
        table: .reviews,
        columns: [
            ("id", .text), ("office", .text), ("project", .text), ("year", .integer), ("state", .text),
            ("by_name", .text), ("note", .text), ("at", .text),
        ],
        keyColumns: ["id"]
    )

    /// A pushed change the district refused for a locked project and year (Protocol.md §10.10): pulled only.
    static let refusedChanges = TableSpec(
        table: .refusedChanges,
        columns: [
            ("id", .text), ("office", .text), ("project", .text), ("year", .integer), ("tbl", .text),
            ("row_id", .text), ("op", .text), ("version", .text), ("row_values", .text), ("state", .text),
            ("recorded_at", .text),
        ],
        keyColumns: ["id"]
    )

    static let expenditures = TableSpec(
        table: .expenditures,
        columns: [
            ("id", .text), ("office", .text), ("project", .text), ("category", .text), ("fund", .text),
            ("amount", .integer), ("date", .text), ("voucher", .text), ("payee", .text), ("note", .text),
        ],
        keyColumns: ["id"]
    )
    static let indicatorValues = TableSpec(
        table: .indicatorValues,
        columns: [
            ("id", .text), ("office", .text), ("indicator", .text), ("period", .text), ("label", .text),
            ("num", .optionalReal), ("text", .optionalText), ("note", .text),
        ],
        keyColumns: ["id"]
    )
    static let narratives = TableSpec(
        table: .narratives,
        columns: [
            ("id", .text), ("office", .text), ("project", .text), ("section", .text), ("text", .text),
            ("year", .integer),
        ],
        keyColumns: ["id"]
    )
    static let projects = TableSpec(
        table: .projects,
        columns: [
            ("code", .text), ("year", .integer), ("name", .text), ("department", .text), ("implementer", .text),
            ("goal", .text), ("offices", .text), ("rules", .text),
        ],
        keyColumns: ["code", "year"]
    )
    static let funds = TableSpec(
        table: .funds,
        columns: [
            ("project", .text), ("code", .text), ("name", .text), ("initial_budget", .integer),
            ("adjusted_budget", .integer), ("year", .integer),
        ],
        keyColumns: ["project", "code", "year"]
    )
    static let categories = TableSpec(
        table: .categories,
        columns: [("project", .text), ("code", .text), ("name", .text), ("year", .integer)],
        keyColumns: ["project", "code", "year"]
    )
    static let indicators = TableSpec(
        table: .indicators,
        columns: [
            ("code", .text), ("project", .text), ("name", .text), ("level1", .text), ("level2", .text),
            ("unit", .text), ("target", .text), ("direction", .text), ("weight", .real), ("aggregate", .text),
            ("formula", .text), ("reporters", .text), ("frequency", .text), ("year", .integer),
            ("previous", .text),
        ],
        keyColumns: ["code", "year"]
    )

    /// The column names joined for SQL.
    var columnList: String { columns.map(\.name).joined(separator: ", ") }

    /// The key text of a row from its values (`id`; `code/year` for projects and indicators, `project/code/year`
    /// for funds and categories: codes are unique within a year).
    func key(of values: [SyncValue]) -> String {
        keyColumns.map { name -> String in
            let index = columns.firstIndex { $0.name == name }!
            switch values[index] {
            case .text(let s): return s
            case .integer(let n): return String(n)
            default: return ""
            }
        }.joined(separator: "/")
    }

    /// The key columns' values from a key text.
    func keyValues(of key: String) -> [String] {
        keyColumns.count == 1 ? [key] : key.split(separator: "/", maxSplits: keyColumns.count - 1).map(String.init)
    }

    /// Checks that `values` fit the columns (count and types); the message names the row.
    func check(_ values: [SyncValue], key: String) throws {
        guard values.count == columns.count else {
            throw StorageError.invalidData(
                tr(
                    "storage.value-count",
                    ["table": "\(table)", "key": key, "n": "\(values.count)", "expected": "\(columns.count)"]
                )
            )
        }
        for (value, column) in zip(values, columns) {
            let fits: Bool
            switch (column.type, value) {
            case (.text, .text), (.integer, .integer), (.real, .real), (.real, .integer): fits = true
            case (.optionalReal, .real), (.optionalReal, .integer), (.optionalReal, .null): fits = true
            case (.optionalText, .text), (.optionalText, .null): fits = true
            default: fits = false
            }
            guard fits else {
                throw StorageError.invalidData(
                    tr("storage.wrong-type", ["table": "\(table)", "key": key, "column": column.name])
                )
            }
        }
    }

    /// The 128-bit hash of a row (first 16 bytes of SHA-256 over its canonical bytes).
    public static func hash(table: SyncTable, values: [SyncValue]) -> RowHash {
        let digest = SHA256.hash(data: CanonicalRow.bytes(table: table, values: values))
        return digest.withUnsafeBytes { raw in
            RowHash(
                h1: Int64(bitPattern: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self).bigEndian),
                h2: Int64(bitPattern: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).bigEndian)
            )
        }
    }
}
