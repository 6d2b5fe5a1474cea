/// A conflict the district recorded (Protocol.md §10.7): the losing version of an office row, kept, and the
/// version that won. Both the district (`district conflicts`) and, after their next sync, the office's devices
/// (`street conflicts`) list them.
public struct ConflictRecord: Hashable, Sendable {
    /// The district's id of the conflict.
    public var id: String
    /// The office.
    public var office: String
    /// The table (`expenditures`, `indicator_values`, `narratives`).
    public var table: String
    /// The row's key.
    public var key: String
    /// `edit` or `delete`.
    public var loserOperation: String
    /// The losing version.
    public var loserVersion: RowVersion
    /// `edit` or `delete`.
    public var winnerOperation: String
    /// The winning version, which every device now holds.
    public var winnerVersion: RowVersion
    /// The losing row's values as `column=value` text (empty for a delete).
    public var loserValues: String
    /// When the district recorded it, ISO 8601.
    public var recordedAt: String

    /// Creates a record.
    public init(
        id: String,
        office: String,
        table: String,
        key: String,
        loserOperation: String,
        loserVersion: RowVersion,
        winnerOperation: String,
        winnerVersion: RowVersion,
        loserValues: String,
        recordedAt: String
    ) {
        self.id = id
        self.office = office
        self.table = table
        self.key = key
        self.loserOperation = loserOperation
        self.loserVersion = loserVersion
        self.winnerOperation = winnerOperation
        self.winnerVersion = winnerVersion
        self.loserValues = loserValues
        self.recordedAt = recordedAt
    }
}
