/// The district's reference data as an office sees it: projects with their funds, categories and indicators.
///
/// Lookups are by code. Validation of office input (`street expense add`, imports) works on this value alone, so it
/// can be tested without a database.
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

    public func project(_ code: String) -> Project? { projects.first { $0.code == code } }
    public func funds(of project: String) -> [Fund] { funds.filter { $0.project == project } }
    public func categories(of project: String) -> [Category] { categories.filter { $0.project == project } }
    public func indicators(of project: String) -> [Indicator] { indicators.filter { $0.project == project } }
    public func indicator(_ code: String) -> Indicator? { indicators.first { $0.code == code } }
}
