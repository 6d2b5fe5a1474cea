import JixiaoModels

extension ConflictRecord {
    /// The record as a pulled row of the `conflicts` table (Protocol.md §8.3, TableSpec.conflicts).
    var change: SyncChange {
        SyncChange(
            table: .conflicts,
            operation: .upsert,
            key: id,
            office: office,
            values: values.map { .text($0) }
        )
    }

    var values: [String] {
        [
            id, office, table, key, loserOperation, loserVersion.text, winnerOperation, winnerVersion.text, loserValues,
            recordedAt,
        ]
    }

    /// A pulled `conflicts` row back as a record.
    init(values: [SyncValue]) {
        let text = values.map(\.text)
        self.init(
            id: text[0],
            office: text[1],
            table: text[2],
            key: text[3],
            loserOperation: text[4],
            loserVersion: RowVersion(text: text[5]),
            winnerOperation: text[6],
            winnerVersion: RowVersion(text: text[7]),
            loserValues: text[8],
            recordedAt: text[9]
        )
    }

    /// A row's values as `column=value` text, for people reading a conflict.
    static func describe(_ change: SyncChange) -> String {
        guard change.operation == .upsert else { return "" }
        let spec = TableSpec.of(change.table)
        return zip(spec.columns, change.values).map { column, value in
            let text: String
            switch value {
            case .null: text = "null"
            case .integer(let n): text = String(n)
            case .real(let d): text = String(d)
            case .text(let s): text = s
            }
            return "\(column.name)=\(text)"
        }.joined(separator: "; ")
    }
}

extension RowVersion {
    /// `clock@device`, the stored text form.
    var text: String { "\(clock)@\(device)" }

    /// Parses `clock@device`; `.none` when it does not parse.
    init(text: String) {
        let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let clock = Int64(parts[0]) else {
            self = .none
            return
        }
        self.init(clock: clock, device: String(parts[1]))
    }
}

/// A device of an office as the district knows it (`district office devices`).
public struct DeviceRecord: Hashable, Sendable {
    /// The office.
    public var office: String
    /// The device id: the office database's epoch.
    public var device: String
    /// The first and last session, ISO 8601.
    public var firstSyncAt: String
    public var lastSyncAt: String
    /// Sessions recorded.
    public var sessions: Int
    /// Rows its pushes wrote.
    public var rowsPushed: Int
    /// When the district revoked it, or `nil` while it may sync.
    public var revokedAt: String?

    /// `active` or `revoked`.
    public var state: String { revokedAt == nil ? "active" : "revoked" }
}

/// What one pull sends: reference changes, the office's rows and conflicts, and the cursors to store after them.
public struct PullChanges: Sendable {
    public var changes: [SyncChange]
    public var referenceCursor: Int64
    public var rowCursor: Int64
}
