/// Writes a report as one self-contained HTML file: inline CSS, inline SVG charts, no script, nothing fetched,
/// laid out for A4 paper.
public enum HTMLRenderer {
    /// The report as an HTML document.
    public static func render(_ report: ProjectReport) -> String {
        let project = report.project
        var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out +=
            "<title>\(HTML.escape(project.name))绩效自评报告</title>\n<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n"
        if let draft = report.draft {
            out += "<p class=\"draft\">\(HTML.escape(draft.text))（数据补齐、全部单位同步并经区里审核通过后方为定稿，见“七、数据说明”）</p>\n"
        }
        out += "<h1>\(HTML.escape(project.name))绩效自评报告</h1>\n"
        out += "<p class=\"meta\">项目编码：\(HTML.escape(project.code))　主管部门：\(HTML.escape(project.department))"
        out += "　实施单位：\(HTML.escape(project.implementer))</p>\n"
        out += "<p class=\"score\">自评得分 <strong>\(ReportText.score(report.score.total))</strong> 分，等级 "
        out +=
            "<strong>\(report.score.grade.rawValue)</strong>　<small>数据截至\(HTML.escape(report.dataNotes.asOf))</small></p>\n"
        out += budget(report)
        out += indicators(report)
        out += yearOverYear(report)
        out += narratives(report)
        out += score(report)
        out += dataNotes(report)
        out += SelfEvaluationHTML.render(report)
        out += "</body>\n</html>\n"
        return out
    }

    static func table(_ table: ReportTable, widths: [Int] = []) -> String {
        self.table(table.header, table.rows, numeric: table.numeric, totalLast: table.totalLast, widths: widths)
    }

    static func table(
        _ header: [String],
        _ rows: [[String]],
        numeric: Set<Int>,
        totalLast: Bool = false,
        widths: [Int] = []
    ) -> String {
        var out = "<table>\n"
        if widths.count == header.count {
            out += "<colgroup>" + widths.map { "<col style=\"width:\($0)%\">" }.joined() + "</colgroup>\n"
        }
        out += "<thead><tr>" + header.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            let isTotal = totalLast && index == rows.count - 1
            out += isTotal ? "<tr class=\"total\">" : "<tr>"
            for (column, cell) in row.enumerated() {
                out += numeric.contains(column) ? "<td class=\"num\">" : "<td>"
                out += HTML.paragraph(cell) + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    static func budget(_ report: ProjectReport) -> String {
        let budget = report.budget
        var out = "<h2>一、项目支出基本情况</h2>\n"
        for paragraph in budget.summary { out += "<p>\(HTML.escape(paragraph))</p>\n" }
        out += "<h3>（一）按资金来源</h3>\n"
        out += table(report.fundTable, widths: [28, 16, 16, 16, 9, 15])
        out += "<h3>（二）按支出类别</h3>\n"
        out += table(report.categoryTable)
        out +=
            SVGBarChart(
                title: "按支出类别（万元）",
                bars: budget.categories.map {
                    .init(label: $0.name, value: Double($0.spent.fen), valueText: SVGBarChart.wan($0.spent))
                },
                reference: nil
            ).render() + "\n"
        out += "<p class=\"caption\">按支出类别和资金来源</p>\n"
        out += table(report.fundCategoryTable)
        out += "<h3>（三）按实施单位</h3>\n"
        out += table(report.officeTable)
        out +=
            SVGBarChart(
                title: "按实施单位（万元）",
                bars: budget.offices.map {
                    .init(label: $0.name, value: Double($0.spent.fen), valueText: SVGBarChart.wan($0.spent))
                },
                reference: nil,
                color: "#4f8a5b"
            ).render() + "\n"
        return out
    }

    static func indicators(_ report: ProjectReport) -> String {
        var out = "<h2>二、绩效目标完成情况</h2>\n"
        if !report.project.goal.isEmpty { out += "<p>年度总体目标：\(HTML.escape(report.project.goal))</p>\n" }
        out += "<p>完成情况：\(HTML.escape(report.goalAchievement))</p>\n"
        for (index, group) in report.indicatorGroups.enumerated() {
            out += "<h3>（\(ChineseNumber.text(index + 1))）\(HTML.escape(group.level1))</h3>\n"
            for section in group.sections {
                out += "<h4>\(HTML.escape(section.level2))</h4>\n"
                out += table(ProjectReport.indicatorTable(section.indicators), widths: [22, 12, 13, 10, 6, 8, 29])
                let details = section.indicators.compactMap { indicator -> String? in
                    let parts = MarkdownRenderer.details(of: indicator)
                    guard !parts.isEmpty else { return nil }
                    return
                        "<li><strong>\(HTML.escape(indicator.name))</strong>：\(HTML.escape(parts.joined(separator: "；")))</li>"
                }
                if !details.isEmpty {
                    out += "<ul class=\"details\">\n" + details.joined(separator: "\n") + "\n</ul>\n"
                }
            }
        }
        let rated = report.indicators.filter { $0.completionRate != nil }
        out +=
            SVGBarChart(
                title: "绩效指标完成率（%，虚线为100%，红色为未达到）",
                bars: rated.map {
                    .init(
                        label: $0.name,
                        value: min($0.completionRate ?? 0, 200),
                        valueText: ReportText.percent($0.completionRate),
                        color: $0.score.met == false ? "#b03a2e" : nil
                    )
                },
                reference: 100,
                color: "#8a6d1f"
            ).render() + "\n"
        return out
    }

    /// 与上年比较, after the indicators; nothing when the previous year has no plan of the project.
    static func yearOverYear(_ report: ProjectReport) -> String {
        guard let comparison = report.yearOverYear, let categories = report.yearOverYearTable else { return "" }
        var out = "<h3>与上年（\(comparison.previousYear)年）比较</h3>\n"
        if !report.yearOverYearSentences.isEmpty {
            out += "<ul>\n"
            for sentence in report.yearOverYearSentences { out += "<li>\(HTML.escape(sentence))。</li>\n" }
            out += "</ul>\n"
        }
        return out + table(categories)
    }

    static func narratives(_ report: ProjectReport) -> String {
        var out = ""
        for (index, group) in report.narratives.enumerated() {
            out += "<h2>\(ChineseNumber.text(index + 3))、\(HTML.escape(group.title))</h2>\n"
            if group.entries.isEmpty { out += "<p>（各单位均未填写。）</p>\n" }
            for entry in group.entries {
                out += "<h3>\(HTML.escape(entry.officeName))</h3>\n"
                for paragraph in entry.text.split(separator: "\n", omittingEmptySubsequences: true) {
                    out += "<p>\(HTML.escape(String(paragraph)))</p>\n"
                }
            }
        }
        return out
    }

    static func score(_ report: ProjectReport) -> String {
        var out = "<h2>六、自评得分</h2>\n"
        out += table(report.scoreTable, widths: [30, 8, 10, 52])
        out += "<p>本项目自评得分\(ReportText.score(report.score.total))分，等级为“\(report.score.grade.rawValue)”"
        out += "（优：90分及以上；良：80分至90分；中：60分至80分；差：60分以下）。</p>\n"
        return out
    }

    static func dataNotes(_ report: ProjectReport) -> String {
        var out = "<h2>七、数据说明</h2>\n<ul>\n"
        for statement in report.dataNotes.statements { out += "<li>\(HTML.escape(statement))</li>\n" }
        out += "</ul>\n"
        out += table(report.syncTable)
        return out
    }
}
