import Foundation

/// Writes a report as a Word document (.docx) a finance officer can edit and hand in: a cover with the project and
/// the sign-off fields, the report's sections in GB/T 9704 styles on A4, page numbers in the footer, and the 附表
/// 项目支出绩效自评表 on landscape pages as a real Word table (merged cells, the indicators' header row repeated on
/// every page), followed by the 填报单位（盖章） block.
///
/// The same report gives the same bytes: no clock is read, the zip entries carry a fixed time.
public enum DocxRenderer {
    /// The report as .docx bytes.
    /// - Throws: `ReportError.output` if the package cannot be written.
    public static func render(_ report: ProjectReport) throws -> Data {
        try document(report).package()
    }

    /// Table text is 五号 (10.5pt): one half-width character is 105 twips; cells are padded 57 twips each side.
    static let unit = 105.0
    static let padding = 114.0

    static func document(_ report: ProjectReport) -> WordDocument {
        let project = report.project
        var doc = WordDocument(
            title: "\(project.name)绩效自评报告",
            created: ReportText.date(iso: report.generatedAt),
            headerText: report.draft?.text
        )
        cover(report, &doc)
        var title = WordDocument.Paragraph("\(project.name)绩效自评报告", style: "Title")
        title.pageBreakBefore = true
        doc.add(title)
        if let draft = report.draft {
            doc.add(.init("\(draft.text)（数据补齐、全部单位同步并经区里审核通过后方为定稿，见“七、数据说明”）", style: "Draft"))
        }
        doc.add(
            .init(
                "项目编码：\(project.code)　自评得分：\(ReportText.score(report.score.total))分　等级：\(report.score.grade.rawValue)"
                    + "　数据截至：\(report.dataNotes.asOf)",
                style: "Caption"
            )
        )
        budget(report, &doc)
        indicators(report, &doc)
        yearOverYear(report, &doc)
        narratives(report, &doc)
        doc.add(.init("六、自评得分", style: "Heading1"))
        doc.add(table(report.scoreTable, width: WordDocument.textWidth(landscape: false), minimum: [10, 4, 5, 16]))
        doc.add(
            .init(
                "本项目自评得分\(ReportText.score(report.score.total))分，等级为“\(report.score.grade.rawValue)”"
                    + "（优：90分及以上；良：80分至90分；中：60分至80分；差：60分以下）。"
            )
        )
        doc.add(.init("七、数据说明", style: "Heading1"))
        for statement in report.dataNotes.statements { doc.add(.init(statement)) }
        doc.add(table(report.syncTable, width: WordDocument.textWidth(landscape: false), minimum: [8, 6, 10, 6, 8, 8]))
        doc.blocks.append(.sectionBreak(.init(landscape: true)))
        selfEvaluation(report, &doc)
        return doc
    }

    static func cover(_ report: ProjectReport, _ doc: inout WordDocument) {
        for _ in 0..<3 { doc.add(.init("", style: "CoverLine")) }
        doc.add(.init("项目支出绩效自评报告", style: "Title", size: 52))
        doc.add(.init("（\(report.project.year)年度）", style: "Caption", size: 32))
        for _ in 0..<3 { doc.add(.init("", style: "CoverLine")) }
        if let draft = report.draft {
            doc.add(.init(draft.text, style: "Draft"))
            doc.add(.init("", style: "CoverLine"))
        }
        for line in report.signOff.coverLines(projectName: report.project.name) {
            var paragraph = WordDocument.Paragraph("", style: "CoverLine")
            paragraph.indent = 1280
            paragraph.runs = [
                .init(text: "\(line.label)：", bold: true),
                .init(text: line.value.isEmpty ? "＿＿＿＿＿＿＿＿＿＿＿＿" : line.value),
            ]
            doc.add(paragraph)
        }
    }

    static func budget(_ report: ProjectReport, _ doc: inout WordDocument) {
        let width = WordDocument.textWidth(landscape: false)
        doc.add(.init("一、项目支出基本情况", style: "Heading1"))
        for paragraph in report.budget.summary { doc.add(.init(paragraph)) }
        doc.add(.init("（一）按资金来源", style: "Heading2"))
        doc.add(table(report.fundTable, width: width, minimum: [10, 10, 10, 10, 7, 10]))
        doc.add(.init("（二）按支出类别", style: "Heading2"))
        doc.add(table(report.categoryTable, width: width, minimum: [10, 10, 4, 7]))
        doc.add(.init("按支出类别和资金来源（元）", style: "Caption"))
        let funds = report.budget.fundCategories.count
        doc.add(table(report.fundCategoryTable, width: width, minimum: [12] + Array(repeating: 10, count: funds + 1)))
        doc.add(.init("（三）按实施单位", style: "Heading2"))
        doc.add(table(report.officeTable, width: width, minimum: [10, 10, 4, 7]))
    }

