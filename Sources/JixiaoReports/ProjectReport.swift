import JixiaoModels

/// A project's consolidated 项目支出绩效自评报告: every figure, computed once from a `ReportInput`, and rendered
/// by `MarkdownRenderer`, `HTMLRenderer`, `CSVRenderer` and `JSONRenderer`.
///
/// Sentences that depend on the data (the spending summary, the data notes) are written here, in Chinese, so
/// that every format says the same thing.
public struct ProjectReport: Hashable, Sendable, Codable {
    /// The JSON format tag.
    public var format = "jixiao-report/1"
    /// The project.
    public var project: ProjectSummary
    /// When the report was generated, ISO 8601 with +08:00.
    public var generatedAt: String
    /// The scoring choices used.
    public var scoring: ScoringOptions
    /// 项目支出基本情况.
    public var budget: BudgetFigures
    /// 绩效目标完成情况: every indicator, in plan order.
    public var indicators: [IndicatorResult]
    /// 工作亮点, 存在问题, 改进措施: the offices' narratives.
    public var narratives: [NarrativeGroup]
    /// 自评得分.
    public var score: ScoreSummary
    /// 数据说明.
    public var dataNotes: DataNotes
    /// 年度总体目标 实际完成情况 for the 自评表, one paragraph.
    public var goalAchievement: String
    /// 草稿: set while an expected office has not synced or an expected value is missing; `nil` when final.
    public var draft: DraftMark?
    /// The cover and the sign-off block (填报单位, 联系人, …); empty fields print as blanks to fill in by hand.
    public var signOff = SignOff()
    /// 与上年比较: the previous year's figures of the same project code; `nil` (absent from JSON) when the previous
    /// year has no plan of it.
    public var yearOverYear: YearOverYear? = nil
}

/// The project's identity as printed on the report.
public struct ProjectSummary: Hashable, Sendable, Codable {
    /// The project code, e.g. `LT2021`.
    public var code: String
    /// The year.
    public var year: Int
    /// 项目名称.
    public var name: String
    /// 主管部门.
    public var department: String
    /// 实施单位.
    public var implementer: String
    /// 年度总体目标.
    public var goal: String
}

/// One indicator's result.
public struct IndicatorResult: Hashable, Sendable, Codable {
    /// The indicator code.
    public var code: String
    /// 三级指标.
    public var name: String
    /// 一级指标.
    public var level1: String
    /// 二级指标.
    public var level2: String
    /// The unit, e.g. 起, %, μg/m³.
    public var unit: String
    /// 年度指标值 as planned.
    public var target: String
    /// `higher`, `lower`, `equal`, `qualitative`.
    public var direction: String
    /// `sum`, `mean`, `min`, `max`, `latest`, `formula`.
    public var aggregate: String
    /// The formula, for `aggregate == "formula"`.
    public var formula: String?
    /// 分值.
    public var weight: Double
    /// 实际完成值 (quantitative), `nil` when there is none.
    public var actual: Double?
    /// The recorded grades (qualitative), in office order.
    public var grades: [String]
    /// 实际完成值 as printed: `1094`, `98.95`, `达成 95%`, `—`.
    public var actualText: String
    /// 完成率 in percent.
    public var completionRate: Double?
    /// 得分 and its basis.
    public var score: IndicatorScore
    /// Values per label (e.g. per monitoring station), each combined by the indicator's rule.
    public var labels: [LabelResult]
    /// Each expected office's share of an additive (`sum`) indicator; empty for other rules.
    public var contributions: [OfficeContribution]
    /// The offices' notes on their values: 偏差原因.
    public var deviationNotes: [OfficeNote]
    /// How many values were combined.
    public var valueCount: Int
    /// Expected values not reported.
    public var missing: [MissingValues]
    /// Anything else a reader should know (ignored values, formula problems).
    public var notes: [String]

    /// `指标值 ≥ 1094场次`-style text: the target with the unit and direction sign.
    public var targetText: String {
        switch direction {
        case "qualitative": return target
        case "lower": return "≤" + target + unit
        case "equal": return "=" + target + unit
        default: return "≥" + target + unit
        }
    }

    /// The actual value with its unit, or `—`.
    public var actualWithUnit: String {
        actual != nil && direction != "qualitative" ? actualText + unit : actualText
    }
}

/// One label's combined value.
public struct LabelResult: Hashable, Sendable, Codable {
    /// The label, e.g. 伍家岭站点 (（未标注） for unlabelled values among labelled ones).
    public var label: String
    /// The label's combined value, `nil` without numbers.
    public var actual: Double?
    /// The value as printed, or the grades for a qualitative indicator.
    public var actualText: String
    /// How many values were combined.
    public var valueCount: Int
}

/// One office's part of an additive indicator.
public struct OfficeContribution: Hashable, Sendable, Codable {
    /// The office code.
    public var office: String
    /// The office name.
    public var officeName: String
    /// The office's sum, `nil` when it reported nothing.
    public var value: Double?
    /// The share of the total in percent.
    public var share: Double?
}

/// A note an office wrote on a value.
public struct OfficeNote: Hashable, Sendable, Codable {
    /// The office code.
    public var office: String
    /// The office name.
    public var officeName: String
    /// The period of the value, e.g. `2021Q3`.
    public var period: String
    /// The value's label, or empty.
    public var label: String
    /// The note as written.
    public var note: String
}

/// The periods for which an office has not reported an indicator it is expected to report.
public struct MissingValues: Hashable, Sendable, Codable {
    /// The office code.
    public var office: String
    /// The office name.
    public var officeName: String
    /// The indicator code.
    public var indicator: String
    /// The indicator name.
    public var indicatorName: String
    /// `2021`, `2021Q3`, `2021-11`…
    public var periods: [String]
}

/// One narrative section with every office's text.
public struct NarrativeGroup: Hashable, Sendable, Codable {
    /// `highlights`, `problems`, `measures`.
    public var section: String
    /// 工作亮点, 存在问题, 改进措施.
    public var title: String
    /// Every office's text, in office order.
    public var entries: [NarrativeEntry]
}

/// One office's text in a narrative section.
public struct NarrativeEntry: Hashable, Sendable, Codable {
    /// The office code.
    public var office: String
    /// The office name.
    public var officeName: String
    /// The text as written.
    public var text: String
}
