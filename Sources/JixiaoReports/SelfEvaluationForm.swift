/// The 附表 项目支出绩效自评表 as a grid of 9 columns with merged cells, in the Ministry of Finance layout, for the
/// formats that draw real tables (HTML, Word).
///
/// It comes in two parts so that the indicators' header row can repeat on every page: `head` (项目名称 to 年度总体目标)
/// and the indicators with their header and the 总分 row.
struct SelfEvaluationForm {
    /// How a cell takes part in a vertical merge.
    enum Merge: Equatable {
        case none
        /// The first cell of a vertical merge over `rows` rows.
        case restart(rows: Int)
        /// A cell covered by the cell above.
        case `continue`
    }

    /// One cell; `span` grid columns wide.
    struct Cell {
        var text: String
        var span = 1
        var merge = Merge.none
        var header = false
        var numeric = false
    }

    static let columnCount = 9

    var head: [[Cell]] = []
    var indicatorHeader: [Cell] = []
    var indicatorRows: [[Cell]] = []
    var total: [Cell] = []

    init(_ report: ProjectReport) {
        let project = report.project
        let budget = report.budget
        func th(_ text: String, span: Int = 1, merge: Merge = .none) -> Cell {
            Cell(text: text, span: span, merge: merge, header: true)
        }
        func td(_ text: String, span: Int = 1, merge: Merge = .none, numeric: Bool = false) -> Cell {
            Cell(text: text, span: span, merge: merge, numeric: numeric)
        }
        let fundRows = 2 + budget.funds.count
        head.append([th("项目名称"), td(project.name, span: 8)])
        head.append([th("主管部门"), td(project.department, span: 3), th("实施单位"), td(project.implementer, span: 4)])
        head.append(
            [th("项目资金（万元）", merge: .restart(rows: fundRows)), th("", span: 2)]
                + ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].map { th($0) }
        )
        head.append(
            [th("", merge: .continue), td("年度资金总额", span: 2)]
                + [
                    ProjectReport.wan(budget.initialBudget), ProjectReport.wan(budget.adjustedBudget),
                    ProjectReport.wan(budget.spent), ReportText.number(report.score.budgetWeight),
                    ReportText.percent(budget.executionRate), ReportText.score(report.score.budgetScore),
                ].map { td($0, numeric: true) }
        )
        for fund in budget.funds {
            head.append(
                [th("", merge: .continue), td("其中：\(fund.name)", span: 2)]
                    + [
                        ProjectReport.wan(fund.initialBudget), ProjectReport.wan(fund.adjustedBudget),
                        ProjectReport.wan(fund.spent), "—", ReportText.percent(fund.executionRate), "—",
                    ].map { td($0, numeric: true) }
            )
        }
        head.append([th("年度总体目标", merge: .restart(rows: 2)), th("预期目标", span: 4), th("实际完成情况", span: 4)])
        head.append([th("", merge: .continue), td(project.goal, span: 4), td(report.goalAchievement, span: 4)])

        let count = report.indicators.count
        indicatorHeader =
            [th("绩效指标")]
            + ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].map { th($0) }
        for group in report.indicatorGroups {
            let groupCount = group.sections.map(\.indicators.count).reduce(0, +)
            for (sectionIndex, section) in group.sections.enumerated() {
                for (index, indicator) in section.indicators.enumerated() {
                    let level1 =
                        sectionIndex == 0 && index == 0
                        ? td(group.level1, merge: .restart(rows: groupCount)) : td("", merge: .continue)
                    let level2 =
                        index == 0
                        ? td(section.level2, merge: .restart(rows: section.indicators.count)) : td("", merge: .continue)
                    let first = indicatorRows.isEmpty
                    indicatorRows.append([
                        th("", merge: first ? .restart(rows: count) : .continue), level1, level2, td(indicator.name),
                        td(indicator.targetText, numeric: true), td(indicator.actualWithUnit, numeric: true),
                        td(ReportText.number(indicator.weight), numeric: true),
                        td(ReportText.score(indicator.score.score), numeric: true), td(indicator.deviationText),
                    ])
                }
            }
        }
        total = [
            th("总分", span: 6), td("100", numeric: true), td(ReportText.score(report.score.total), numeric: true),
            td("自评等级：\(report.score.grade.rawValue)"),
        ]
    }

    /// Column widths by content, adding up to `total`.
    /// - Parameters:
    ///   - total: the table's width.
    ///   - unit: one half-width character's width at the table's font size, in the same unit.
    ///   - padding: a cell's left and right padding together.
    func widths(total: Int, unit: Double, padding: Double) -> [Int] {
        var columns = Array(repeating: [String](), count: Self.columnCount)
        for row in [indicatorHeader] + indicatorRows {
            var column = 0
            for cell in row {
                if cell.span == 1 && cell.merge != .continue && column > 0 { columns[column].append(cell.text) }
                column += cell.span
            }
        }
        // The money header row: 年初预算数 … 得分 over columns 3–8.
        for row in head where row.count == 8 {
            for (offset, cell) in row.dropFirst(2).enumerated() { columns[3 + offset].append(cell.text) }
        }
        // Half-width units: 项目名称 on one line; levels as 产出指标; names at least 8 characters.
        let minimum = [8, 8, 8, 16, 8, 8, 4, 5, 14]
        return ColumnWidths.fit(columns, minimum: minimum, total: total, unit: unit, padding: padding)
    }
}
