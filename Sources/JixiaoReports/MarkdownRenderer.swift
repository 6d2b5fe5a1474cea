import JixiaoModels

/// Writes a report as Markdown, laid out like the seed report and the Ministry of Finance self-evaluation form.
public enum MarkdownRenderer {
    /// The report as Markdown text.
    public static func render(_ report: ProjectReport) -> String {
        var out = MarkdownWriter()
        let project = report.project
        out.line("# \(project.name)绩效自评报告")
        out.blank()
        if let draft = report.draft {
            out.line("> **\(draft.text)**（数据补齐、全部单位同步并经区里审核通过后方为定稿，见“七、数据说明”）")
            out.blank()
        }
        out.line("项目编码：\(project.code)　主管部门：\(project.department)　实施单位：\(project.implementer)")
        out.blank()
        out.line(
            "自评得分：**\(ReportText.score(report.score.total))分**，等级：**\(report.score.grade.rawValue)**　数据截至：\(report.dataNotes.asOf)"
        )
        out.blank()
        budget(report, &out)
        indicators(report, &out)
        yearOverYear(report, &out)
        narratives(report, &out)
        score(report, &out)
        dataNotes(report, &out)
        selfEvaluation(report, &out)
        return out.text
    }

    static func budget(_ report: ProjectReport, _ out: inout MarkdownWriter) {
        let budget = report.budget
        out.line("## 一、项目支出基本情况")
        out.blank()
        for paragraph in budget.summary {
            out.line(paragraph)
            out.blank()
        }
        out.line("### （一）按资金来源")
        out.blank()
        out.table(report.fundTable)
        out.line("### （二）按支出类别")
        out.blank()
        out.table(report.categoryTable)
        out.line("按支出类别和资金来源：")
        out.blank()
        out.table(report.fundCategoryTable)
        out.line("### （三）按实施单位")
        out.blank()
        out.table(report.officeTable)
    }

    /// 与上年比较, after the indicators; nothing when the previous year has no plan of the project.
    static func yearOverYear(_ report: ProjectReport, _ out: inout MarkdownWriter) {
        guard let comparison = report.yearOverYear else { return }
        let year = comparison.previousYear
        out.line("### 与上年（\(year)年）比较")
        out.blank()
        for sentence in report.yearOverYearSentences { out.line("- \(sentence)。") }
        if !report.yearOverYearSentences.isEmpty { out.blank() }
        if let table = report.yearOverYearTable { out.table(table) }
    }

    static func indicators(_ report: ProjectReport, _ out: inout MarkdownWriter) {
        out.line("## 二、绩效目标完成情况")
        out.blank()
        if !report.project.goal.isEmpty {
            out.line("年度总体目标：\(report.project.goal)")
            out.blank()
        }
        out.line("完成情况：\(report.goalAchievement)")
        out.blank()
        for (index, group) in report.indicatorGroups.enumerated() {
            out.line("### （\(ChineseNumber.text(index + 1))）\(group.level1)")
            out.blank()
            for section in group.sections {
                out.line("#### \(section.level2)")
                out.blank()
                out.table(ProjectReport.indicatorTable(section.indicators))
                for indicator in section.indicators {
                    let details = details(of: indicator)
                    guard !details.isEmpty else { continue }
                    out.line("- **\(indicator.name)**：" + details.joined(separator: "；"))
                }
                if section.indicators.contains(where: { !details(of: $0).isEmpty }) { out.blank() }
            }
        }
    }

