import GRDB
import JixiaoModels

/// Writes the district's reference data inside one `DistrictDatabase.writeReference` transaction, and reads what a
/// plan import compares against in that same transaction (`reference()`, `enrolledOffices()`, `rowsNaming`).
///
/// A row whose values really change (or that comes back from deletion) gets the next district-wide revision, so
/// offices pull only what changed; an identical upsert writes nothing. Deletions are tombstones.
public final class ReferenceWriter {
    let db: Database

    init(db: Database) { self.db = db }

    private func nextRevision() throws -> Int64 {
        let next =
            try DatabaseFile.counter(
                String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'ref_rev'"),
                key: "ref_rev"
            ) + 1
        try db.execute(sql: "UPDATE settings SET value = ? WHERE key = 'ref_rev'", arguments: [String(next)])
        return next
    }

    /// Creates or updates a row; returns what happened.
    @discardableResult
    func upsert(_ table: SyncTable, _ values: [SyncValue]) throws -> Change {
        let spec = TableSpec.of(table)
        let condition = spec.keyColumns.map { "\($0) = ?" }.joined(separator: " AND ")
        let keyArguments = StatementArguments(spec.keyValues(of: spec.key(of: values)))
        let existing = try Row.fetchOne(
            db,
            sql: "SELECT \(spec.columnList), deleted FROM \(table.sqlName) WHERE \(condition)",
            arguments: keyArguments
        )
        if let existing {
            let deleted: Bool = existing[spec.columns.count]
            let current = RowCodec.values(existing, count: spec.columns.count)
            if !deleted
                && CanonicalRow.bytes(table: table, values: current) == CanonicalRow.bytes(table: table, values: values)
            {
                return .unchanged
            }
        }
        let rev = try nextRevision()
        try db.execute(
            sql: RowCodec.upsertSQL(spec, conflictColumns: spec.keyColumns, extraColumns: ["rev", "deleted"]),
            arguments: StatementArguments(RowCodec.arguments(values) + [rev, 0])
        )
        return existing == nil ? .created : .updated
    }

    /// Records the import in the audit trail (the rows it changes are recorded one by one as well).
    /// - Parameter note: what was imported, e.g. the file and the counts.
    public func recordImport(note: String) throws {
        try AuditTrail.record(db, action: "plan.import", note: note)
    }

    /// What an upsert did.
    public enum Change: Sendable, Hashable {
        case created, updated, unchanged
    }

    @discardableResult public func upsert(_ project: Project) throws -> Change {
        try upsert(.projects, project.syncValues)
    }
    @discardableResult public func upsert(_ fund: Fund) throws -> Change { try upsert(.funds, fund.syncValues) }
    @discardableResult public func upsert(_ category: JixiaoModels.Category) throws -> Change {
        try upsert(.categories, category.syncValues)
    }
    @discardableResult public func upsert(_ indicator: Indicator) throws -> Change {
        try upsert(.indicators, indicator.syncValues)
    }

    /// Marks a reference row deleted (a tombstone offices pull); returns whether it existed and was live.
    /// - Parameter key: `code/year`, or `project/code/year` for funds and categories.
    @discardableResult
    public func delete(_ table: SyncTable, key: String) throws -> Bool {
        precondition(!table.isOfficeOwned, "offices own \(table)")
        let spec = TableSpec.of(table)
        let condition = spec.keyColumns.map { "\($0) = ?" }.joined(separator: " AND ")
        let keyArguments = spec.keyValues(of: key)
        guard
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM \(table.sqlName) WHERE \(condition) AND deleted = 0)",
                arguments: StatementArguments(keyArguments)
            ) == true
        else { return false }
        let rev = try nextRevision()
        try db.execute(
            sql: "UPDATE \(table.sqlName) SET deleted = 1, rev = ? WHERE \(condition)",
            arguments: StatementArguments([rev as any DatabaseValueConvertible] + keyArguments)
        )
        return true
    }
}

@available(*, unavailable)
extension ReferenceWriter: Sendable {}

extension DistrictDatabase {
    /// Runs `body` in one transaction that changes reference data (a plan import).
    public func writeReference<T>(_ body: (ReferenceWriter) throws -> T) throws -> T {
        try write { db in try body(ReferenceWriter(db: db)) }
    }

    /// The live reference data, optionally of one year.
    public func reference(year: Int? = nil) throws -> ReferenceData {
        try read { db in try ReferenceQueries.load(db, deletedFilter: "deleted = 0", year: year) }
    }

    /// The current reference revision (the cursor an office has after pulling everything).
    public func referenceRevision() throws -> Int64 {
        try DatabaseFile.counter(setting("ref_rev"), key: "ref_rev")
    }

    /// Reference rows changed after `cursor` (all live rows when `cursor` is 0), in revision order.
    public func referenceChanges(since cursor: Int64) throws -> ReferenceChanges {
        try read { db in try Self.referenceChanges(db, since: cursor) }
    }

    static func referenceChanges(_ db: Database, since cursor: Int64) throws -> ReferenceChanges {
        do {
            var changes: [(rev: Int64, change: SyncChange)] = []
            for table in [SyncTable.projects, .funds, .categories, .indicators] {
                let spec = TableSpec.of(table)
                let rows = try Row.fetchCursor(
                    db,
                    sql:
                        "SELECT \(spec.columnList), rev, deleted FROM \(table.sqlName) WHERE rev > ? \(cursor == 0 ? "AND deleted = 0" : "")",
                    arguments: [cursor]
                )
                while let row = try rows.next() {
                    let values = RowCodec.values(row, count: spec.columns.count)
                    let rev: Int64 = row[spec.columns.count]
                    let deleted: Bool = row[spec.columns.count + 1]
                    let key = spec.key(of: values)
                    changes.append(
                        (
                            rev,
                            SyncChange(
                                table: table,
                                operation: deleted ? .delete : .upsert,
                                key: key,
                                office: "",
                                values: deleted ? [] : values
                            )
                        )
                    )
                }
            }
            changes.sort { $0.rev < $1.rev }
            let revision = try DatabaseFile.counter(
                String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'ref_rev'"),
                key: "ref_rev"
            )
            return ReferenceChanges(changes: changes.map(\.change), cursor: revision)
        }
    }
}
