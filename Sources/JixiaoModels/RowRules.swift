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
    private let projects: [YearKey: Project]
    /// Each project's fund and category codes.
    private let funds: [YearKey: Set<String>]
    private let categories: [YearKey: Set<String>]
    private let indicators: [YearKey: Indicator]
    private let projectYears: [String: [Int]]

    /// Rules for `office`'s rows against `reference` (the district's current plan, every year of it).
    public init(reference: ReferenceData, office: String) {
        self.office = office
        projects = Dictionary(
            reference.projects.map { (YearKey($0.code, $0.year), $0) },
            uniquingKeysWith: { first, _ in first }
        )
        funds = Dictionary(grouping: reference.funds) { YearKey($0.project, $0.year) }.mapValues { Set($0.map(\.code)) }
        categories = Dictionary(grouping: reference.categories) { YearKey($0.project, $0.year) }
            .mapValues { Set($0.map(\.code)) }
        indicators = Dictionary(
            reference.indicators.map { (YearKey($0.code, $0.year), $0) },
            uniquingKeysWith: { first, _ in first }
        )
        var years: [String: [Int]] = [:]
        for project in reference.projects { years[project.code, default: []].append(project.year) }
        projectYears = years.mapValues { $0.sorted() }
    }

    /// What is wrong with `expenditure` (empty when nothing is). Its date gives the year of its project.
    public func problems(_ expenditure: Expenditure) -> [String] {
        var problems: [String] = []
        let date = (try? CalendarDate(parsing: expenditure.date)).flatMap {
            $0.description == expenditure.date ? $0 : nil
        }
        let years = projectYears[expenditure.project] ?? []
        let project: Project?
        if let date {
            if years.isEmpty || years.contains(date.year) {
                project = check(project: expenditure.project, year: date.year, problems: &problems)
            } else {
                project = nil
                problems.append(
                    tr(
                        "rule.date-outside-year",
                        [
                            "date": expenditure.date, "year": years.map(String.init).joined(separator: "/"),
                            "project": expenditure.project,
                        ]
                    )
                )
            }
        } else {
            project = nil
            // The example uses the project's year, so a 2023 project is not shown a 2021 date.
            let year = years.last ?? 2021
            problems.append(tr("rule.date-not-iso", ["date": expenditure.date, "example": "\(year)-06-26"]))
        }
        if let project {
            let key = YearKey(project.code, project.year)
            if categories[key]?.contains(expenditure.category) != true {
                problems.append(
                    tr("rule.category-not-of-project", ["category": expenditure.category, "project": project.code])
                )
            }
            if funds[key]?.contains(expenditure.fund) != true {
                problems.append(tr("rule.fund-not-of-project", ["fund": expenditure.fund, "project": project.code]))
            }
        }
        problems += Self.problems(amount: expenditure.amount)
        return problems
    }

    /// What is wrong with an amount: zero, or beyond `maximumAmount` either way.
    public static func problems(amount: Money) -> [String] {
        if amount == .zero { return [tr("rule.amount-zero")] }
        if amount.fen > maximumAmount.fen || amount.fen < -maximumAmount.fen {
            return [tr("rule.amount-too-large", ["amount": "\(amount)", "limit": "\(maximumAmount)"])]
        }
        return []
    }

    /// What is wrong with `value` (empty when nothing is). Its period gives the year of its indicator; a period of
    /// a year whose plan lacks the indicator is one problem, and the latest year's indicator is checked for the rest.
    public func problems(_ value: IndicatorValue) -> [String] {
        let indicator: Indicator
        var yearProblem: String?
        if let exact = indicators[YearKey(value.indicator, value.period.year)] {
            indicator = exact
        } else {
            let others = indicators.values.filter { $0.code == value.indicator }.sorted { $0.year < $1.year }
            guard let last = others.last else {
                return [tr("rule.indicator-not-in-plan", ["indicator": value.indicator])]
            }
            indicator = last
            yearProblem = tr(
                "rule.period-outside-year",
                [
                    "period": "\(value.period)", "years": others.map { String($0.year) }.joined(separator: "/"),
                    "project": last.project, "indicator": value.indicator,
                ]
            )
        }
        var problems: [String] = []
        guard let project = check(project: indicator.project, year: indicator.year, problems: &problems) else {
            return problems
        }
        if !indicator.reporters.isEmpty && !indicator.reporters.contains(office) {
            problems.append(tr("rule.indicator-not-reported-by", ["indicator": indicator.code, "office": office]))
        }
        if let yearProblem { problems.append(yearProblem) }
        // A formula's value is refused as such below, whatever its kind.
        if !indicator.isFormula {
            switch (indicator.direction, value.value) {
            case (.qualitative, .text), (.higher, .number), (.lower, .number), (.equal, .number):
                break
            case (.qualitative, .number):
                problems.append(tr("rule.qualitative-number", ["indicator": indicator.code]))
            case (_, .text):
                problems.append(tr("rule.quantitative-text", ["indicator": indicator.code]))
            }
            if let number = value.value.number, !number.isFinite {
                problems.append(tr("rule.not-finite", ["indicator": indicator.code]))
                return problems
            }
        }
        problems += Self.entryProblems(value.value, period: value.period, indicator: indicator, year: project.year)
        return problems
    }

    /// What the plan says about a value of `indicator`, beyond its kind (the entry rules, `Docs/PlanFormat.md`):
    /// a formula takes no value; the period has the indicator's `frequency`; a qualitative value is a grade of the
    /// vocabulary (`QualitativeGrade`) with a percentage only inside its band; a count (`Indicator.countingUnits`)
    /// is whole; a count or a percentage is not negative.
    ///
    /// The office's validator and the district's check of pushed rows both call this, so a value the office
    /// accepts is one the district accepts.
    /// - Parameters:
    ///   - reading: the value, already of the indicator's kind (number or text).
    ///   - period: the value's period.
    ///   - indicator: the indicator, from the plan.
    ///   - year: the year of the indicator's project, for the examples in messages (default: the period's).
    /// - Returns: one message per rule broken, each naming the indicator and what the plan expects.
    public static func entryProblems(
        _ reading: IndicatorReading,
        period: Period,
        indicator: Indicator,
        year: Int? = nil
    ) -> [String] {
        let code = indicator.code
        if let refusal = formulaProblem(indicator) { return [refusal] }
        var problems: [String] = []
        if period.kind != indicator.frequency {
            problems.append(
                tr(
                    "model.period-kind",
                    [
                        "period": "\(period)", "kind": Self.kindName(period.kind), "indicator": code,
                        "frequency": Self.kindName(indicator.frequency),
                        "examples": examples(indicator.frequency, year: year ?? period.year),
                    ]
                )
            )
        }
        switch reading {
        case .text(let text):
            guard indicator.direction == .qualitative else { break }
            if let grade = QualitativeGrade(parsing: text) {
                if grade.wasOutsideBand {
                    let band = grade.level.band
                    problems.append(
                        tr(
                            "model.grade-band",
                            [
                                "text": text, "indicator": code, "grade": grade.level.rawValue,
                                "low": QualitativeGrade.percentText(band.lowerBound),
                                "high": QualitativeGrade.percentText(band.upperBound),
                            ]
                        )
                    )
                }
            } else {
                problems.append(
                    tr(
                        "model.not-a-grade",
                        ["text": text, "indicator": code, "grades": QualitativeGrade.vocabulary]
                    )
                )
            }
        case .number(let number):
            guard indicator.direction != .qualitative, number.isFinite else { break }
            let unit = indicator.unit.trimmingSpaces()
            if indicator.counts && number != number.rounded() {
                problems.append(
                    tr("model.not-whole", ["value": numberText(number), "indicator": code, "unit": unit])
                )
            }
            if number < 0 && !indicator.allowsNegativeValues {
                let what =
                    indicator.counts ? tr("model.noun.count", ["unit": unit]) : tr("model.noun.percentage")
                problems.append(
                    tr("model.negative", ["value": numberText(number), "indicator": code, "what": what])
                )
            }
        }
        return problems
    }

    /// Why a formula indicator takes no value (whatever the value), `nil` for any other indicator.
    public static func formulaProblem(_ indicator: Indicator) -> String? {
        guard case .formula(let formula) = indicator.aggregation else { return nil }
        return tr("model.formula-indicator", ["indicator": indicator.code, "formula": formula])
    }

    /// `year`, `quarter`, `month` in the process's language.
    private static func kindName(_ kind: Period.Kind) -> String {
        switch kind {
        case .year: tr("cell.frequency.year")
        case .quarter: tr("cell.frequency.quarter")
        case .month: tr("cell.frequency.month")
        }
    }

    /// The periods of `kind` in `year`, for messages: `2021`, `2021Q1 … 2021Q4`, `2021-01 … 2021-12`.
    private static func examples(_ kind: Period.Kind, year: Int) -> String {
        let periods = Period.year(year).subdivided(into: kind)
        guard let first = periods.first, let last = periods.last else { return String(year) }
        return first == last ? first.description : "\(first) … \(last)"
    }

    /// A number as a clerk wrote it: `12.5`, `-3`.
    private static func numberText(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }

    /// The latest year that has the indicator `code` in the plan, for examples in messages.
    public func year(ofIndicator code: String) -> Int? {
        indicators.values.filter { $0.code == code }.map(\.year).max()
    }

    /// What is wrong with `narrative` (empty when nothing is).
    public func problems(_ narrative: Narrative) -> [String] {
        var problems: [String] = []
        _ = check(project: narrative.project, year: narrative.year, problems: &problems)
        return problems
    }

    /// What is wrong with a submission of `project` in `year` (empty when nothing is): the project of that year
    /// exists and lists this office.
    public func problems(submissionOf project: String, year: Int) -> [String] {
        var problems: [String] = []
        _ = check(project: project, year: year, problems: &problems)
        return problems
    }

    /// The project of `year`, when it exists and lists this office (or lists none).
    private func check(project code: String, year: Int, problems: inout [String]) -> Project? {
        guard let project = projects[YearKey(code, year)] else {
            let years = projectYears[code] ?? []
            if years.isEmpty {
                problems.append(tr("rule.project-not-in-plan", ["project": code]))
            } else {
                problems.append(
                    tr(
                        "rule.project-not-in-year-plan",
                        ["project": code, "year": "\(year)", "years": years.map(String.init).joined(separator: ", ")]
                    )
                )
            }
            return nil
        }
        if !project.offices.isEmpty && !project.offices.contains(office) {
            problems.append(tr("rule.office-not-in-project", ["office": office, "project": project.code]))
        }
        return project
    }
}
