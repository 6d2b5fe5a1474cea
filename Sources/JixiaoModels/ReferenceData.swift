/// The district's reference data as an office sees it: projects with their funds, categories and indicators, of
/// every year the district planned.
///
/// Codes are unique within a year: a project or an indicator is known by its code and year (the next year's plan
/// may reuse this year's codes). Validation of office input (`street expense add`, imports) works on this value
/// alone, so it can be tested without a database.
public struct ReferenceData: Hashable, Sendable {
    public var projects: [Project]
    public var funds: [Fund]
    public var categories: [Category]
    public var indicators: [Indicator]

    public init(projects: [Project] = [], funds: [Fund] = [], categories: [Category] = [], indicators: [Indicator] = [])
    {
        self.projects = projects
        self.funds = funds
        self.categories = categories
        self.indicators = indicators
    }

    /// Whether nothing has been received yet (the office has never synced).
    public var isEmpty: Bool { projects.isEmpty }

    /// The project with `code` in `year`.
    public func project(_ code: String, year: Int) -> Project? {
        projects.first { $0.code == code && $0.year == year }
    }
    /// Every year's project with `code`, oldest first.
    public func projects(_ code: String) -> [Project] {
        projects.filter { $0.code == code }.sorted { $0.year < $1.year }
    }
    public func funds(of project: String, year: Int) -> [Fund] {
        funds.filter { $0.project == project && $0.year == year }
    }
    public func categories(of project: String, year: Int) -> [Category] {
        categories.filter { $0.project == project && $0.year == year }
    }
    public func indicators(of project: String, year: Int) -> [Indicator] {
        indicators.filter { $0.project == project && $0.year == year }
    }
    /// The indicator with `code` in `year`.
    public func indicator(_ code: String, year: Int) -> Indicator? {
        indicators.first { $0.code == code && $0.year == year }
    }
    /// Every year's indicator with `code`, oldest first.
    public func indicators(_ code: String) -> [Indicator] {
        indicators.filter { $0.code == code }.sorted { $0.year < $1.year }
    }

    /// The years that have a project with `code`, oldest first.
    public func years(ofProject code: String) -> [Int] { projects(code).map(\.year) }

    /// Only the rows of `year`.
    public func of(year: Int) -> ReferenceData {
        ReferenceData(
            projects: projects.filter { $0.year == year },
            funds: funds.filter { $0.year == year },
            categories: categories.filter { $0.year == year },
            indicators: indicators.filter { $0.year == year }
        )
    }
}
