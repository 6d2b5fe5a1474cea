import JixiaoModels

/// What `street init` records: who this office is and where its district server is.
public struct StreetSettings: Hashable, Sendable {
    public var office: String
    public var server: ServerAddress
    public var secret: OfficeSecret
    /// A random id minted when the file was created; a recreated or restored file has another one.
    public var epoch: String
    /// The district certificate this office accepts (from its enrolment file, or pinned on first use).
    public var pin: CertificateFingerprint?
    /// The certificate the district has staged to replace it, as announced in the last sync.
    public var nextPin: CertificateFingerprint?

    public init(
        office: String,
        server: ServerAddress,
        secret: OfficeSecret,
        epoch: String = "",
        pin: CertificateFingerprint? = nil,
        nextPin: CertificateFingerprint? = nil
    ) {
        self.pin = pin
        self.nextPin = nextPin
        self.office = office
        self.server = server
        self.secret = secret
        self.epoch = epoch
    }
}

/// Where the office stands with the district.
public struct StreetSyncState: Hashable, Sendable {
    /// The highest change sequence the district acknowledged.
    public var ackedSequence: Int64
    /// The highest reference revision received from the district.
    public var referenceCursor: Int64
    /// The district database's epoch as last seen (empty before the first sync).
    public var districtEpoch: String
    /// The last sync attempt, if any.
    public var lastSession: OfficeSessionRecord?
    /// The office's row revision this device has pulled up to (Protocol.md §10.6).
    public var rowCursor: Int64
    /// The highest clock this device gave one of its own changes (Protocol.md §10.8.4).
    public var ownClock: Int64 = 0

    public init(
        ackedSequence: Int64 = 0,
        referenceCursor: Int64 = 0,
        districtEpoch: String = "",
        lastSession: OfficeSessionRecord? = nil,
        rowCursor: Int64 = 0,
        ownClock: Int64 = 0
    ) {
        self.ownClock = ownClock
        self.ackedSequence = ackedSequence
        self.rowCursor = rowCursor
        self.referenceCursor = referenceCursor
        self.districtEpoch = districtEpoch
        self.lastSession = lastSession
    }
}

/// One sync attempt as recorded on the office side.
public struct OfficeSessionRecord: Hashable, Sendable {
    public var startedAt: String
    public var finishedAt: String
    /// One line: `ok: pushed 12, pulled 3` or the error.
    public var result: String
    public var ok: Bool
    public var pushed: Int
    public var pulled: Int
    public var bytesSent: Int
    public var bytesReceived: Int
    /// Whether both digests matched at the end (`nil` when the sync did not get that far).
    public var digestMatch: Bool?

    public init(
        startedAt: String,
        finishedAt: String,
        result: String,
        ok: Bool,
        pushed: Int = 0,
        pulled: Int = 0,
        bytesSent: Int = 0,
        bytesReceived: Int = 0,
        digestMatch: Bool? = nil
    ) {
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.result = result
        self.ok = ok
        self.pushed = pushed
        self.pulled = pulled
        self.bytesSent = bytesSent
        self.bytesReceived = bytesReceived
        self.digestMatch = digestMatch
    }
}
