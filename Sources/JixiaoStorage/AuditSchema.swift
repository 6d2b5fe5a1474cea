/// SQL for the district's audit trail (Docs/Audit.md): the append-only `audit_log`, the context a writer states
/// before it writes (`audit_context`), the sealed head of the hash chain (`audit_head`), and the triggers that record
/// every change of an office's rows and of the plan's rows in the same transaction as the change.
///
/// The triggers take who wrote from `audit_context`; every Jixiao write transaction states it first and clears it
/// when it seals, so a change made outside Jixiao (the sqlite3 shell) is still recorded, with no actor.
enum AuditSchema {
    /// The column lists are written out here, not taken from `TableSpec`: a shipped migration never changes.
    static let v6 =
        """
        CREATE TABLE audit_context (
          id INTEGER PRIMARY KEY CHECK (id = 1), actor TEXT NOT NULL, device TEXT NOT NULL, session TEXT NOT NULL,
          at TEXT NOT NULL);
        INSERT INTO audit_context VALUES (1, '', '', '', '');
        CREATE TABLE audit_head (
          id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash BLOB NOT NULL);
        INSERT INTO audit_head VALUES (1, 0, zeroblob(32));
        CREATE TABLE audit_log (
          seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, action TEXT NOT NULL, actor TEXT NOT NULL,
          office TEXT NOT NULL, device TEXT NOT NULL, session TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL,
          before TEXT, after TEXT, note TEXT NOT NULL DEFAULT '');
        CREATE TABLE audit_seals (
          last_seq INTEGER PRIMARY KEY, first_seq INTEGER NOT NULL, marks BLOB NOT NULL, hash BLOB NOT NULL);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER audit_seals_no_update BEFORE UPDATE ON audit_seals
          BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER audit_seals_no_delete BEFORE DELETE ON audit_seals
          BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

        """
        + triggers(
            table: "expenditures",
            key: "id",
            office: "office",
            columns: ["project", "category", "fund", "amount", "date", "voucher", "payee", "note"]
        )
        + triggers(
            table: "indicator_values",
            key: "id",
            office: "office",
            columns: ["indicator", "period", "label", "num", "text", "note"]
        )
        + triggers(table: "narratives", key: "id", office: "office", columns: ["project", "year", "section", "text"])
        + triggers(
            table: "projects",
            key: "code || '/' || @.year",
            office: nil,
            columns: ["year", "name", "department", "implementer", "goal", "offices", "deleted"]
        )
        + triggers(
            table: "funds",
            key: "project || '/' || @.code || '/' || @.year",
            office: nil,
            columns: ["year", "name", "initial_budget", "adjusted_budget", "deleted"]
        )
        + triggers(
            table: "categories",
            key: "project || '/' || @.code || '/' || @.year",
            office: nil,
            columns: ["year", "name", "deleted"]
        )
        + triggers(
            table: "indicators",
            key: "code || '/' || @.year",
            office: nil,
            columns: [
                "project", "year", "name", "level1", "level2", "unit", "target", "direction", "weight", "aggregate",
                "formula",
                "reporters", "frequency", "deleted",
            ]
        )

    /// The insert, update and delete triggers of one table. `key` is the row's key expression (`@.` stands for the
    /// row, `NEW` or `OLD`); `office` the column naming the office, if the table has one. An update that changes no
    /// audited column (a replayed upsert, a new revision number) records nothing.
    static func triggers(table: String, key: String, office: String?, columns: [String]) -> String {
        func keyOf(_ row: String) -> String {
            "\(row).\(key.replacingOccurrences(of: "@.", with: "\(row)."))"
        }
        func values(_ row: String) -> String {
            "json_object(" + columns.map { "'\($0)', \(row).\($0)" }.joined(separator: ", ") + ")"
        }
        func entry(_ action: String, _ row: String, before: String, after: String) -> String {
            """
            INSERT INTO audit_log (at, action, actor, office, device, session, tbl, row_id, before, after)
              SELECT coalesce(nullif(at, ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), '\(action)', actor, \(office.map { "\(row).\($0)" } ?? "''"),
                device, session, '\(table)', \(keyOf(row)), \(before), \(after) FROM audit_context WHERE id = 1;
            """
        }
        let changed = columns.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
        return """
            CREATE TRIGGER \(table)_audit_insert AFTER INSERT ON \(table) BEGIN
              \(entry("insert", "NEW", before: "NULL", after: values("NEW")))
            END;
            CREATE TRIGGER \(table)_audit_update AFTER UPDATE ON \(table) WHEN \(changed) BEGIN
              \(entry("update", "NEW", before: values("OLD"), after: values("NEW")))
            END;
            CREATE TRIGGER \(table)_audit_delete AFTER DELETE ON \(table) BEGIN
              \(entry("delete", "OLD", before: values("OLD"), after: "NULL"))
            END;

            """
    }
}
