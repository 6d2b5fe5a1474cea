/// 数据说明: how complete the data behind the report is. A report never leaves out an office silently.
public struct DataNotes: Hashable, Sendable, Codable {
    /// One office's sync state.
    public struct OfficeLine: Hashable, Sendable, Codable {
        /// The office code.
        public var code: String
        /// The office name.
        public var name: String
        /// Whether the office is expected to report on the project.
        public var expected: Bool
        /// Whether it has ever synced.
        public var synced: Bool
        /// Its last sync, ISO 8601 +08:00.
        public var lastSyncAt: String?
        /// Its last sync as printed: `2022-01-09 11:46（北京时间）`.
        public var lastSyncAtText: String?
        /// How the last sync ended.
        public var lastSyncResult: String?
        /// How many expected values it has not reported.
        public var missingValueCount: Int
        /// The district's review of its data (`draft`, `submitted`, `returned`, `approved`); `nil` when the report
        /// does not come from a district that reviews.
        public var review: String? = nil
    }

    /// The time the data is as of (the generation time), as printed.
    public var asOf: String
    /// Every expected office, then other offices that sent data for the project.
    public var offices: [OfficeLine]
    /// Expected offices that have never synced.
    public var notSynced: [String]
    /// Expected values not reported, by office then indicator.
    public var missing: [MissingValues]
    /// Indicators (not formulas) with no value at all.
    public var indicatorsWithoutValues: [String]
    /// The notes as sentences, in the order printed.
    public var statements: [String]
    /// Expected offices whose data the district has not approved (Docs/Review.md); `nil` when the report does not
    /// come from a district that reviews.
    public var notApproved: [String]? = nil
    /// The sentences on broken validation rules (also among `statements`).
    public var ruleViolations: [String] = []
    /// The sentences on outlying values (also among `statements`); outliers never change a score.
    public var outliers: [String] = []
}