    static func indicators(_ report: ProjectReport, _ doc: inout WordDocument) {
        let width = WordDocument.textWidth(landscape: false)
        doc.add(.init("二、绩效目标完成情况", style: "Heading1"))
        if !report.project.goal.isEmpty { doc.add(.init("年度总体目标：\(report.project.goal)")) }
        doc.add(.init("完成情况：\(report.goalAchievement)"))
        for (index, group) in report.indicatorGroups.enumerated() {
            doc.add(.init("（\(ChineseNumber.text(index + 1))）\(group.level1)", style: "Heading2"))
            for section in group.sections {
                doc.add(.init(section.level2, style: "Heading3"))
                doc.add(
                    table(
                        ProjectReport.indicatorTable(section.indicators),
                        width: width,
                        minimum: [14, 8, 8, 7, 4, 5, 10]
                    )
                )
                for indicator in section.indicators {
                    let details = MarkdownRenderer.details(of: indicator)
                    guard !details.isEmpty else { continue }
                    var paragraph = WordDocument.Paragraph("", style: "TableText")
                    paragraph.runs = [
                        .init(text: "\(indicator.name)：", bold: true), .init(text: details.joined(separator: "；")),
                    ]
                    doc.add(paragraph)
                }
            }
        }
    }

    /// 与上年比较, after the indicators (as in Markdown and HTML): the sentences, the indicators' table and spending
    /// by category against last year; nothing when the previous year has no plan of the project.
    static func yearOverYear(_ report: ProjectReport, _ doc: inout WordDocument) {
        guard let comparison = report.yearOverYear else { return }
        let width = WordDocument.textWidth(landscape: false)
        doc.add(.init("与上年（\(comparison.previousYear)年）比较", style: "Heading2"))
        for sentence in report.yearOverYearSentences { doc.add(.init("\(sentence)。")) }
        if let indicators = report.yearOverYearIndicatorTable, !indicators.rows.isEmpty {
            doc.add(table(indicators, width: width, minimum: [6, 10, 4, 8, 8, 6, 16]))
        }
        if let categories = report.yearOverYearTable {
            doc.add(.init("", style: "TableText"))
            doc.add(table(categories, width: width, minimum: [12, 12, 12, 10]))
        }
    }

    static func narratives(_ report: ProjectReport, _ doc: inout WordDocument) {
        for (index, group) in report.narratives.enumerated() {
            doc.add(.init("\(ChineseNumber.text(index + 3))、\(group.title)", style: "Heading1"))
            if group.entries.isEmpty { doc.add(.init("（各单位均未填写。）")) }
            for entry in group.entries {
                doc.add(.init(entry.officeName, style: "Heading3"))
                for paragraph in entry.text.split(separator: "\n", omittingEmptySubsequences: true) {
                    doc.add(.init(String(paragraph).trimmingSpaces()))
                }
            }
        }
    }

    /// A report table as a Word table: its header row repeats on every page, the 合计 row in bold.
    static func table(_ table: ReportTable, width: Int, minimum: [Int]) -> WordDocument.Table {
        let columns = table.header.indices.map { column in
            [table.header[column]] + table.rows.map { column < $0.count ? $0[column] : "" }
        }
        let widths = ColumnWidths.fit(columns, minimum: minimum, total: width, unit: unit, padding: padding)
        var rows = [WordDocument.Row(cells: table.header.map { .init(text: $0, header: true) }, isHeader: true)]
        for (index, row) in table.rows.enumerated() {
            let total = table.totalLast && index == table.rows.count - 1
            rows.append(
                .init(
                    cells: row.enumerated().map { column, text in
                        .init(text: text, numeric: table.numeric.contains(column), bold: total)
                    }
                )
            )
        }
        return WordDocument.Table(widths: widths, rows: rows)
    }

    static func selfEvaluation(_ report: ProjectReport, _ doc: inout WordDocument) {
        let form = SelfEvaluationForm(report)
        let widths = form.widths(total: WordDocument.textWidth(landscape: true), unit: unit, padding: padding)
        doc.add(.init("附表", style: "Heading1"))
        doc.add(.init("项目支出绩效自评表", style: "Title"))
        doc.add(.init("（\(report.project.year)年度）", style: "Caption"))
        func cells(_ row: [SelfEvaluationForm.Cell]) -> [WordDocument.Cell] {
            row.map { .init(text: $0.text, span: $0.span, merge: $0.merge, header: $0.header, numeric: $0.numeric) }
        }
        doc.add(WordDocument.Table(widths: widths, rows: form.head.map { .init(cells: cells($0)) }))
        // Two tables side by side would fuse into one, and a repeated header must be a table's first row: an empty
        // paragraph keeps them apart. (A 1pt exact-height spacer made LibreOffice break the next table after two
        // rows; a normal table line does not.)
        doc.add(.init("", style: "TableText"))
        var rows = [WordDocument.Row(cells: cells(form.indicatorHeader), isHeader: true)]
        rows += form.indicatorRows.map { .init(cells: cells($0)) }
        var total = cells(form.total)
        for index in total.indices { total[index].bold = true }
        rows.append(.init(cells: total))
        doc.add(WordDocument.Table(widths: widths, rows: rows))
        doc.add(.init("", style: "CoverLine"))
        let signOff = report.signOff
        func value(_ text: String) -> String { text.isEmpty ? "＿＿＿＿＿＿＿＿" : text }
        for line in [
            "填报单位（盖章）：\(value(signOff.filler))",
            "联系人：\(value(signOff.contact))　　联系电话：\(value(signOff.phone))",
            "填报日期：\(value(signOff.date))",
        ] {
            var paragraph = WordDocument.Paragraph(line, style: "CoverLine")
            paragraph.indent = WordDocument.textWidth(landscape: true) / 2
            doc.add(paragraph)
        }
    }
}
