import GRDB
import JixiaoModels

/// The rows of a push into an office the district holds nothing of (the office's first push, a new device's first
/// push to a rebuilt district), written without per-row triggers.
///
/// Every statement on a table with triggers keeps a statement journal (a copy of each page it changes, so that it
/// can be undone alone), and the digest and audit triggers add their own pages to it: for a 200,000-row first push
/// most of the district's time (Docs/Performance.md, case 1). Here the insert triggers of the office's tables
/// (`<table>_digest_insert`, `<table>_audit_insert`) are dropped inside the push's transaction, each row is one
/// plain `INSERT`, and what the triggers would have done is done once at the end, with the same result: the office's
/// digest moved by the rows' count and the XOR of their hashes, and one audit entry per row, written by the audit
/// trigger's own statement (taken from `sqlite_master`) over the office's rows, in the order they were inserted.
/// Then the triggers are put back with their stored SQL. A failure or a crash rolls the drop back with the rows.
///
/// Only inserts of `tables` go this way; a tombstone or a submission goes through the usual upsert with its
/// triggers. If a digest trigger is missing or an audit trigger reads otherwise than expected, `begin` returns nil
/// and the push takes the row-by-row path.
struct FirstPushWriter {
    /// The tables whose inserts skip their triggers.
    static let tables: [SyncTable] = [.expenditures, .indicatorValues, .narratives]

    private let office: String
    /// The dropped triggers, to put back.
    private let triggers: [StoredTrigger]
    /// Each table's audit statement over the office's rows (`?1`) inserted after rowid `?2`, in insertion order,
    /// with that rowid.
    private let auditEntries: [(sql: String, after: Int64)]
    /// Each table's prepared insert, bound directly (`DirectStatement`).
    private var inserts = TableStatements(Self.insertSQL)
    private var count = 0
    private var h1: Int64 = 0
    private var h2: Int64 = 0

    /// Whether the district holds no row of `office` in its row tables or their versions.
    static func holdsNothing(_ db: Database, office: String) throws -> Bool {
        let tables = ["office_rows"] + StreetDatabase.ownedTables.map(\.sqlName)
        let sql = "SELECT " + tables.map { "EXISTS (SELECT 1 FROM \($0) WHERE office = ?1)" }.joined(separator: " OR ")
        return try Bool.fetchOne(db, sql: sql, arguments: [office]) == false
    }

    /// Drops the insert triggers of `tables`; nil (nothing dropped) when one of them is not as expected.
    static func begin(_ db: Database, office: String) throws -> FirstPushWriter? {
        var triggers: [StoredTrigger] = []
        var auditEntries: [(sql: String, after: Int64)] = []
        for table in tables {
            let names = ["\(table.sqlName)_digest_insert", "\(table.sqlName)_audit_insert"]
            let stored = try StoredTrigger.on(table, named: names, db)
            // The digest trigger is required; without an audit trigger (a copy made without the trail) the rows
            // get no entries, as they would not on the row-by-row path.
            guard stored.contains(where: { $0.name == names[0] }) else { return nil }
            if let audit = stored.first(where: { $0.name == names[1] }) {
                guard let entries = Self.auditEntries(trigger: audit.sql, table: table.sqlName) else { return nil }
                let last = try Int64.fetchOne(db, sql: "SELECT coalesce(max(rowid), 0) FROM \(table.sqlName)") ?? 0
                auditEntries.append((entries, last))
            }
            triggers += stored
        }
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger.name)") }
        return FirstPushWriter(office: office, triggers: triggers, auditEntries: auditEntries)
    }

    /// The audit trigger's statement made set-based: each `NEW.` column read from the table's rows of the office,
    /// oldest first; nil unless the trigger's body is the one statement the audit schema writes.
    static func auditEntries(trigger sql: String, table: String) -> String? {
        let source = "FROM audit_context WHERE id = 1;"
        guard let begin = sql.range(of: " BEGIN"), let end = sql.range(of: "END", options: .backwards),
            begin.upperBound < end.lowerBound
        else { return nil }
        let body = sql[begin.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.hasPrefix("INSERT INTO audit_log"), body.hasSuffix(source),
            body.components(separatedBy: ";").count == 2
        else { return nil }
        // The rows after `?2` (the table's last rowid before the push) in rowid order, which is insertion order.
        // english: SQL
        return String(body.dropLast(source.count)).replacingOccurrences(of: "NEW.", with: "t.")
            + "FROM audit_context, \(table) AS t WHERE audit_context.id = 1 AND t.rowid > ?2 AND +t.office = ?1 "
            + "ORDER BY t.rowid"
    }

    /// Whether `change` is written here rather than by the usual upsert.
    static func takes(_ change: SyncChange) -> Bool {
        change.operation == .upsert && tables.contains(change.table)
    }

    /// Inserts one row (of `tables`, an upsert) with its hash.
    mutating func insert(_ change: SyncChange, db: Database) throws {
        let hash = TableSpec.hash(table: change.table, values: change.values)
        let statement = try inserts.statement(for: change.table, db: db)
        try statement.bind(change.values, then: hash.h1, hash.h2)
        try statement.execute()
        count += 1
        h1 ^= hash.h1
        h2 ^= hash.h2
    }

    /// Moves the digest, writes the audit entries and puts the triggers back.
    func finish(_ db: Database) throws {
        if count > 0 {
            try db.execute(
                sql: """
                    INSERT INTO office_digest (office, n, h1, h2) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT (office) DO UPDATE SET n = n + excluded.n,
                      h1 = \(DigestTriggers.xor("h1", "excluded.h1")), h2 = \(DigestTriggers.xor("h2", "excluded.h2"))
                    """,
                arguments: [office, count, h1, h2]
            )
            for entries in auditEntries { try db.execute(sql: entries.sql, arguments: [office, entries.after]) }
        }
        for trigger in triggers { try db.execute(sql: trigger.sql) }
    }

    /// The plain insert of each table, built once.
    static let insertSQL = StoredTrigger.plainInserts(tables)
}
