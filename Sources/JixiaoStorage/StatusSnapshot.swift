import JixiaoModels

/// What `district status` counts, read by `DistrictDatabase.statusSnapshot(choosing:)` in one transaction: the
/// reference data, the offices and what each has sent for one period all come from the same committed state.
public struct StatusSnapshot: Sendable {
    /// An office's expenditures on a project dated inside the period.
    public struct ExpenditureCount: Hashable, Sendable {
        /// The office code.
        public var office: String
        /// The project code.
        public var project: String
        /// How many.
        public var count: Int
        /// Their sum.
        public var total: Money
    }

    /// An office has at least one value of an indicator for a period (labels folded together).
    public struct ValueReceipt: Hashable, Sendable {
        /// The office code.
        public var office: String
        /// The indicator code.
        public var indicator: String
        /// The period the value is for.
        public var period: Period
    }

    /// An office has text in one narrative section of a project.
    public struct NarrativeReceipt: Hashable, Sendable {
        /// The office code.
        public var office: String
        /// The project code.
        public var project: String
        /// The section with text.
        public var section: Narrative.Section
    }

    /// An office's spending on a project, fund and category over the period's year.
    public struct SpendingGroup: Hashable, Sendable {
        public var office: String
        public var project: String
        public var fund: String
        public var category: String
        public var amount: Money
    }

    /// The live reference data (every year).
    public var reference: ReferenceData
    /// The period the caller chose from that reference data.
    public var period: Period
    /// Every enrolled office, by code.
    public var offices: [OfficeListing]
    /// When each office last finished a successful sync (ISO 8601 text as stored), by office code.
    public var lastSuccessfulSyncs: [String: String]
    /// Expenditures dated inside the period, per office and project.
    public var expenditures: [ExpenditureCount]
    /// Values of any period of the period's year.
    public var values: [ValueReceipt]
    /// Narrative sections with text (not only spaces) of the period's year, any project.
    public var narratives: [NarrativeReceipt]
    /// The district's reviews of the period's year, every office and project (Docs/Review.md).
    public var reviews: [ReviewRecord] = []
    /// Every value of the period's year, for the validation rules and the outliers (`DataChecks`).
    public var yearValues: [IndicatorValue] = []
    /// The year's spending per office, project, fund and category, for the validation rules.
    public var yearSpending: [SpendingGroup] = []
}
