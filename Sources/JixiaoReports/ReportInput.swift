import Foundation
import JixiaoModels

/// Everything a project's report is computed from, read from the district database in one transaction.
///
/// Expenditures arrive already summed per (office, fund, category): a district may hold a million expenditure
/// rows, and the report needs only the totals, which SQL computes without loading the rows.
public struct ReportInput: Sendable {
    /// The project reported on.
    public var project: Project
    /// Its funds (资金来源) in plan order.
    public var funds: [Fund]
    /// Its spending categories in plan order.
    public var categories: [Category]
    /// Its indicators in plan order.
    public var indicators: [Indicator]
    /// Codes of the offices expected to report on the project, in order (the project's list, or every enabled
    /// office when the plan names none).
    public var expectedOffices: [String]
    /// Every enrolled office with its last sync, expected or not.
    public var offices: [OfficeSyncStatus]
    /// Expenditure totals grouped by (office, fund, category).
    public var spending: [SpendingTotal]
    /// The project's indicator values (any office, any period of the year).
    public var values: [IndicatorValue]
    /// The project's narratives.
    public var narratives: [Narrative]
    /// When the report was generated.
    public var generatedAt: Date
    /// The district's review of each office's data for the project and year, by office code (Docs/Review.md); an
    /// office without one is a draft. `nil`: the input does not come from a district that reviews (a report built
    /// from files), and approval is not asked for.
    public var reviews: [String: ReviewRecord]?
    /// The same project's input of the year before, for the comparison with it (`YearOverYear`); `nil` when that
    /// year has no plan of the project.
    public var previousYear: ReportInput? {
        get { previous.first }
        set { previous = newValue.map { [$0] } ?? [] }
    }
    /// An array only because a struct cannot hold itself directly: at most one element.
    private var previous: [ReportInput] = []

    /// Creates an input; see the properties.
    public init(
        project: Project,
        funds: [Fund],
        categories: [Category],
        indicators: [Indicator],
        expectedOffices: [String],
        offices: [OfficeSyncStatus],
        spending: [SpendingTotal],
        values: [IndicatorValue],
        narratives: [Narrative],
        generatedAt: Date
    ) {
        self.project = project
        self.funds = funds
        self.categories = categories
        self.indicators = indicators
        self.expectedOffices = expectedOffices
        self.offices = offices
        self.spending = spending
        self.values = values
        self.narratives = narratives
        self.generatedAt = generatedAt
    }
}

/// An enrolled office and how its last sync went.
public struct OfficeSyncStatus: Hashable, Sendable {
    /// The office.
    public var office: Office
    /// When the office last synced successfully or not; `nil` if it never connected.
    public var lastSyncAt: Date?
    /// How the last sync ended (`ok`, or the error), `nil` if it never connected.
    public var lastSyncResult: String?
    /// Whether the last sync succeeded; `nil` when unknown (then `lastSyncResult` `ok` means success).
    public var lastSyncSucceeded: Bool?

    /// Creates a status; see the properties.
    public init(office: Office, lastSyncAt: Date? = nil, lastSyncResult: String? = nil, lastSyncSucceeded: Bool? = nil)
    {
        self.office = office
        self.lastSyncAt = lastSyncAt
        self.lastSyncResult = lastSyncResult
        self.lastSyncSucceeded = lastSyncSucceeded
    }
}

/// The sum of one office's expenditures on one fund and category of the project.
public struct SpendingTotal: Hashable, Sendable {
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

    /// Creates a total; see the properties.
    public init(office: String, fund: String, category: String, amount: Money, count: Int = 1) {
        self.office = office
        self.fund = fund
        self.category = category
        self.amount = amount
        self.count = count
    }
}
