import GRDB

/// The street office's schema. Migrations are append-only: never edit a shipped one, add a new one.
enum StreetSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("street-v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("street-v2-sync-runs") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("street-v3-devices") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("street-v4-imported-files") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("street-v5-years") { db in
            try db.execute(sql: v5)
            try YearMigration.rehashStreetNarratives(db)
            try db.execute(sql: v5Triggers)
        }
        migrator.registerMigration("street-v6-review") { db in
            try db.execute(sql: ReviewSchema.street)
        }
        // Last: validation rules on projects and an explicit previous-year code on indicators (issue #13).
        migrator.registerMigration("street-v7-years-rules") { db in
            try db.execute(sql: v7YearsRules)
        }
        return migrator
    }

    /// A project's validation rules and an indicator's `previous` code, appended to the columns that travel.
    static let v7YearsRules = """
        ALTER TABLE projects ADD COLUMN rules TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE indicators ADD COLUMN previous TEXT NOT NULL DEFAULT '';
        """

    /// Settings, the reference data received from the district, the office's own rows, the change log, the digest.
    static let v1 = """
        CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;

        CREATE TABLE projects (
          code TEXT PRIMARY KEY NOT NULL, year INTEGER NOT NULL, name TEXT NOT NULL, department TEXT NOT NULL,
          implementer TEXT NOT NULL, goal TEXT NOT NULL, offices TEXT NOT NULL);
        CREATE TABLE funds (
          project TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, initial_budget INTEGER NOT NULL,
          adjusted_budget INTEGER NOT NULL, PRIMARY KEY (project, code));
        CREATE TABLE categories (
          project TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (project, code));
        CREATE TABLE indicators (
          code TEXT PRIMARY KEY NOT NULL, project TEXT NOT NULL, name TEXT NOT NULL, level1 TEXT NOT NULL,
          level2 TEXT NOT NULL, unit TEXT NOT NULL, target TEXT NOT NULL, direction TEXT NOT NULL, weight REAL NOT NULL,
          aggregate TEXT NOT NULL, formula TEXT NOT NULL, reporters TEXT NOT NULL, frequency TEXT NOT NULL);

        CREATE TABLE expenditures (
          id TEXT PRIMARY KEY NOT NULL, office TEXT NOT NULL, project TEXT NOT NULL, category TEXT NOT NULL,
          fund TEXT NOT NULL, amount INTEGER NOT NULL CHECK (amount <> 0), date TEXT NOT NULL,
          voucher TEXT NOT NULL DEFAULT '', payee TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
          rh1 INTEGER NOT NULL, rh2 INTEGER NOT NULL);
        CREATE INDEX expenditures_project_date ON expenditures (project, date);
        CREATE INDEX expenditures_voucher ON expenditures (project, voucher) WHERE voucher <> '';
        CREATE TABLE indicator_values (
          id TEXT PRIMARY KEY NOT NULL, office TEXT NOT NULL, indicator TEXT NOT NULL, period TEXT NOT NULL,
          label TEXT NOT NULL DEFAULT '', num REAL, text TEXT, note TEXT NOT NULL DEFAULT '',
          rh1 INTEGER NOT NULL, rh2 INTEGER NOT NULL,
          UNIQUE (indicator, period, label), CHECK ((num IS NULL) <> (text IS NULL)));
        CREATE TABLE narratives (
          id TEXT PRIMARY KEY NOT NULL, office TEXT NOT NULL, project TEXT NOT NULL,
          section TEXT NOT NULL CHECK (section IN ('highlights', 'problems', 'measures')), text TEXT NOT NULL,
          rh1 INTEGER NOT NULL, rh2 INTEGER NOT NULL, UNIQUE (project, section));

        CREATE TABLE changes (
          seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl INTEGER NOT NULL, row_id TEXT NOT NULL,
          op INTEGER NOT NULL CHECK (op IN (1, 2)), UNIQUE (tbl, row_id));
        CREATE TABLE digest (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL, h1 INTEGER NOT NULL, h2 INTEGER NOT NULL);
        INSERT INTO digest VALUES (1, 0, 0, 0);
        """
        + DigestTriggers.street(table: "expenditures")
        + DigestTriggers.street(table: "indicator_values")
        + DigestTriggers.street(table: "narratives")
        + DigestTriggers.changeLog(table: "expenditures", tableID: 1)
        + DigestTriggers.changeLog(table: "indicator_values", tableID: 2)
        + DigestTriggers.changeLog(table: "narratives", tableID: 3)

    /// A history of sync attempts, for `street status`.
    static let v2 = """
        CREATE TABLE sync_runs (
          id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT NOT NULL, result TEXT NOT NULL,
          ok INTEGER NOT NULL, pushed INTEGER NOT NULL DEFAULT 0, pulled INTEGER NOT NULL DEFAULT 0,
          bytes_sent INTEGER NOT NULL DEFAULT 0, bytes_received INTEGER NOT NULL DEFAULT 0,
          digest_match INTEGER);
        """

    /// Protocol version 2 (Protocol.md §10.6–§10.7): the clock of each pending change (assigned once, when it is
    /// first pushed, so a retry carries the same version), the version of every row as the district knows it, the
    /// conflicts pulled from the district, the row cursor and the device's clock.
    static let v3 = """
        ALTER TABLE changes ADD COLUMN clock INTEGER;
        CREATE TABLE row_versions (
          tbl INTEGER NOT NULL, row_id TEXT NOT NULL, clock INTEGER NOT NULL, device TEXT NOT NULL,
          PRIMARY KEY (tbl, row_id)) WITHOUT ROWID;
        CREATE TABLE conflicts (
          id TEXT PRIMARY KEY NOT NULL, office TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL,
          loser_op TEXT NOT NULL, loser_version TEXT NOT NULL, winner_op TEXT NOT NULL, winner_version TEXT NOT NULL,
          loser_values TEXT NOT NULL, recorded_at TEXT NOT NULL);
        INSERT OR IGNORE INTO settings (key, value) VALUES ('row_cursor', '0'), ('clock', '0'), ('own_clock', '0');
        """

    /// The files `street import` read, by content hash, so the same file is not imported twice by mistake. Not
    /// synced: only this office's own imports.
    static let v4 = """
        CREATE TABLE imported_files (
          kind TEXT NOT NULL, hash TEXT NOT NULL, name TEXT NOT NULL, rows INTEGER NOT NULL,
          imported_at REAL NOT NULL, PRIMARY KEY (kind, hash)) WITHOUT ROWID;
        """

    /// Codes are unique within a year (schema version 2, Protocol.md §11.2): the reference mirror is keyed by code
    /// and year (funds, categories and indicators gain a `year` column), and a narrative names its project's year.
    /// Rows already held take the year of their project (codes were unique across years before). The narratives'
    /// row hashes cover the new column, so `YearMigration` rehashes them, with the digest, before the triggers are
    /// back (`v5Triggers`): the rehash is no change of the office's and enters no change log.
    static let v5 = """
        CREATE TABLE projects_v5 (
          code TEXT NOT NULL, year INTEGER NOT NULL, name TEXT NOT NULL, department TEXT NOT NULL,
          implementer TEXT NOT NULL, goal TEXT NOT NULL, offices TEXT NOT NULL, PRIMARY KEY (code, year));
        INSERT INTO projects_v5 SELECT code, year, name, department, implementer, goal, offices FROM projects ORDER BY rowid;
        CREATE TABLE funds_v5 (
          project TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, initial_budget INTEGER NOT NULL,
          adjusted_budget INTEGER NOT NULL, year INTEGER NOT NULL, PRIMARY KEY (project, code, year));
        INSERT INTO funds_v5 SELECT f.project, f.code, f.name, f.initial_budget, f.adjusted_budget,
          coalesce((SELECT p.year FROM projects p WHERE p.code = f.project), 0) FROM funds f ORDER BY f.rowid;
        CREATE TABLE categories_v5 (
          project TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, year INTEGER NOT NULL,
          PRIMARY KEY (project, code, year));
        INSERT INTO categories_v5 SELECT c.project, c.code, c.name,
          coalesce((SELECT p.year FROM projects p WHERE p.code = c.project), 0) FROM categories c ORDER BY c.rowid;
        CREATE TABLE indicators_v5 (
          code TEXT NOT NULL, project TEXT NOT NULL, name TEXT NOT NULL, level1 TEXT NOT NULL,
          level2 TEXT NOT NULL, unit TEXT NOT NULL, target TEXT NOT NULL, direction TEXT NOT NULL, weight REAL NOT NULL,
          aggregate TEXT NOT NULL, formula TEXT NOT NULL, reporters TEXT NOT NULL, frequency TEXT NOT NULL,
          year INTEGER NOT NULL, PRIMARY KEY (code, year));
        INSERT INTO indicators_v5 SELECT i.code, i.project, i.name, i.level1, i.level2, i.unit, i.target, i.direction,
          i.weight, i.aggregate, i.formula, i.reporters, i.frequency,
          coalesce((SELECT p.year FROM projects p WHERE p.code = i.project), 0) FROM indicators i ORDER BY i.rowid;
        CREATE TABLE narratives_v5 (
          id TEXT PRIMARY KEY NOT NULL, office TEXT NOT NULL, project TEXT NOT NULL,
          section TEXT NOT NULL CHECK (section IN ('highlights', 'problems', 'measures')), text TEXT NOT NULL,
          year INTEGER NOT NULL, rh1 INTEGER NOT NULL, rh2 INTEGER NOT NULL, UNIQUE (project, year, section));
        INSERT INTO narratives_v5 SELECT n.id, n.office, n.project, n.section, n.text,
          coalesce((SELECT p.year FROM projects p WHERE p.code = n.project), 0), n.rh1, n.rh2 FROM narratives n;
        DROP TABLE narratives;
        ALTER TABLE narratives_v5 RENAME TO narratives;
        DROP TABLE indicators;
        ALTER TABLE indicators_v5 RENAME TO indicators;
        DROP TABLE categories;
        ALTER TABLE categories_v5 RENAME TO categories;
        DROP TABLE funds;
        ALTER TABLE funds_v5 RENAME TO funds;
        DROP TABLE projects;
        ALTER TABLE projects_v5 RENAME TO projects;
        """

    /// The narratives' digest and change-log triggers, dropped with the old table in `v5`.
    static let v5Triggers =
        DigestTriggers.street(table: "narratives") + DigestTriggers.changeLog(table: "narratives", tableID: 3)
}
