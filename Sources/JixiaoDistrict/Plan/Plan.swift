import JixiaoModels

/// A year's plan (jixiao-plan/1): the key projects with their funds, spending categories and indicators.
///
/// Read one from JSON with `Plan(json:)`, write one back with `json()`; the two round-trip
/// (`Plan(json: plan.json()) == plan`). See `Docs/PlanFormat.md`.
public struct Plan: Hashable, Sendable {
    /// The only format this version reads and writes.
    public static let format = "jixiao-plan/1"

    /// The district's name (optional in the file; empty when absent).
    public var district: String
    /// The plan's year; every project belongs to it.
    public var year: Int
    /// The projects in file order.
    public var projects: [PlanProject]

    /// Creates a plan.
    public init(district: String = "", year: Int, projects: [PlanProject]) {
        self.district = district
        self.year = year
        self.projects = projects
    }

    /// Every indicator of every project, in file order.
    public var indicators: [Indicator] { projects.flatMap(\.indicators) }
}

/// One project of a plan with the rows that belong to it.
public struct PlanProject: Hashable, Sendable {
    /// The project itself (its `year` is the plan's year).
    public var project: Project
    /// Its sources of money, in file order.
    public var funds: [Fund]
    /// Its spending categories, in file order.
    public var categories: [Category]
    /// Its indicators, in file order; their weights add up to 90.
    public var indicators: [Indicator]

    /// Creates a plan project.
    public init(project: Project, funds: [Fund] = [], categories: [Category] = [], indicators: [Indicator] = []) {
        self.project = project
        self.funds = funds
        self.categories = categories
        self.indicators = indicators
    }
}
