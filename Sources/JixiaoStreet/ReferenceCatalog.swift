import JixiaoModels

/// The reference data an office has received from the district: projects, their funds and categories, and
/// indicators. Validation checks codes against it.
///
/// Lookups accept a code in any letter case when it names exactly one row (`jd2021` finds `JD2021`), and give back
/// the row with the district's spelling, so that what is stored is canonical.
public struct ReferenceCatalog: Sendable {
    /// Projects, sorted by code.
    public let projects: [Project]
    /// Funds, sorted by project then code.
    public let funds: [Fund]
    /// Categories, sorted by project then code.
    public let categories: [Category]
    /// Indicators, sorted by code.
    public let indicators: [Indicator]

    private let projectsByCode: [String: Project]
    private let indicatorsByCode: [String: Indicator]
    private let fundsByProject: [String: [Fund]]
    private let categoriesByProject: [String: [Category]]

    /// A catalog of what was received.
    public init(projects: [Project], funds: [Fund], categories: [Category], indicators: [Indicator]) {
        self.projects = projects.sorted { $0.code < $1.code }
        self.funds = funds.sorted { ($0.project, $0.code) < ($1.project, $1.code) }
        self.categories = categories.sorted { ($0.project, $0.code) < ($1.project, $1.code) }
        self.indicators = indicators.sorted { $0.code < $1.code }
        projectsByCode = Dictionary(projects.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        indicatorsByCode = Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        fundsByProject = Dictionary(grouping: self.funds, by: \.project)
        categoriesByProject = Dictionary(grouping: self.categories, by: \.project)
    }

    /// A catalog with nothing in it: the office has not synced yet.
    public static let empty = ReferenceCatalog(projects: [], funds: [], categories: [], indicators: [])

    /// Whether nothing has been received (no projects).
    public var isEmpty: Bool { projects.isEmpty }

    /// The project with this code (exact, or the only one matching in any case).
    public func project(_ code: String) -> Project? {
        Self.find(code, exact: projectsByCode[code], in: projects, key: \.code)
    }

    /// The indicator with this code (exact, or the only one matching in any case).
    public func indicator(_ code: String) -> Indicator? {
        Self.find(code, exact: indicatorsByCode[code], in: indicators, key: \.code)
    }

    /// The funds of a project, sorted by code.
    public func funds(of project: String) -> [Fund] { fundsByProject[project] ?? [] }

    /// The categories of a project, sorted by code.
    public func categories(of project: String) -> [Category] { categoriesByProject[project] ?? [] }

    /// The indicators of a project, sorted by code.
    public func indicators(of project: String) -> [Indicator] { indicators.filter { $0.project == project } }

    /// The fund of `project` with this code (exact, or the only one matching in any case).
    public func fund(_ code: String, of project: String) -> Fund? {
        let candidates = funds(of: project)
        return Self.find(code, exact: candidates.first { $0.code == code }, in: candidates, key: \.code)
    }

    /// The category of `project` with this code (exact, or the only one matching in any case).
    public func category(_ code: String, of project: String) -> Category? {
        let candidates = categories(of: project)
        return Self.find(code, exact: candidates.first { $0.code == code }, in: candidates, key: \.code)
    }

    private static func find<Row>(_ code: String, exact: Row?, in rows: [Row], key: KeyPath<Row, String>) -> Row? {
        if let exact { return exact }
        let folded = code.lowercased()
        let matches = rows.filter { $0[keyPath: key].lowercased() == folded }
        return matches.count == 1 ? matches[0] : nil
    }
}
