import JixiaoModels

/// The report's comparison with the previous year: the same project code in the previous year's plan.
///
/// An indicator is linked to the indicator its plan names as `previous`, or else to the indicator of the same code,
/// in the previous year's plan (codes are unique within a year, and `district plan copy` keeps them); a category to the category of the same code. Only indicators and
/// categories both years have are compared, and the whole comparison is absent when the previous year has no plan
/// of the project. It is shown, never scored.
public struct YearOverYear: Hashable, Sendable, Codable {
    /// One indicator's 实际完成值 this year and the year before.
    public struct IndicatorChange: Hashable, Sendable, Codable {
        /// The indicator code.
        public var code: String
        /// 三级指标.
        public var name: String
        /// The unit.
        public var unit: String
        /// The code of the previous year's indicator it is compared with (the plan's `previous`, or the same code).
        public var previousCode: String
        /// 上年实际完成值 (quantitative), `nil` when the previous year has none.
        public var previousActual: Double?
        /// 上年实际完成值 as printed (`831`, `达成`, `—`).
        public var previousText: String
        /// This year's 实际完成值, `nil` when there is none.
        public var actual: Double?
        /// `actual − previousActual`, when both are numbers.
        public var change: Double?
        /// The change in percent of the previous value, when it is not 0.
        public var changeRate: Double?
        /// The change in words, as the seed report writes it (`关注人数由2020年的831人增加到5.2万人，翻了62倍多`).
        public var sentence: String
    }

    /// One category's spending this year and the year before.
    public struct CategoryChange: Hashable, Sendable, Codable {
        /// The category code.
        public var code: String
        /// The category name.
        public var name: String
        /// 上年支出.
        public var previousSpent: Money
        /// This year's spending.
        public var spent: Money
        /// `spent − previousSpent`.
        public var change: Money
    }

    /// The previous year.
    public var previousYear: Int
    /// The previous year's total spending on the project.
    public var previousSpent: Money
    /// The indicators both years have, in this year's plan order.
    public var indicators: [IndicatorChange]
    /// The categories with spending in either year, in this year's plan order (then the previous year's others).
    public var categories: [CategoryChange]

