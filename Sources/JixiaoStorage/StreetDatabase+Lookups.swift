import GRDB
import JixiaoModels

extension StreetDatabase {
    /// The ids of expenditures that start with `prefix`, in id order, at most `limit` of them (a clerk may type
    /// the first characters of an id as `street expense list` shows it).
    public func expenditureIDs(prefix: String, limit: Int) throws -> [String] {
        try read { db in
            try String.fetchAll(
                db,
                sql: "SELECT id FROM expenditures WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?",
                arguments: [prefix.count, prefix, limit]
            )
        }
    }

    /// Every non-empty voucher number stored, for an import's duplicate check.
    public func vouchers() throws -> [StoredVoucher] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT project, CAST(substr(date, 1, 4) AS INTEGER), voucher, id FROM expenditures WHERE voucher <> ''"
            ).map { row in
                StoredVoucher(project: row[0], year: row[1], voucher: row[2], id: row[3])
            }
        }
    }

    /// Settings, sync state, pending changes and row counts for `street status`, in one read transaction.
    public func statusSnapshot() throws -> StreetStatusSnapshot {
        try read { db in
            StreetStatusSnapshot(
                settings: try Self.settings(db, path: path),
                syncState: try Self.syncState(db),
                lastSuccess: try Self.lastSession(db, successfulOnly: true),
                pending: try Self.pendingCount(db),
                projects: try Self.count(db, .projects),
                indicators: try Self.count(db, .indicators),
                expenditures: try Self.count(db, .expenditures),
                values: try Self.count(db, .indicatorValues),
                narratives: try Self.count(db, .narratives),
                conflicts: try Self.count(db, .conflicts)
            )
        }
    }

    private static func count(_ db: Database, _ table: SyncTable) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.sqlName)") ?? 0
    }
}
