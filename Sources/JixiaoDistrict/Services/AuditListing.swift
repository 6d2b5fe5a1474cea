import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoStorage

/// `district audit`: who changed what, when, from what to what (Docs/Audit.md).
public enum AuditListing {
    /// The entries that match `filter`.
    /// - Throws: `DistrictError.notFound` for an office that is not enrolled; `.invalidArgument` for a `since` that
    ///   is not a date or time.
    public static func entries(_ filter: AuditFilter, in database: DistrictDatabase) throws -> [AuditEntry] {
        if let office = filter.office { try OfficeAdmin.requireEnrolled(office, in: database) }
        return try database.auditEntries(filter)
    }

    /// Parses `--since`: a date (`2026-12-01`, local midnight) or a time with offset (`2026-12-01T08:00:00+08:00`).
    /// - Returns: the UTC ISO 8601 text the trail is compared with.
    public static func since(_ text: String, timeZone: TimeZone = .current) throws -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = DisplayTime.parse(text) { return formatter.string(from: date) }
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.calendar = Calendar(identifier: .gregorian)
        day.timeZone = timeZone
        day.dateFormat = "yyyy-MM-dd"
        if let date = day.date(from: text), day.string(from: date) == text { return formatter.string(from: date) }
        throw DistrictError.invalidInput(tr("district.audit.bad-since", ["text": text]))
    }

    /// Columns that hold fen: shown in 元 in the table.
    static let moneyColumns: Set<String> = ["amount", "initial_budget", "adjusted_budget"]

    /// Who made an entry, as people read it: `sync 银盆岭街道 device 1a2b…`, a login name, or `outside Jixiao`.
    static func who(_ entry: AuditEntry) -> String {
        if entry.actor == "sync" { return tr("district.audit.by-sync", ["device": String(entry.device.prefix(8))]) }
        return entry.actor.isEmpty ? tr("district.audit.outside") : entry.actor
    }

    /// What changed, on one line: `amount: 1,200.00 → 1,250.00; payee: 甲 → 乙`, or the action's note.
    static func change(_ entry: AuditEntry, for format: OutputFormat) -> String {
        guard !entry.changes.isEmpty else { return entry.note }
        return entry.changes.map { change in
            func show(_ value: AuditValue?) -> String {
                guard let value else { return "∅" }
                if format == .table, moneyColumns.contains(change.column), case .integer(let fen) = value {
                    return Money(fen: fen).formattedYuan()
                }
                return value.description
            }
            switch entry.action {
            case "insert": return "\(change.column): \(show(change.after))"
            case "delete": return "\(change.column): \(show(change.before))"
            default: return "\(change.column): \(show(change.before)) → \(show(change.after))"
            }
        }.joined(separator: "; ")
    }

    /// The entries as a table (times as `times` shows them) or CSV (stored UTC times).
    public static func table(
        _ entries: [AuditEntry],
        for format: OutputFormat,
        times: DisplayTime? = DisplayTime()
    )
        -> Table
    {
        var table = Table(
            columns: [
                Table.Column(header: "seq", alignment: .right), Table.Column(header: "time"),
                Table.Column(header: "action"), Table.Column(header: "by"), Table.Column(header: "office"),
                Table.Column(header: "table"), Table.Column(header: "row"), Table.Column(header: "change"),
            ],
            titleRule: false
        )
        for entry in entries {
            table.append([
                String(entry.seq), times?.string(fromStored: entry.at) ?? entry.at, entry.action, who(entry),
                entry.office, entry.table, entry.rowID, change(entry, for: format),
            ])
        }
        return table
    }

    /// A row's columns as a JSON object, in the table's order.
    struct Fields: Encodable {
        var fields: [AuditField]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for field in fields {
                if let value = field.value {
                    try container.encode(value, forKey: Key(stringValue: field.column))
                } else {
                    try container.encodeNil(forKey: Key(stringValue: field.column))
                }
            }
        }
    }

    /// One entry in JSON: every field, with `before` and `after` as objects of every audited column.
    struct EntryJSON: Encodable {
        var seq: Int64
        var at: String
        var action: String
        var actor: String
        var office: String
        var device: String
        var session: String
        var table: String
        var row: String
        var before: Fields?
        var after: Fields?
        var note: String
    }

    /// The entries in `format`.
    public static func render(
        _ entries: [AuditEntry],
        _ format: OutputFormat,
        times: DisplayTime = DisplayTime()
    )
        throws -> String
    {
        switch format {
        case .table: return table(entries, for: .table, times: times).render()
        case .csv: return table(entries, for: .csv, times: nil).csv().text
        case .json:
            return try JSONOutput.string(
                entries.map { entry in
                    EntryJSON(
                        seq: entry.seq,
                        at: entry.at,
                        action: entry.action,
                        actor: entry.actor,
                        office: entry.office,
                        device: entry.device,
                        session: entry.session,
                        table: entry.table,
                        row: entry.rowID,
                        before: entry.before.isEmpty ? nil : Fields(fields: entry.before),
                        after: entry.after.isEmpty ? nil : Fields(fields: entry.after),
                        note: entry.note
                    )
                }
            ) + "\n"
        }
    }
}