    /// Compares `current` with `previous`, the same project's report of the year before.
    /// - Parameter links: for an indicator whose plan names a `previous` code, that code by the indicator's code.
    public init(current: ProjectReport, previous: ProjectReport, links: [String: String] = [:]) {
        previousYear = previous.project.year
        previousSpent = previous.budget.spent
        let before = Dictionary(previous.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        indicators = current.indicators.compactMap { indicator in
            let previousCode = links[indicator.code] ?? indicator.code
            guard let old = before[previousCode] else { return nil }
            let change = indicator.actual.flatMap { now in old.actual.map { now - $0 } }
            let rate = change.flatMap { delta in old.actual.flatMap { $0 == 0 ? nil : delta / abs($0) * 100 } }
            return IndicatorChange(
                code: indicator.code,
                name: indicator.name,
                unit: indicator.unit,
                previousCode: previousCode,
                previousActual: old.actual,
                previousText: old.actualText,
                actual: indicator.actual,
                change: change,
                changeRate: rate,
                sentence: Self.sentence(
                    name: indicator.name,
                    unit: indicator.direction == "qualitative" ? "" : indicator.unit,
                    previousYear: previous.project.year,
                    previous: old.direction == "qualitative" ? nil : old.actual,
                    current: indicator.direction == "qualitative" ? nil : indicator.actual
                )
            )
        }
        let oldCategories = Dictionary(
            previous.budget.categories.map { ($0.code, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        var seen = Set<String>()
        var rows: [CategoryChange] = []
        for category in current.budget.categories {
            seen.insert(category.code)
            let old = oldCategories[category.code]?.spent ?? .zero
            guard category.spent != .zero || old != .zero else { continue }
            rows.append(
                CategoryChange(
                    code: category.code,
                    name: category.name,
                    previousSpent: old,
                    spent: category.spent,
                    change: category.spent - old
                )
            )
        }
        for category in previous.budget.categories where !seen.contains(category.code) && category.spent != .zero {
            rows.append(
                CategoryChange(
                    code: category.code,
                    name: category.name,
                    previousSpent: category.spent,
                    spent: .zero,
                    change: .zero - category.spent
                )
            )
        }
        categories = rows
    }

    /// The change in words: `关注人数由2020年的831人增加到5.2万人，翻了62倍多`; `…减少到…，下降了40%`;
    /// `…与上年持平（831人）`; `上年无实际完成值` when either year has no number.
    public static func sentence(
        name: String,
        unit: String,
        previousYear: Int,
        previous: Double?,
        current: Double?
    )
        -> String
    {
        guard let previous, let current else {
            return previous == nil ? "\(name)上年（\(previousYear)年）无实际完成值" : "\(name)本年无实际完成值"
        }
        let was = amount(previous, unit)
        let now = amount(current, unit)
        if current == previous { return "\(name)与\(previousYear)年持平（\(now)）" }
        if current > previous {
            var text = "\(name)由\(previousYear)年的\(was)增加到\(now)"
            if previous > 0 {
                let ratio = current / previous
                if ratio >= 2 {
                    let whole = ratio.rounded(.down)
                    text += "，翻了\(ReportText.number(whole, decimals: 0))倍" + (ratio > whole + 1e-9 ? "多" : "")
                } else {
                    text += "，增长\(ReportText.number((ratio - 1) * 100, decimals: 1))%"
                }
            }
            return text
        }
        var text = "\(name)由\(previousYear)年的\(was)减少到\(now)"
        if previous > 0 { text += "，下降\(ReportText.number((1 - current / previous) * 100, decimals: 1))%" }
        return text
    }

    /// `831人`, `5.2万人` (from 10,000 on, in 万 with one decimal, as the seed writes it).
    static func amount(_ value: Double, _ unit: String) -> String {
        let text =
            abs(value) >= 10_000 && unit != "%"
            ? ReportText.number(value / 10_000, decimals: 1) + "万" : ReportText.number(value)
        return text + unit
    }
}

extension ProjectReport {
    /// 与上年比较's spending by category, with its 合计 row; `nil` without a previous year.
    public var yearOverYearTable: ReportTable? {
        guard let comparison = yearOverYear else { return nil }
        var rows = comparison.categories.map { category in
            [
                category.name, category.previousSpent.formattedYuan(), category.spent.formattedYuan(),
                category.change.formattedYuan(),
            ]
        }
        rows.append([
            "合计", comparison.previousSpent.formattedYuan(), budget.spent.formattedYuan(),
            (budget.spent - comparison.previousSpent).formattedYuan(),
        ])
        return ReportTable(
            header: ["支出类别", "\(comparison.previousYear)年支出（元）", "\(project.year)年支出（元）", "增减（元）"],
            rows: rows,
            numeric: [1, 2, 3],
            totalLast: true
        )
    }

    /// 与上年比较's indicators: 上年 and 本年实际完成值, the change and the sentence; `nil` without a previous year.
    /// The Word, Excel and CSV reports show it (Markdown and HTML say the sentences as a list).
    public var yearOverYearIndicatorTable: ReportTable? {
        guard let comparison = yearOverYear else { return nil }
        let actuals = Dictionary(indicators.map { ($0.code, $0.actualText) }, uniquingKeysWith: { first, _ in first })
        let rows = comparison.indicators.map { change -> [String] in
            let delta = change.change.map { ($0 > 0 ? "+" : "") + ReportText.number($0) } ?? "—"
            return [
                change.previousCode == change.code ? change.code : "\(change.code)（上年\(change.previousCode)）",
                change.name, change.unit, change.previousText, actuals[change.code] ?? "—", delta, change.sentence,
            ]
        }
        return ReportTable(
            header: ["指标代码", "指标", "单位", "\(comparison.previousYear)年实际完成值", "\(project.year)年实际完成值", "增减", "说明"],
            rows: rows,
            numeric: [3, 4, 5],
            totalLast: false
        )
    }

    /// 与上年比较's sentences, one per indicator that has a number in either year.
    public var yearOverYearSentences: [String] {
        (yearOverYear?.indicators ?? []).filter { $0.previousActual != nil || $0.actual != nil }.map(\.sentence)
    }
}
