/// SQL for the triggers that keep a digest (row count and XOR of row hashes) in step with a table, in the same
/// transaction as every insert, update and delete.
///
/// SQLite has no XOR operator and turns integer overflow into floating point, so XOR is written with bitwise
/// operators only: `a ^ b = (a | b) & ~(a & b)`.
enum DigestTriggers {
    static func xor(_ a: String, _ b: String) -> String { "((\(a) | \(b)) & ~(\(a) & \(b)))" }

    /// Triggers for the street side: one digest row (`id = 1`) for all of the office's rows.
    static func street(table: String) -> String {
        func apply(_ delta: String, _ row: String) -> String {
            "UPDATE digest SET n = n + \(delta), h1 = \(xor("h1", "\(row).rh1")), h2 = \(xor("h2", "\(row).rh2")) WHERE id = 1;"
        }
        return """
            CREATE TRIGGER \(table)_digest_insert AFTER INSERT ON \(table) BEGIN \(apply("1", "NEW")) END;
            CREATE TRIGGER \(table)_digest_delete AFTER DELETE ON \(table) BEGIN \(apply("-1", "OLD")) END;
            CREATE TRIGGER \(table)_digest_update AFTER UPDATE ON \(table) BEGIN \(apply("0", "OLD")) \(apply("0", "NEW")) END;
            """
    }

    /// Triggers for the district side: one digest row per office.
    static func district(table: String) -> String {
        func apply(_ delta: String, _ row: String) -> String {
            """
            INSERT INTO office_digest(office, n, h1, h2) VALUES (\(row).office, \(delta), \(row).rh1, \(row).rh2)
              ON CONFLICT(office) DO UPDATE SET n = n + \(delta), h1 = \(xor("h1", "excluded.h1")), h2 = \(xor("h2", "excluded.h2"));
            """
        }
        return """
            CREATE TRIGGER \(table)_digest_insert AFTER INSERT ON \(table) BEGIN \(apply("1", "NEW")) END;
            CREATE TRIGGER \(table)_digest_delete AFTER DELETE ON \(table) BEGIN \(apply("-1", "OLD")) END;
            CREATE TRIGGER \(table)_digest_update AFTER UPDATE ON \(table) BEGIN \(apply("0", "OLD")) \(apply("0", "NEW")) END;
            """
    }

    /// Triggers that record every change of an office-owned table in the street change log, with a new sequence
    /// number, keeping one entry per row (its latest operation).
    static func changeLog(table: String, tableID: UInt8) -> String {
        func record(_ row: String, _ op: Int) -> String {
            """
            DELETE FROM changes WHERE tbl = \(tableID) AND row_id = \(row).id;
            INSERT INTO changes(tbl, row_id, op) VALUES (\(tableID), \(row).id, \(op));
            """
        }
        return """
            CREATE TRIGGER \(table)_change_insert AFTER INSERT ON \(table) BEGIN \(record("NEW", 1)) END;
            CREATE TRIGGER \(table)_change_update AFTER UPDATE ON \(table) BEGIN
              DELETE FROM changes WHERE tbl = \(tableID) AND row_id IN (OLD.id, NEW.id);
              INSERT INTO changes(tbl, row_id, op) SELECT \(tableID), OLD.id, 2 WHERE OLD.id <> NEW.id;
              INSERT INTO changes(tbl, row_id, op) VALUES (\(tableID), NEW.id, 1);
            END;
            CREATE TRIGGER \(table)_change_delete AFTER DELETE ON \(table) BEGIN \(record("OLD", 2)) END;
            """
    }
}
