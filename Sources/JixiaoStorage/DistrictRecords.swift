import JixiaoModels

/// An enrolled office with what the district knows of its syncing.
public struct OfficeListing: Hashable, Sendable {
    public var office: Office
    /// When the office last completed or attempted a sync (ISO 8601), if ever.
    public var lastSyncAt: String?
    /// The last sync's one-line result.
    public var lastResult: String?
    /// How many rows the district holds for the office (all tables).
    public var rowsHeld: Int64
}

/// The district's memory of one office's sync: the idempotency key and the last agreed digest.
public struct OfficeSyncState: Hashable, Sendable {
    /// The office database's epoch the district has applied changes from (empty before the first push).
    public var epoch: String
    /// The highest change sequence applied from that epoch.
    public var ackedSequence: Int64
    /// The reference revision the office last confirmed.
    public var referenceCursor: Int64
    public var lastSyncAt: String?
    public var lastResult: String?
    /// The digest both sides agreed on at the end of the last successful sync.
    public var agreedDigest: SyncDigest?

    public init(
        epoch: String = "",
        ackedSequence: Int64 = 0,
        referenceCursor: Int64 = 0,
        lastSyncAt: String? = nil,
        lastResult: String? = nil,
        agreedDigest: SyncDigest? = nil
    ) {
        self.epoch = epoch
        self.ackedSequence = ackedSequence
        self.referenceCursor = referenceCursor
        self.lastSyncAt = lastSyncAt
        self.lastResult = lastResult
        self.agreedDigest = agreedDigest
    }
}

/// What the district did with a push.
public struct PushOutcome: Hashable, Sendable {
    /// The high-water sequence now acknowledged.
    public var ackedSequence: Int64
    /// Rows written (upserts and deletes).
    public var applied: Int
    /// Whether the district already held every row of the push (a retry or replay): nothing was written.
    public var duplicate: Bool
    /// Conflicts the push caused (each kept in the conflicts table).
    public var conflicts: Int = 0
    /// Changes of a locked project and year the push carried, kept as refused (Protocol.md §10.10), not applied.
    public var refused: Int = 0
    /// The row revisions the push took (`nil` when it wrote nothing): a pull in the same session skips the rows of
    /// the pushing device among them, which it holds already.
    public var revisions: PushedRevisions? = nil
}

/// Reference rows changed since a cursor, and the cursor to remember after applying them.
public struct ReferenceChanges: Sendable {
    public var changes: [SyncChange]
    public var cursor: Int64
}

/// One sync session as the district logs it.
public struct DistrictSessionRecord: Hashable, Sendable {
    public var office: String
    public var startedAt: String
    public var finishedAt: String
    public var result: String
    public var ok: Bool
    public var rowsIn: Int
    public var rowsOut: Int
    public var bytesIn: Int
    public var bytesOut: Int
    /// The device that held the session (empty when it never authenticated as one).
    public var device: String = ""

    public init(
        office: String,
        startedAt: String,
        finishedAt: String,
        result: String,
        ok: Bool,
        rowsIn: Int = 0,
        rowsOut: Int = 0,
        bytesIn: Int = 0,
        bytesOut: Int = 0
    ) {
        self.office = office
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.result = result
        self.ok = ok
        self.rowsIn = rowsIn
        self.rowsOut = rowsOut
        self.bytesIn = bytesIn
        self.bytesOut = bytesOut
    }
}

/// What `district verify` checks for one office, read by `DistrictDatabase.verificationSnapshot()` in the same
/// transaction as every other office's.
public struct OfficeVerification: Hashable, Sendable {
    /// The office code.
    public var office: String
    /// Rows held: expenditures, indicator values, narratives.
    public var expenditures: Int
    public var values: Int
    public var narratives: Int
    /// The digest the triggers maintain.
    public var current: SyncDigest
    /// The digest recomputed from the rows.
    public var recomputed: SyncDigest
    /// The digest both sides agreed on at the end of the last successful sync, if any.
    public var agreed: SyncDigest?
}

/// An enrolled office as the sync server authenticates it, read by `DistrictDatabase.authenticationRecord(office:)`.
public struct OfficeAuthenticationRecord: Sendable {
    /// The office (its `enabled` flag decides whether it may sync).
    public var office: Office
    /// Its current secret.
    public var secret: OfficeSecret
    /// The district's memory of its syncing.
    public var syncState: OfficeSyncState
    /// The current reference revision.
    public var referenceRevision: Int64
    /// The office's current row revision (Protocol.md §10.6).
    public var rowRevision: Int64 = 0
    /// Whether the district revoked the device the lookup named.
    public var isDeviceRevoked = false
    /// The highest version clock the district holds from that device's own edits (0 for none).
    public var deviceClock: Int64 = 0
}
