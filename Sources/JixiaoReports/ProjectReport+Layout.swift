import JixiaoModels

/// Indicators under one 一级指标, grouped by 二级指标.
public struct IndicatorGroup: Sendable {
    /// 一级指标.
    public var level1: String
    /// 二级指标 and their indicators, in the standard order.
    public var sections: [(level2: String, indicators: [IndicatorResult])]
}

extension ProjectReport {
    /// The indicators grouped by 一级 then 二级指标, in the standard order (产出, 效益, 满意度; 数量, 质量, …), plan
    /// order inside a group; levels outside the standard lists come after, in order of appearance.
    public var indicatorGroups: [IndicatorGroup] {
        func ordered(_ names: [String], standard: [String]) -> [String] {
            var seen: [String] = []
            for name in names where !seen.contains(name) { seen.append(name) }
            return standard.filter(seen.contains) + seen.filter { !standard.contains($0) }
        }
        return ordered(indicators.map(\.level1), standard: Indicator.level1Names).map { level1 in
            let inLevel = indicators.filter { $0.level1 == level1 }
            let sections = ordered(inLevel.map(\.level2), standard: Indicator.level2Names).map { level2 in
                (level2: level2, indicators: inLevel.filter { $0.level2 == level2 })
            }
            return IndicatorGroup(level1: level1, sections: sections)
        }
    }

    /// 项目资金 as printed in the 自评表: 万元, exact to the fen.
    static func wan(_ money: Money) -> String { money.formattedWanNumber() }

    /// The 附表 项目支出绩效自评表 as a grid of cells (rows of varying length), in the Ministry of Finance layout.
    /// CSV writes it as is; Markdown and HTML lay out the same cells.
    public var selfEvaluationRows: [[String]] {
        let budget = self.budget
        var rows: [[String]] = [
            ["项目支出绩效自评表"],
            ["（\(project.year)年度）"],
            ["项目名称", project.name],
            ["主管部门", project.department, "实施单位", project.implementer],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [
                "", "年度资金总额", Self.wan(budget.initialBudget), Self.wan(budget.adjustedBudget),
                Self.wan(budget.spent), ReportText.number(score.budgetWeight),
                ReportText.percent(budget.executionRate), ReportText.score(score.budgetScore),
            ],
        ]
        for fund in budget.funds {
            rows.append([
                "", "其中：\(fund.name)", Self.wan(fund.initialBudget), Self.wan(fund.adjustedBudget),
                Self.wan(fund.spent),
                "—", ReportText.percent(fund.executionRate), "—",
            ])
        }
        rows.append(["年度总体目标", "预期目标", "实际完成情况"])
        rows.append(["", project.goal, goalAchievement])
        rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        for group in indicatorGroups {
            for section in group.sections {
                for indicator in section.indicators {
                    rows.append([
                        "", group.level1, section.level2, indicator.name, indicator.targetText,
                        indicator.actualWithUnit, ReportText.number(indicator.weight),
                        ReportText.score(indicator.score.score), indicator.deviationText,
                    ])
                }
            }
        }
        rows.append([
            "总分", "", "", "", "", "", "100", ReportText.score(score.total), "自评等级：\(score.grade.rawValue)",
        ])
        return rows
    }
}

extension IndicatorResult {
    /// 偏差原因分析及改进措施: the offices' notes (`望麓园街道：…`), and why the indicator has no value if it has none.
    public var deviationText: String {
        // Offices that wrote the same note share one entry: `望麓园街道、伍家岭街道：…`.
        var grouped: [(note: String, writers: [String])] = []
        for note in deviationNotes {
            let writer = note.officeName + (note.label.isEmpty ? "" : "（\(note.label)）")
            if let index = grouped.firstIndex(where: { $0.note == note.note }) {
                if !grouped[index].writers.contains(writer) { grouped[index].writers.append(writer) }
            } else {
                grouped.append((note.note, [writer]))
            }
        }
        var parts = grouped.map { "\($0.writers.joined(separator: "、"))：\($0.note)" }
        if score.met == nil { parts.append(score.basis) }
        parts.append(contentsOf: notes)
        return parts.joined(separator: "；")
    }
}
