import JixiaoModels

extension ProjectReport {
    /// Computes the report from its input.
    ///
    /// - Parameters:
    ///   - input: the project's reference data, spending totals, values and narratives, and the offices' syncs.
    ///   - options: the locality's scoring choices.
    public init(input: ReportInput, options: ScoringOptions = .standard) {
        self = ReportBuilder(input: input, options: options).build()
        if let previous = input.previousYear {
            let links = Dictionary(
                input.indicators.filter { !$0.previous.isEmpty }.map { ($0.code, $0.previous) },
                uniquingKeysWith: { first, _ in first }
            )
            yearOverYear = YearOverYear(
                current: self,
                previous: ProjectReport(input: previous, options: options),
                links: links
            )
        }
    }
}

/// Computes a `ProjectReport`; one builder per report.
struct ReportBuilder {
    let input: ReportInput
    let options: ScoringOptions
    let year: Int
    /// Office codes in report order: expected offices, then any other office that appears in the data.
    let officeOrder: [String]
    let officeNames: [String: String]
    /// Values of the project's indicators in its year, in office order.
    let values: [IndicatorValue]
    let expected: Set<String>

    init(input: ReportInput, options: ScoringOptions) {
        self.input = input
        self.options = options
        self.year = input.project.year
        var names: [String: String] = [:]
        for status in input.offices { names[status.office.code] = status.office.name }
        self.officeNames = names
        self.expected = Set(input.expectedOffices)
        let indicatorCodes = Set(input.indicators.map(\.code))
        let relevant = input.values.filter {
            indicatorCodes.contains($0.indicator) && $0.period.year == input.project.year
        }
        var others = Set(input.spending.map(\.office))
        others.formUnion(relevant.map(\.office))
        others.formUnion(input.narratives.filter { $0.project == input.project.code }.map(\.office))
        var order: [String] = []
        for code in input.expectedOffices where !order.contains(code) { order.append(code) }
        order.append(contentsOf: others.subtracting(order).sorted())
        self.officeOrder = order
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        self.values = relevant.sorted {
            (rank[$0.office] ?? Int.max, $0.period, $0.label) < (rank[$1.office] ?? Int.max, $1.period, $1.label)
        }
    }

    func officeName(_ code: String) -> String { officeNames[code] ?? code }

    /// The generation date in Beijing, ISO 8601 (`2022-01-10`), to compare with a period's last day.
    var today: String { String(ReportText.isoTime(input.generatedAt).prefix(10)) }

    /// `2021年度禁毒办重点项目`, with the year in front unless the name already starts with it.
    var subject: String {
        let name = input.project.name
        return name.hasPrefix(String(year)) ? name : "\(year)年\(name)"
    }

    func build() -> ProjectReport {
        let budget = budgetFigures()
        let indicators = indicatorResults()
        let score = scoreSummary(budget: budget, indicators: indicators)
        let notes = dataNotes(indicators: indicators)
        let project = input.project
        return ProjectReport(
            project: ProjectSummary(
                code: project.code,
                year: project.year,
                name: project.name,
                department: project.department,
                implementer: project.implementer,
                goal: project.goal
            ),
            generatedAt: ReportText.isoTime(input.generatedAt),
            scoring: options,
            budget: budget,
            indicators: indicators,
            narratives: narrativeGroups(),
            score: score,
            dataNotes: notes,
            goalAchievement: goalAchievement(budget: budget, indicators: indicators, score: score),
            draft: DraftMark(notes: notes),
            signOff: SignOff(project: project, generatedAt: input.generatedAt)
        )
    }

    // MARK: - 自评得分

    func scoreSummary(budget: BudgetFigures, indicators: [IndicatorResult]) -> ScoreSummary {
        let budgetScore = Scoring.budgetScore(executionRate: budget.executionRate)
        let budgetBasis =
            budget.executionRate == nil
            ? "全年预算数为0，无法计算执行率，得0分"
            : "执行率\(ReportText.percent(budget.executionRate))，按 min(执行率, 100%) × 10 计分"
        var lines = [
            ScoreSummary.Line(
                code: "budget",
                name: "预算执行率",
                weight: Scoring.budgetWeight,
                score: budgetScore,
                basis: budgetBasis
            )
        ]
        for indicator in indicators {
            lines.append(
                ScoreSummary.Line(
                    code: indicator.code,
                    name: indicator.name,
                    weight: indicator.weight,
                    score: indicator.score.score,
                    basis: indicator.score.basis
                )
            )
        }
        let indicatorScore = ReportText.rounded2(indicators.map(\.score.score).reduce(0, +))
        let total = ReportText.rounded2(budgetScore + indicatorScore)
        return ScoreSummary(
            budgetWeight: Scoring.budgetWeight,
            budgetScore: budgetScore,
            indicatorWeight: indicators.map(\.weight).reduce(0, +),
            indicatorScore: indicatorScore,
            total: total,
            grade: ReportGrade(total: total),
            lines: lines
        )
    }

    func goalAchievement(budget: BudgetFigures, indicators: [IndicatorResult], score: ScoreSummary) -> String {
        // Zero-weight indicators (the inputs of a formula, such as 应筛查人数) are not scored: they are neither met
        // nor unmet, and are counted apart.
        let scored = indicators.filter { $0.weight != 0 }
        let unscored = indicators.count - scored.count
        let met = scored.filter { $0.score.met == true }.count
        let unmet = scored.filter { $0.score.met == false }.count
        let none = scored.filter { $0.score.met == nil }.count
        var text =
            "全年预算数\(budget.adjustedBudget.formattedWan())，实际支出\(budget.spent.formattedWan())，"
            + "执行率\(ReportText.percent(budget.executionRate))。设置绩效指标\(indicators.count)项"
            + (unscored > 0 ? "（其中\(unscored)项分值为0，仅用于计算，不计达到与否）" : "")
            + "，达到年度指标值\(met)项，未达到\(unmet)项"
        if none > 0 { text += "，无实际完成值\(none)项" }
        text += "；自评得分\(ReportText.score(score.total))分，等级为“\(score.grade.rawValue)”。"
        return text
    }

    // MARK: - 工作亮点 / 存在问题 / 改进措施

    func narrativeGroups() -> [NarrativeGroup] {
        let narratives = input.narratives.filter {
            $0.project == input.project.code && !$0.text.trimmingSpaces().isEmpty
        }
        let rank = Dictionary(uniqueKeysWithValues: officeOrder.enumerated().map { ($1, $0) })
        return Narrative.Section.allCases.map { section in
            let entries = narratives.filter { $0.section == section }
                .sorted { (rank[$0.office] ?? Int.max, $0.office) < (rank[$1.office] ?? Int.max, $1.office) }
                .map {
                    NarrativeEntry(office: $0.office, officeName: officeName($0.office), text: $0.text.trimmingSpaces())
                }
            return NarrativeGroup(section: section.rawValue, title: section.title, entries: entries)
        }
    }
}
