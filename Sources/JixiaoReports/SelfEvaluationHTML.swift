/// The 附表 项目支出绩效自评表 as HTML tables with merged cells, in the Ministry of Finance layout (9 columns).
///
/// Two tables on one grid, column widths by content: the project's head (项目名称 … 年度总体目标), then the
/// indicators, whose header row is a `<thead>` so that a browser repeats it on every printed page. The indicators'
/// 一级/二级指标 are written once and the cells below them drawn without a top border, rather than merged with
/// `rowspan`: a rowspan over dozens of rows is what made Chromium leave a page blank.
enum SelfEvaluationHTML {
    static func render(_ report: ProjectReport) -> String {
        let form = SelfEvaluationForm(report)
        // Per mille of the table's width, printed on landscape A4 (265 mm): half a character of 9.5pt text is
        // 1.68 mm (6.3‰, 7 with bold headers), padding 3.2 mm (12‰).
        let widths = form.widths(total: 1000, unit: 7, padding: 12)
        let colgroup =
            "<colgroup>"
            + widths.map { "<col style=\"width:\(ReportText.number(Double($0) / 10, decimals: 1))%\">" }
            .joined() + "</colgroup>\n"
        func cell(_ cell: SelfEvaluationForm.Cell, rowspans: Bool) -> String {
            let tag = cell.header ? "th" : "td"
            var attributes = ""
            if cell.span > 1 { attributes += " colspan=\"\(cell.span)\"" }
            var classes: [String] = []
            if cell.numeric { classes.append("num") }
            switch cell.merge {
            case .restart(let rows) where rowspans && rows > 1: attributes += " rowspan=\"\(rows)\""
            case .continue: classes.append("cont")
            default: break
            }
            if !classes.isEmpty { attributes += " class=\"\(classes.joined(separator: " "))\"" }
            return "<\(tag)\(attributes)>\(HTML.paragraph(cell.text))</\(tag)>"
        }
        var out = "<section class=\"form\">\n<h2>附表　项目支出绩效自评表</h2>\n"
        out += "<table class=\"form-head\">\n"
        out += "<caption>项目支出绩效自评表<br><small>（\(report.project.year)年度）</small></caption>\n" + colgroup
        for row in form.head {
            out += "<tr>" + row.filter { $0.merge != .continue }.map { cell($0, rowspans: true) }.joined() + "</tr>\n"
        }
        out += "</table>\n<table class=\"form-indicators\">\n" + colgroup
        out +=
            "<thead><tr>" + form.indicatorHeader.map { cell($0, rowspans: false) }.joined() + "</tr></thead>\n<tbody>\n"
        for row in form.indicatorRows {
            out += "<tr>" + row.map { cell($0, rowspans: false) }.joined() + "</tr>\n"
        }
        out += "<tr class=\"total\">" + form.total.map { cell($0, rowspans: false) }.joined() + "</tr>\n"
        out += "</tbody>\n</table>\n"
        out += signOff(report.signOff)
        out += "</section>\n"
        return out
    }

    /// 填报单位（盖章）, 联系人, 联系电话, 填报日期 under the form; blanks to fill in by hand where not set.
    static func signOff(_ signOff: SignOff) -> String {
        func value(_ text: String) -> String { text.isEmpty ? "<span class=\"blank\"></span>" : HTML.escape(text) }
        return "<div class=\"signoff\">\n<p>填报单位（盖章）：\(value(signOff.filler))</p>\n"
            + "<p>联系人：\(value(signOff.contact))　　联系电话：\(value(signOff.phone))</p>\n"
            + "<p>填报日期：\(value(signOff.date))</p>\n</div>\n"
    }
}
