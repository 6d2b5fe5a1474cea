import Foundation
import GRDB

/// One entry of the district's audit trail (Docs/Audit.md).
public struct AuditEntry: Hashable, Sendable {
    /// The entry's number: consecutive from 1.
    public var seq: Int64
    /// When it was recorded, UTC, ISO 8601 with milliseconds.
    public var at: String
    /// `insert`, `update`, `delete` for a row; `plan.import`, `office.add`, `office.rotate-secret`, … for an action.
    public var action: String
    /// Who: `sync` for a change an office pushed, the login name of the user who ran a command, or empty for a
    /// change made outside Jixiao (the sqlite3 shell).
    public var actor: String
    /// The office the row or action concerns (empty for the plan's rows).
    public var office: String
    /// For a sync: the pushing device and when its session started.
    public var device: String
    public var session: String
    /// The table and row key of a row change (empty for an action).
    public var table: String
    public var rowID: String
    /// The audited columns before and after, in the table's order (empty for an insert's before, a delete's after
    /// and an action).
    public var before: [AuditField]
    public var after: [AuditField]
    /// What an action did.
    public var note: String

    /// The audited columns whose value differs between before and after, in the table's order (every column for
    /// an insert or a delete).
    public var changes: [AuditChange] {
        let old = Dictionary(before.map { ($0.column, $0.value) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.map { ($0.column, $0.value) }, uniquingKeysWith: { a, _ in a })
        var names: [String] = []
        for field in after + before where !names.contains(field.column) { names.append(field.column) }
        return names.compactMap { name in
            let a = old[name] ?? nil
            let b = new[name] ?? nil
            return a == b ? nil : AuditChange(column: name, before: a, after: b)
        }
    }
}

/// A value in the trail: what SQLite stored.
public enum AuditValue: Hashable, Sendable, Encodable, CustomStringConvertible {
    case integer(Int64)
    case real(Double)
    case text(String)

    public var description: String {
        switch self {
        case .integer(let n): String(n)
        case .real(let d): String(d)
        case .text(let s): s
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let n): try container.encode(n)
        case .real(let d): try container.encode(d)
        case .text(let s): try container.encode(s)
        }
    }
}

/// One audited column of a row and its value (`nil` for SQL NULL).
public struct AuditField: Hashable, Sendable {
    public var column: String
    public var value: AuditValue?
}

/// One column of a row change: its value before and after (`nil` for SQL NULL or no row).
public struct AuditChange: Hashable, Sendable {
    public var column: String
    public var before: AuditValue?
    public var after: AuditValue?
}

/// Which entries `district audit` shows.
public struct AuditFilter: Hashable, Sendable {
    public var office: String?
    /// A row id or the start of one (ids are UUIDs; a unique prefix is enough).
    public var row: String?
    public var project: String?
    /// Entries recorded at or after this time (UTC, ISO 8601).
    public var since: String?

    public init(office: String? = nil, row: String? = nil, project: String? = nil, since: String? = nil) {
        self.office = office
        self.row = row
        self.project = project
        self.since = since
    }
}

extension DistrictDatabase {
    /// The audit trail's entries that match `filter`, oldest first.
    public func auditEntries(_ filter: AuditFilter = AuditFilter()) throws -> [AuditEntry] {
        try read { db in
            var conditions: [String] = []
            var arguments: [DatabaseValueConvertible] = []
            if let office = filter.office {
                conditions.append("office = ?")
                arguments.append(office)
            }
            if let row = filter.row {
                conditions.append("row_id <> '' AND substr(row_id, 1, length(?)) = ?")
                arguments += [row, row]
            }
            if let project = filter.project {
                conditions.append(
                    """
                    (coalesce(json_extract(after, '$.project'), json_extract(before, '$.project')) = ?
                      OR (tbl = 'indicator_values' AND coalesce(json_extract(after, '$.indicator'),
                        json_extract(before, '$.indicator')) IN (SELECT code FROM indicators WHERE project = ?))
                      OR (tbl = 'projects' AND substr(row_id, 1, length(?) + 1) = ? || '/'))
                    """
                )
                arguments += [project, project, project, project]
            }
            if let since = filter.since {
                conditions.append("at >= ?")
                arguments.append(since)
            }
            let sql =
                "SELECT \(AuditTrail.columns) FROM audit_log"
                + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")) + " ORDER BY seq"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                AuditEntry(
                    seq: row["seq"],
                    at: row["at"],
                    action: row["action"],
                    actor: row["actor"],
                    office: row["office"],
                    device: row["device"],
                    session: row["session"],
                    table: row["tbl"],
                    rowID: row["row_id"],
                    before: try Self.auditFields(db, row["before"]),
                    after: try Self.auditFields(db, row["after"]),
                    note: row["note"]
                )
            }
        }
    }

    /// The members of one of the triggers' JSON objects, in the order the triggers wrote them.
    static func auditFields(_ db: Database, _ json: String?) throws -> [AuditField] {
        guard let json else { return [] }
        return try Row.fetchAll(
            db.cachedStatement(sql: "SELECT key, value FROM json_each(?) ORDER BY id"),
            arguments: [json]
        ).map { row in
            let value: AuditValue? =
                switch (row[1] as DatabaseValue).storage {
                case .null, .blob: nil
                case .int64(let n): .integer(n)
                case .double(let d): .real(d)
                case .string(let s): .text(s)
                }
            return AuditField(column: row[0], value: value)
        }
    }

    /// Checks the audit trail's hash chain and guards (`district verify`).
    public func verifyAuditTrail() throws -> AuditVerification {
        try read { db in try AuditTrail.verify(db) }
    }
}