    /// Labelled values, contributions and formulas of one indicator, as short phrases.
    static func details(of indicator: IndicatorResult) -> [String] {
        var parts: [String] = []
        if let formula = indicator.formula { parts.append("按公式 \(formula) 计算") }
        if !indicator.labels.isEmpty {
            let unit = indicator.direction == "qualitative" ? "" : indicator.unit
            parts.append(
                "分项："
                    + indicator.labels.map { "\($0.label) \($0.actualText)\($0.actual == nil ? "" : unit)" }
                    .joined(separator: "，")
            )
        }
        let reported = indicator.contributions.filter { $0.value != nil }
        if indicator.contributions.count > 1 || (indicator.contributions.count == 1 && reported.isEmpty) {
            parts.append(
                "各单位完成："
                    + indicator.contributions.map { item in
                        guard let value = item.value else { return "\(item.officeName) 未报送" }
                        return
                            "\(item.officeName) \(ReportText.number(value))\(indicator.unit)（\(ReportText.percent(item.share))）"
                    }.joined(separator: "，")
            )
        }
        return parts
    }

    static func narratives(_ report: ProjectReport, _ out: inout MarkdownWriter) {
        for (index, group) in report.narratives.enumerated() {
            out.line("## \(ChineseNumber.text(index + 3))、\(group.title)")
            out.blank()
            if group.entries.isEmpty {
                out.line("（各单位均未填写。）")
                out.blank()
            }
            for entry in group.entries {
                out.line("### \(entry.officeName)")
                out.blank()
                out.line(entry.text)
                out.blank()
            }
        }
    }

    static func score(_ report: ProjectReport, _ out: inout MarkdownWriter) {
        out.line("## 六、自评得分")
        out.blank()
        out.table(report.scoreTable)
        out.line(
            "本项目自评得分\(ReportText.score(report.score.total))分，等级为“\(report.score.grade.rawValue)”"
                + "（优：90分及以上；良：80分至90分；中：60分至80分；差：60分以下）。"
        )
        out.blank()
    }

    static func dataNotes(_ report: ProjectReport, _ out: inout MarkdownWriter) {
        out.line("## 七、数据说明")
        out.blank()
        for statement in report.dataNotes.statements { out.line("- \(statement)") }
        out.blank()
        out.table(report.syncTable)
    }

    static func selfEvaluation(_ report: ProjectReport, _ out: inout MarkdownWriter) {
        out.line("## 附表　项目支出绩效自评表")
        out.blank()
        let rows = report.selfEvaluationRows
        out.line("（\(report.project.year)年度）")
        out.blank()
        let width = 9
        let body = rows.dropFirst(2).map { row in row + Array(repeating: "", count: max(0, width - row.count)) }
        out.table(Array(repeating: "", count: width), Array(body), rightAligned: [])
        let signOff = report.signOff
        func blank(_ text: String) -> String { text.isEmpty ? "＿＿＿＿＿＿" : text }
        out.line("填报单位（盖章）：\(blank(signOff.filler))　　联系人：\(blank(signOff.contact))　　联系电话：\(blank(signOff.phone))")
        out.blank()
        out.line("填报日期：\(blank(signOff.date))")
    }
}

/// Builds Markdown text line by line.
struct MarkdownWriter {
    private(set) var text = ""

    mutating func line(_ string: String) { text += string + "\n" }
    mutating func blank() { text += "\n" }

    /// A report table, its figures aligned right.
    mutating func table(_ table: ReportTable) {
        self.table(table.header, table.rows, rightAligned: table.numeric)
    }

    /// A pipe table followed by a blank line; cells have `|` escaped and line breaks as `<br>`.
    mutating func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int>) {
        func cell(_ s: String) -> String {
            s.replacing("|", with: "\\|").replacing("\r\n", with: "<br>").replacing("\n", with: "<br>")
        }
        line("| " + header.map(cell).joined(separator: " | ") + " |")
        line("|" + header.indices.map { rightAligned.contains($0) ? " ---: |" : " --- |" }.joined())
        for row in rows {
            let padded = row + Array(repeating: "", count: max(0, header.count - row.count))
            line("| " + padded.map(cell).joined(separator: " | ") + " |")
        }
        blank()
    }
}

/// Chinese numerals for section numbers: 一, 二, …, 十九.
enum ChineseNumber {
    static func text(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch n {
        case 0..<10: return digits[n]
        case 10: return "十"
        case 11..<20: return "十" + digits[n - 10]
        default: return String(n)
        }
    }
}
