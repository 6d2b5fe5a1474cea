/// The rules every office row obeys, whoever wrote it: the street side checks what a clerk types with them (after
/// parsing the text), and the district checks every pushed row with them before it stores anything, so a buggy or
/// hostile client cannot put a row into the district that no report can read.
///
/// Lookups are indexed once per `RowRules`, so a push of 200,000 rows costs a few dictionary lookups per row.
public struct RowRules: Sendable {
    /// The largest amount one expenditure may have, either sign: 10¹² fen (100 亿元). Far above any real
    /// expenditure, and low enough that the district can add up nine million of them without overflow.
    public static let maximumAmount = Money(fen: 1_000_000_000_000)

    /// The office whose rows are checked.
    public let office: String
    private let projects: [String: Project]
    private let funds: Set<String>
    private let categories: Set<String>
    private let indicators: [String: Indicator]

    /// Rules for `office`'s rows against `reference` (the district's current plan).
    public init(reference: ReferenceData, office: String) {
        self.office = office
        projects = Dictionary(reference.projects.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        funds = Set(reference.funds.map { "\($0.project)/\($0.code)" })
        categories = Set(reference.categories.map { "\($0.project)/\($0.code)" })
        indicators = Dictionary(reference.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What is wrong with `expenditure` (empty when nothing is).
    public func problems(_ expenditure: Expenditure) -> [String] {
        var problems: [String] = []
        let project = check(project: expenditure.project, problems: &problems)
        if let project {
            if !categories.contains("\(project.code)/\(expenditure.category)") {
                problems.append("category \"\(expenditure.category)\" is not a category of project \(project.code)")
            }
            if !funds.contains("\(project.code)/\(expenditure.fund)") {
                problems.append("fund \"\(expenditure.fund)\" is not a fund of project \(project.code)")
            }
        }
        problems += Self.problems(amount: expenditure.amount)
        if let date = try? CalendarDate(parsing: expenditure.date), date.description == expenditure.date {
            if let project, date.year != project.year {
                problems.append(
                    "date \(expenditure.date) is not in \(project.year), the year of project \(project.code)"
                )
            }
        } else {
            problems.append("date \"\(expenditure.date)\" is not an ISO 8601 date like 2021-06-26")
        }
        return problems
    }

    /// What is wrong with an amount: zero, or beyond `maximumAmount` either way.
    public static func problems(amount: Money) -> [String] {
        if amount == .zero { return ["amount is zero"] }
        if amount.fen > maximumAmount.fen || amount.fen < -maximumAmount.fen {
            return ["amount \(amount) is beyond ±\(maximumAmount) 元, more than any one expenditure can be"]
        }
        return []
    }

    /// What is wrong with `value` (empty when nothing is).
    public func problems(_ value: IndicatorValue) -> [String] {
        guard let indicator = indicators[value.indicator] else {
            return ["indicator \"\(value.indicator)\" is not in the district's plan"]
        }
        var problems: [String] = []
        guard let project = check(project: indicator.project, problems: &problems) else { return problems }
        if !indicator.reporters.isEmpty && !indicator.reporters.contains(office) {
            problems.append("indicator \(indicator.code) is not reported by office \(office)")
        }
        if value.period.year != project.year {
            problems.append(
                "period \(value.period) is not in \(project.year), the year of project \(project.code) "
                    + "(indicator \(indicator.code))"
            )
        }
        switch (indicator.direction, value.value) {
        case (.qualitative, .text), (.higher, .number), (.lower, .number), (.equal, .number):
            break
        case (.qualitative, .number):
            problems.append("indicator \(indicator.code) is qualitative: its value is text, not a number")
        case (_, .text):
            problems.append("indicator \(indicator.code) is quantitative: its value is a number, not text")
        }
        if let number = value.value.number, !number.isFinite {
            problems.append("value of indicator \(indicator.code) is not a finite number")
        }
        return problems
    }

    /// The year of the project of `indicator`, when both are in the plan (for examples in messages).
    public func year(ofIndicator code: String) -> Int? {
        indicators[code].flatMap { projects[$0.project]?.year }
    }

    /// What is wrong with `narrative` (empty when nothing is).
    public func problems(_ narrative: Narrative) -> [String] {
        var problems: [String] = []
        _ = check(project: narrative.project, problems: &problems)
        return problems
    }

    /// The project, when it exists and lists this office (or lists none).
    private func check(project code: String, problems: inout [String]) -> Project? {
        guard let project = projects[code] else {
            problems.append("project \"\(code)\" is not in the district's plan")
            return nil
        }
        if !project.offices.isEmpty && !project.offices.contains(office) {
            problems.append("office \(office) is not among the offices of project \(project.code)")
        }
        return project
    }
}
