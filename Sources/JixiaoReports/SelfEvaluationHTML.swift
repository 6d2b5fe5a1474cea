/// The 附表 项目支出绩效自评表 as an HTML table with merged cells, in the Ministry of Finance layout (9 columns).
enum SelfEvaluationHTML {
    static func render(_ report: ProjectReport) -> String {
        let project = report.project
        let budget = report.budget
        func cell(_ tag: String, _ text: String, colspan: Int = 1, rowspan: Int = 1, numeric: Bool = false) -> String {
            var attributes = ""
            if colspan > 1 { attributes += " colspan=\"\(colspan)\"" }
            if rowspan > 1 { attributes += " rowspan=\"\(rowspan)\"" }
            if numeric { attributes += " class=\"num\"" }
            return "<\(tag)\(attributes)>\(HTML.paragraph(text))</\(tag)>"
        }
        var out = "<section class=\"form\">\n<h2>附表　项目支出绩效自评表</h2>\n<table>\n"
        out += "<caption>项目支出绩效自评表<br><small>（\(project.year)年度）</small></caption>\n"
        out +=
            "<colgroup>" + [9, 7, 9, 13, 10, 12, 6, 8, 26].map { "<col style=\"width:\($0)%\">" }.joined()
            + "</colgroup>\n"
        out += "<tr>" + cell("th", "项目名称") + cell("td", project.name, colspan: 8) + "</tr>\n"
        out +=
            "<tr>" + cell("th", "主管部门") + cell("td", project.department, colspan: 3) + cell("th", "实施单位")
            + cell("td", project.implementer, colspan: 4) + "</tr>\n"
        out += "<tr>" + cell("th", "项目资金（万元）", rowspan: 2 + budget.funds.count) + cell("th", "", colspan: 2)
        for title in ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"] { out += cell("th", title) }
        out += "</tr>\n<tr>" + cell("td", "年度资金总额", colspan: 2)
        for text in [
            ProjectReport.wan(budget.initialBudget), ProjectReport.wan(budget.adjustedBudget),
            ProjectReport.wan(budget.spent), ReportText.number(report.score.budgetWeight),
            ReportText.percent(budget.executionRate), ReportText.score(report.score.budgetScore),
        ] {
            out += cell("td", text, numeric: true)
        }
        out += "</tr>\n"
        for fund in budget.funds {
            out += "<tr>" + cell("td", "其中：\(fund.name)", colspan: 2)
            for text in [
                ProjectReport.wan(fund.initialBudget), ProjectReport.wan(fund.adjustedBudget),
                ProjectReport.wan(fund.spent), "—", ReportText.percent(fund.executionRate), "—",
            ] {
                out += cell("td", text, numeric: true)
            }
            out += "</tr>\n"
        }
        out +=
            "<tr>" + cell("th", "年度总体目标", rowspan: 2) + cell("th", "预期目标", colspan: 4)
            + cell("th", "实际完成情况", colspan: 4) + "</tr>\n"
        out +=
            "<tr>" + cell("td", project.goal, colspan: 4) + cell("td", report.goalAchievement, colspan: 4) + "</tr>\n"
        let groups = report.indicatorGroups
        let count = report.indicators.count
        out += "<tr>" + cell("th", "绩效指标", rowspan: count + 1)
        for title in ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"] {
            out += cell("th", title)
        }
        out += "</tr>\n"
        for group in groups {
            let groupCount = group.sections.map(\.indicators.count).reduce(0, +)
            for (sectionIndex, section) in group.sections.enumerated() {
                for (index, indicator) in section.indicators.enumerated() {
                    out += "<tr>"
                    if sectionIndex == 0 && index == 0 { out += cell("td", group.level1, rowspan: groupCount) }
                    if index == 0 { out += cell("td", section.level2, rowspan: section.indicators.count) }
                    out +=
                        cell("td", indicator.name) + cell("td", indicator.targetText, numeric: true)
                        + cell("td", indicator.actualWithUnit, numeric: true)
                        + cell("td", ReportText.number(indicator.weight), numeric: true)
                        + cell("td", ReportText.score(indicator.score.score), numeric: true)
                        + cell("td", indicator.deviationText) + "</tr>\n"
                }
            }
        }
        out +=
            "<tr class=\"total\">" + cell("th", "总分", colspan: 6) + cell("td", "100", numeric: true)
            + cell("td", ReportText.score(report.score.total), numeric: true)
            + cell("td", "自评等级：\(report.score.grade.rawValue)") + "</tr>\n"
        out += "</table>\n</section>\n"
        return out
    }
}
