import GRDB

/// The district's schema. Migrations are append-only: never edit a shipped one, add a new one.
enum DistrictSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("district-v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("district-v2-sync-sessions") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("district-v3-devices") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("district-v4-tls-identity") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("district-v5-years") { db in
            try db.execute(sql: v5)
            try YearMigration.rehashDistrictNarratives(db)
            try db.execute(sql: v5Triggers)
        }
        // Last: the audit triggers sit on the tables that district-v5-years rebuilt.
        migrator.registerMigration("district-v6-audit-trail") { db in
            try db.execute(sql: AuditSchema.v6)
        }
        // Review (schema 3) puts audit triggers on its own tables, so it follows the trail's migration.
        migrator.registerMigration("district-v7-review") { db in
            try db.execute(sql: ReviewSchema.district)
        }
        // Last: validation rules on projects and an explicit previous-year code on indicators (issue #13).
        migrator.registerMigration("district-v8-years-rules") { db in
            try db.execute(sql: v8YearsRules)
        }
        return migrator
    }

    /// A project's validation rules (a JSON list of rule texts) and an indicator's `previous` code, both appended
    /// to the columns that travel (TableSpec); the audit triggers of the two tables are made again with them.
    static let v8YearsRules =
        """
        ALTER TABLE projects ADD COLUMN rules TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE indicators ADD COLUMN previous TEXT NOT NULL DEFAULT '';
        DROP TRIGGER projects_audit_insert; DROP TRIGGER projects_audit_update; DROP TRIGGER projects_audit_delete;
        DROP TRIGGER indicators_audit_insert; DROP TRIGGER indicators_audit_update;
        DROP TRIGGER indicators_audit_delete;

        """
        + AuditSchema.triggers(
            table: "projects",
            key: "code || '/' || @.year",
            office: nil,
            columns: ["year", "name", "department", "implementer", "goal", "offices", "rules", "deleted"]
        )
        + AuditSchema.triggers(
            table: "indicators",
            key: "code || '/' || @.year",
            office: nil,
            columns: [
                "project", "year", "name", "level1", "level2", "unit", "target", "direction", "weight", "aggregate",
                "formula", "reporters", "frequency", "previous", "deleted",
            ]
        )

    /// Settings, offices and their sync state, reference data with revisions and tombstones, every office's rows,
    /// per-office digests.
    static let v1 = """
        CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;

        CREATE TABLE offices (
          code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('street', 'department')), enabled INTEGER NOT NULL DEFAULT 1,
          secret BLOB NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE office_sync (
          office TEXT PRIMARY KEY NOT NULL REFERENCES offices (code), epoch TEXT NOT NULL DEFAULT '',
          acked_seq INTEGER NOT NULL DEFAULT 0, ref_cursor INTEGER NOT NULL DEFAULT 0,
          last_sync_at TEXT, last_result TEXT, agreed_n INTEGER, agreed_h1 INTEGER, agreed_h2 INTEGER);

        CREATE TABLE projects (
          code TEXT PRIMARY KEY NOT NULL, year INTEGER NOT NULL, name TEXT NOT NULL, department TEXT NOT NULL,
          implementer TEXT NOT NULL, goal TEXT NOT NULL, offices TEXT NOT NULL,
          rev INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE funds (
          project TEXT NOT NULL REFERENCES projects (code), code TEXT NOT NULL, name TEXT NOT NULL,
          initial_budget INTEGER NOT NULL, adjusted_budget INTEGER NOT NULL,
          rev INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (project, code));
        CREATE TABLE categories (
          project TEXT NOT NULL REFERENCES projects (code), code TEXT NOT NULL, name TEXT NOT NULL,
          rev INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (project, code));
        CREATE TABLE indicators (
          code TEXT PRIMARY KEY NOT NULL, project TEXT NOT NULL REFERENCES projects (code), name TEXT NOT NULL,
          level1 TEXT NOT NULL, level2 TEXT NOT NULL, unit TEXT NOT NULL, target TEXT NOT NULL,
          direction TEXT NOT NULL, weight REAL NOT NULL, aggregate TEXT NOT NULL, formula TEXT NOT NULL,
          reporters TEXT NOT NULL, frequency TEXT NOT NULL, rev INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX projects_rev ON projects (rev);
        CREATE INDEX funds_rev ON funds (rev);
        CREATE INDEX categories_rev ON categories (rev);
        CREATE INDEX indicators_rev ON indicators (rev);

        CREATE TABLE expenditures (
          office TEXT NOT NULL REFERENCES offices (code), id TEXT NOT NULL, project TEXT NOT NULL,
          category TEXT NOT NULL, fund TEXT NOT NULL, amount INTEGER NOT NULL, date TEXT NOT NULL,
          voucher TEXT NOT NULL, payee TEXT NOT NULL, note TEXT NOT NULL,
          rh1 INTEGER NOT NULL, rh2 INTEGER NOT NULL, PRIMARY KEY (office, id));
        CREATE INDEX expenditures_project ON expenditures (project, office, fund, category, amount);
        CREATE TABLE indicator_values (
          office TEXT NOT NULL REFERENCES offices (code), id TEXT NOT NULL, indicator TEXT NOT NULL,
          period TEXT NOT NULL, label TEXT NOT NULL, num REAL, text TEXT, note TEXT NOT NULL,
          rh1 INTEGER NOT NULL, rh2 INTEGER NOT NULL, PRIMARY KEY (office, id));
        CREATE INDEX indicator_values_indicator ON indicator_values (indicator, office, period);
        CREATE TABLE narratives (
          office TEXT NOT NULL REFERENCES offices (code), id TEXT NOT NULL, project TEXT NOT NULL,
          section TEXT NOT NULL, text TEXT NOT NULL, rh1 INTEGER NOT NULL, rh2 INTEGER NOT NULL,
          PRIMARY KEY (office, id));
        CREATE INDEX narratives_project ON narratives (project, office);

        CREATE TABLE office_digest (
          office TEXT PRIMARY KEY NOT NULL, n INTEGER NOT NULL, h1 INTEGER NOT NULL, h2 INTEGER NOT NULL);
        """
        + DigestTriggers.district(table: "expenditures")
        + DigestTriggers.district(table: "indicator_values")
        + DigestTriggers.district(table: "narratives")

    /// One row per sync session, for `district office list` and `district status`.
    static let v2 = """
        CREATE TABLE sync_sessions (
          id INTEGER PRIMARY KEY, office TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
          result TEXT NOT NULL, ok INTEGER NOT NULL, rows_in INTEGER NOT NULL DEFAULT 0,
          rows_out INTEGER NOT NULL DEFAULT 0, bytes_in INTEGER NOT NULL DEFAULT 0,
          bytes_out INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX sync_sessions_office ON sync_sessions (office, id);
        """

    /// Protocol version 2 (Protocol.md §10.6–§10.8): every office row's version and revision (tombstones included),
    /// the office's row revision counter, its devices, and the conflicts table. Rows stored before it get the
    /// version none and revision 1, so every device pulls them once.
    static let v3 = """
        CREATE TABLE office_rows (
          office TEXT NOT NULL, tbl INTEGER NOT NULL, row_id TEXT NOT NULL, clock INTEGER NOT NULL,
          device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, rev INTEGER NOT NULL,
          PRIMARY KEY (office, tbl, row_id)) WITHOUT ROWID;
        CREATE INDEX office_rows_rev ON office_rows (office, rev);
        INSERT INTO office_rows (office, tbl, row_id, clock, device, rev) SELECT office, 1, id, 0, '', 1 FROM expenditures;
        INSERT INTO office_rows (office, tbl, row_id, clock, device, rev) SELECT office, 2, id, 0, '', 1 FROM indicator_values;
        INSERT INTO office_rows (office, tbl, row_id, clock, device, rev) SELECT office, 3, id, 0, '', 1 FROM narratives;
        ALTER TABLE office_sync ADD COLUMN row_rev INTEGER NOT NULL DEFAULT 0;
        UPDATE office_sync SET row_rev = 1 WHERE office IN (SELECT office FROM office_rows);

        CREATE TABLE devices (
          office TEXT NOT NULL REFERENCES offices (code), device TEXT NOT NULL, first_sync_at TEXT NOT NULL,
          last_sync_at TEXT NOT NULL, sessions INTEGER NOT NULL DEFAULT 0, rows_pushed INTEGER NOT NULL DEFAULT 0,
          max_clock INTEGER NOT NULL DEFAULT 0, revoked_at TEXT, PRIMARY KEY (office, device)) WITHOUT ROWID;

        CREATE TABLE conflicts (
          id INTEGER PRIMARY KEY, office TEXT NOT NULL REFERENCES offices (code), tbl INTEGER NOT NULL,
          row_id TEXT NOT NULL, loser_op INTEGER NOT NULL, loser_clock INTEGER NOT NULL, loser_device TEXT NOT NULL,
          winner_op INTEGER NOT NULL, winner_clock INTEGER NOT NULL, winner_device TEXT NOT NULL,
          loser_values BLOB NOT NULL, loser_text TEXT NOT NULL, recorded_at TEXT NOT NULL, rev INTEGER NOT NULL);
        CREATE INDEX conflicts_office_rev ON conflicts (office, rev);
        """

    /// The district's TLS identity: the current key pair and certificate, and the one staged to replace it. The key
    /// lives in the database file (mode 0600), so `district backup` carries it and nothing else shows it.
    static let v4 = """
        CREATE TABLE tls_identity (
          slot TEXT PRIMARY KEY NOT NULL CHECK (slot IN ('current', 'next')),
          private_key_pem TEXT NOT NULL, certificate_der BLOB NOT NULL, created_at TEXT NOT NULL) WITHOUT ROWID;
        """

    /// Codes are unique within a year (schema version 2, Protocol.md §11.2): projects are keyed by code and year,
    /// funds and categories by project, code and year, indicators by code and year (each gains a `year` column),
    /// and a narrative names its project's year. Rows already held take the year of their project (codes were unique
    /// across years before); revisions are kept, so offices pull nothing for the migration itself. The narratives'
    /// row hashes cover the new column: `YearMigration` rehashes them and moves each office's digest (and its agreed
    /// digest) by the same XOR before the triggers are back (`v5Triggers`).
    static let v5 = """
        CREATE TABLE projects_v5 (
          code TEXT NOT NULL, year INTEGER NOT NULL, name TEXT NOT NULL, department TEXT NOT NULL,
          implementer TEXT NOT NULL, goal TEXT NOT NULL, offices TEXT NOT NULL,
          rev INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (code, year));
        INSERT INTO projects_v5 SELECT code, year, name, department, implementer, goal, offices, rev, deleted
          FROM projects ORDER BY rowid;
        CREATE TABLE funds_v5 (
          project TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
          initial_budget INTEGER NOT NULL, adjusted_budget INTEGER NOT NULL, year INTEGER NOT NULL,
          rev INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (project, code, year),
          FOREIGN KEY (project, year) REFERENCES projects (code, year));
        INSERT INTO funds_v5 SELECT f.project, f.code, f.name, f.initial_budget, f.adjusted_budget,
          (SELECT p.year FROM projects p WHERE p.code = f.project), f.rev, f.deleted FROM funds f ORDER BY f.rowid;
        CREATE TABLE categories_v5 (
          project TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, year INTEGER NOT NULL,
          rev INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (project, code, year),
          FOREIGN KEY (project, year) REFERENCES projects (code, year));
        INSERT INTO categories_v5 SELECT c.project, c.code, c.name,
          (SELECT p.year FROM projects p WHERE p.code = c.project), c.rev, c.deleted FROM categories c ORDER BY c.rowid;
        CREATE TABLE indicators_v5 (
          code TEXT NOT NULL, project TEXT NOT NULL, name TEXT NOT NULL,
          level1 TEXT NOT NULL, level2 TEXT NOT NULL, unit TEXT NOT NULL, target TEXT NOT NULL,
          direction TEXT NOT NULL, weight REAL NOT NULL, aggregate TEXT NOT NULL, formula TEXT NOT NULL,
          reporters TEXT NOT NULL, frequency TEXT NOT NULL, year INTEGER NOT NULL,
          rev INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (code, year),
          FOREIGN KEY (project, year) REFERENCES projects (code, year));
        INSERT INTO indicators_v5 SELECT i.code, i.project, i.name, i.level1, i.level2, i.unit, i.target,
          i.direction, i.weight, i.aggregate, i.formula, i.reporters, i.frequency,
          (SELECT p.year FROM projects p WHERE p.code = i.project), i.rev, i.deleted FROM indicators i ORDER BY i.rowid;
        CREATE TABLE narratives_v5 (
          office TEXT NOT NULL REFERENCES offices (code), id TEXT NOT NULL, project TEXT NOT NULL,
          section TEXT NOT NULL, text TEXT NOT NULL, year INTEGER NOT NULL, rh1 INTEGER NOT NULL, rh2 INTEGER NOT NULL,
          PRIMARY KEY (office, id));
        INSERT INTO narratives_v5 SELECT n.office, n.id, n.project, n.section, n.text,
          coalesce((SELECT p.year FROM projects p WHERE p.code = n.project), 0), n.rh1, n.rh2 FROM narratives n;
        DROP TABLE narratives;
        ALTER TABLE narratives_v5 RENAME TO narratives;
        CREATE INDEX narratives_project ON narratives (project, year, office);
        DROP TABLE indicators;
        ALTER TABLE indicators_v5 RENAME TO indicators;
        DROP TABLE categories;
        ALTER TABLE categories_v5 RENAME TO categories;
        DROP TABLE funds;
        ALTER TABLE funds_v5 RENAME TO funds;
        DROP TABLE projects;
        ALTER TABLE projects_v5 RENAME TO projects;
        CREATE INDEX projects_rev ON projects (rev);
        CREATE INDEX funds_rev ON funds (rev);
        CREATE INDEX categories_rev ON categories (rev);
        CREATE INDEX indicators_rev ON indicators (rev);
        """

    /// The narratives' digest triggers, dropped with the old table in `v5`.
    static let v5Triggers = DigestTriggers.district(table: "narratives")
}
