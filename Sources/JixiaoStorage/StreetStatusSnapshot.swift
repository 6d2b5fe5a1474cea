/// What `street status` shows, read by `StreetDatabase.statusSnapshot()` in one transaction, so that the pending
/// changes and the row counts agree even while `street sync` runs.
public struct StreetStatusSnapshot: Hashable, Sendable {
    /// The settings recorded by `street init`.
    public var settings: StreetSettings
    /// Acknowledged sequence, reference cursor, last attempt.
    public var syncState: StreetSyncState
    /// The last sync that succeeded, if any.
    public var lastSuccess: OfficeSessionRecord?
    /// Changes the district has not acknowledged yet.
    public var pending: Int
    /// Reference data received: projects and indicators.
    public var projects: Int
    public var indicators: Int
    /// The office's own rows.
    public var expenditures: Int
    public var values: Int
    public var narratives: Int
    /// Conflicts between the office's devices the district reported (Protocol.md §10.7).
    public var conflicts: Int
}
