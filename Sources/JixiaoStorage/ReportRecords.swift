import JixiaoModels

/// Everything a project's report is computed from, as `DistrictDatabase.reportRecords(project:year:)` reads it in
/// one transaction.
public struct ReportRecords: Sendable {
    /// An enrolled office and how its last sync ended.
    public struct OfficeLine: Hashable, Sendable {
        /// The office.
        public var office: Office
        /// When the office last completed or attempted a sync (ISO 8601 text as stored), if ever.
        public var lastSyncAt: String?
        /// The last sync's one-line result.
        public var lastResult: String?
        /// Whether the latest logged session succeeded; `nil` when none is logged.
        public var lastSessionOK: Bool?
    }

    /// The sum of one office's expenditures on one fund and category of the project.
    public struct SpendingGroup: Hashable, Sendable {
        /// The office code.
        public var office: String
        /// The fund code.
        public var fund: String
        /// The category code.
        public var category: String
        /// The total.
        public var amount: Money
        /// How many expenditures were summed.
        public var count: Int
    }

    /// The live project.
    public var project: Project
    /// Its live funds, in plan order.
    public var funds: [Fund]
    /// Its live categories, in plan order.
    public var categories: [JixiaoModels.Category]
    /// Its live indicators, in plan order.
    public var indicators: [Indicator]
    /// Every enrolled office, by code.
    public var offices: [OfficeLine]
    /// Expenditure totals grouped by (office, fund, category), summed by SQL.
    public var spending: [SpendingGroup]
    /// The values of the project's live indicators for periods of the year, by office, indicator, period, label.
    public var values: [IndicatorValue]
    /// The project's narratives, by office and section.
    public var narratives: [Narrative]
    /// The district's reviews of the project and year, by office (an office without one is a draft).
    public var reviews: [ReviewRecord] = []
}
