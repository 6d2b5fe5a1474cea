import Foundation
import JixiaoModels
import JixiaoSpreadsheet

/// Writes the report as an .xlsx workbook: the 项目支出绩效自评表 in the Ministry of Finance layout (the same
/// `SelfEvaluationForm` the HTML and Word renderers draw: merged cells, borders, widths by content, A4 landscape one
/// page wide, the indicators' header row printed on every page), then the budget tables by fund, category, office
/// and fund × category, amounts in 元 as numbers.
public enum XLSXRenderer {
    /// The sheets' names, in tab order.
    static let formSheet = "自评表"
    static let fundSheet = "资金"
    static let categorySheet = "类别"
    static let officeSheet = "单位"
    static let fundCategorySheet = "资金与类别"
    static let yearOverYearSheet = "与上年比较"

    /// The workbook's bytes.
    /// - Throws: `ReportError.output` when the workbook cannot be assembled.
    public static func render(_ report: ProjectReport) throws -> Data {
        let budget = report.budget
        var sheets = [formSheet(report)]
        sheets.append(
            table(
                fundSheet,
                title: "项目资金执行情况（按资金来源）",
                headers: ["资金代码", "资金名称", "年初预算数（元）", "全年预算数（元）", "全年执行数（元）", "结余（元）", "执行率"],
                rows: budget.funds.map { fund in
                    [
                        .text(fund.code), .text(fund.planned ? fund.name : "\(fund.name)（计划外）"),
                        money(fund.initialBudget), money(fund.adjustedBudget), money(fund.spent), money(fund.balance),
                        percent(fund.executionRate),
                    ]
                },
                total: [
                    .text("合计"), .empty, money(budget.initialBudget), money(budget.adjustedBudget),
                    money(budget.spent), money(budget.balance), percent(budget.executionRate),
                ],
                widths: [10, 30, 18, 18, 18, 18, 10]
            )
        )
        sheets.append(
            table(
                categorySheet,
                title: "项目支出情况（按支出类别）",
                headers: ["类别代码", "类别名称", "全年执行数（元）", "占比", "笔数"],
                rows: budget.categories.map { category in
                    [
                        .text(category.code),
                        .text(category.planned ? category.name : "\(category.name)（计划外）"),
                        money(category.spent), percent(category.share), .integer(category.expenditureCount),
                    ]
                },
                total: [.text("合计"), .empty, money(budget.spent), .empty, .integer(budget.expenditureCount)],
                widths: [10, 36, 18, 10, 8]
            )
        )
        sheets.append(
            table(
                officeSheet,
                title: "项目支出情况（按填报单位）",
                headers: ["单位代码", "单位名称", "全年执行数（元）", "占比", "笔数", "应填报"],
                rows: budget.offices.map { office in
                    [
                        .text(office.code), .text(office.name), money(office.spent), percent(office.share),
                        .integer(office.expenditureCount), .text(office.expected ? "是" : "否"),
                    ]
                },
                total: [.text("合计"), .empty, money(budget.spent), .empty, .integer(budget.expenditureCount), .empty],
                widths: [14, 28, 18, 10, 8, 8]
            )
        )
        if !budget.fundCategories.isEmpty {
            let categories = budget.categories
            sheets.append(
                table(
                    fundCategorySheet,
                    title: "项目支出情况（按资金来源与支出类别，元）",
                    headers: ["资金来源"] + categories.map(\.name) + ["合计"],
                    rows: budget.fundCategories.map { row in
                        [.text(row.name)] + row.amounts.map(money) + [money(row.total)]
                    },
                    total: [.text("合计")] + categories.map { money($0.spent) } + [money(budget.spent)],
                    widths: [30] + categories.map { _ in 16 } + [18]
                )
            )
        }
        if let comparison = yearOverYearSheet(report) { sheets.append(comparison) }
        let draft = WorkbookDraft(
            sheets: sheets,
            title: "项目支出绩效自评表（\(report.project.name)）",
            created: report.generatedAt.isEmpty ? WorkbookDraft.fixedTimestamp : report.generatedAt
        )
        do {
            return try draft.data()
        } catch let error as SpreadsheetError {
            throw ReportError.output(tr("file.workbook-not-written", ["reason": "\(error)"]), underlying: error)
        }
    }

    // MARK: The form

    private static let title = CellStyle(bold: true, alignment: .center, fontSize: 16)
    private static let subtitle = CellStyle(alignment: .center)
    private static let header = CellStyle(bold: true, border: true, wrapText: true, alignment: .center)
    private static let text = CellStyle(border: true, wrapText: true, alignment: .left)
    private static let number = CellStyle(border: true, wrapText: true, alignment: .right)

    /// The 自评表 sheet: title rows, then the form's rows with their merges.
    static func formSheet(_ report: ProjectReport) -> SheetDraft {
        let form = SelfEvaluationForm(report)
        let columns = SelfEvaluationForm.columnCount
        var sheet = SheetDraft(name: formSheet)
        var row = 1
        if let draft = report.draft {
            sheet.set(.text(draft.text), at: CellReference(column: 1, row: row), style: CellStyle(bold: true))
            sheet.mergedRanges.append(range(row: row, column: 1, columns: columns))
            row += 1
        }
        sheet.set(.text("项目支出绩效自评表"), at: CellReference(column: 1, row: row), style: title)
        sheet.mergedRanges.append(range(row: row, column: 1, columns: columns))
        row += 1
        sheet.set(.text("（\(report.project.year)年度）"), at: CellReference(column: 1, row: row), style: subtitle)
        sheet.mergedRanges.append(range(row: row, column: 1, columns: columns))
        row += 1
        let widths = form.widths(total: 150, unit: 1, padding: 1).map(Double.init)
        for (index, width) in widths.enumerated() { sheet.columnWidths[index + 1] = width }
        let indicatorHeaderRow = row + form.head.count
        for cells in form.head + [form.indicatorHeader] + form.indicatorRows + [form.total] {
            place(cells, row: row, in: &sheet)
            if let height = height(of: cells, widths: widths) { sheet.rowHeights[row] = height }
            row += 1
        }
        sheet.printSetup = PrintSetup(
            orientation: .landscape,
            repeatedRows: indicatorHeaderRow...indicatorHeaderRow,
            fitToWidth: true
        )
        return sheet
    }

    /// Writes one row of the form from column A: each cell over its span, a vertical merge from its first cell
    /// over the rows it restarts; covered cells carry the border only, so the merged area is framed.
    private static func place(_ cells: [SelfEvaluationForm.Cell], row: Int, in sheet: inout SheetDraft) {
        var column = 1
        for cell in cells {
            let style = cell.header ? header : cell.numeric ? number : text
            let rows: Int =
                if case .restart(let count) = cell.merge { count } else { 1 }
            let (value, format) = cell.merge == .continue ? (.empty, nil) : value(of: cell)
            var cellStyle = style
            if let format { cellStyle.numberFormat = format }
            for covered in 0..<cell.span {
                let reference = CellReference(column: column + covered, row: row)
                sheet.set(covered == 0 ? value : .empty, at: reference, style: covered == 0 ? cellStyle : style)
            }
            if cell.span > 1 || rows > 1 {
                sheet.mergedRanges.append(
                    CellRange(
                        CellReference(column: column, row: row),
                        CellReference(column: column + cell.span - 1, row: row + rows - 1)
                    )
                )
            }
            column += cell.span
        }
    }

    /// The height a row needs for its wrapped text, in points; `nil` when every cell fits on one line. Set on every
    /// such row because Excel and LibreOffice do not grow a row for text in merged cells.
    static func height(of cells: [SelfEvaluationForm.Cell], widths: [Double]) -> Double? {
        var column = 0
        var lines = 1
        for cell in cells {
            defer { column += cell.span }
            guard cell.merge == .none, column + cell.span <= widths.count else { continue }
            // A column's width counts '0' digits; keep one for the cell's padding.
            let available = max(1, Int(widths[column..<column + cell.span].reduce(0, +)) - 1)
            let needed = cell.text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
                total + max(1, (ColumnWidths.units(String(line)) + available - 1) / available)
            }
            lines = max(lines, needed)
        }
        return lines > 1 ? Double(lines) * 14.25 + 4 : nil
    }

    /// A form cell's value and the number format that prints it as the form does: a figure as a number (`1277.6`;
    /// `0.00` as 0 shown `0.00`; `96.55%` as 0.9655 shown `96.55%`), other text as it is printed.
    static func value(of cell: SelfEvaluationForm.Cell) -> (CellValue, format: String?) {
        let text = cell.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return (.empty, nil) }
        guard cell.numeric, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "%") })
        else { return (.text(cell.text), nil) }
        let isPercent = text.hasSuffix("%")
        let figure = isPercent ? String(text.dropLast()) : text
        guard !figure.contains("%"), NumberText.canonical(figure) != nil,
            let number = NumberText.canonical(isPercent ? figure + "E-2" : figure)
        else { return (.text(cell.text), nil) }
        // Trailing zeros the form prints (`0.00`, `96.50%`) are kept by the format.
        let decimals = figure.firstIndex(of: ".").map { figure.distance(from: $0, to: figure.endIndex) - 1 } ?? 0
        let pattern = decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals)
        if isPercent { return (.number(number), pattern + "%") }
        return (.number(number), NumberText.canonical(figure) == figure ? nil : pattern)
    }

    private static func range(row: Int, column: Int, columns: Int) -> CellRange {
        CellRange(CellReference(column: column, row: row), CellReference(column: column + columns - 1, row: row))
    }

    // MARK: Budget tables

    private static func money(_ amount: Money) -> CellValue { .number(amount.formattedYuan(grouping: false)) }

    /// A percentage as a fraction (96.55 → 0.9655), exact to the report's two decimals; empty when there is none.
    private static func percent(_ value: Double?) -> CellValue {
        guard let value, let fraction = NumberText.canonical(ReportText.fixed(value) + "E-2") else { return .empty }
        return .number(fraction)
    }

    /// 与上年比较: the indicators' table, then spending by category against last year (amounts in 元 as numbers);
    /// `nil` when the previous year has no plan of the project.
    static func yearOverYearSheet(_ report: ProjectReport) -> SheetDraft? {
        guard let comparison = report.yearOverYear else { return nil }
        var sheet = SheetDraft(name: yearOverYearSheet)
        sheet.set(
            .text("与上年（\(comparison.previousYear)年）比较"),
            at: CellReference(column: 1, row: 1),
            style: CellStyle(bold: true)
        )
        var row = 2
        func put(_ table: ReportTable, money: Bool) {
            sheet.setRow(row, table.header.map { .text($0) }, style: .header)
            row += 1
            for (index, values) in table.rows.enumerated() {
                let isTotal = table.totalLast && index == table.rows.count - 1
                for (column, text) in values.enumerated() {
                    var value = CellValue.text(text)
                    var style = CellStyle(bold: isTotal, border: true)
                    if table.numeric.contains(column) {
                        let plain = text.replacingOccurrences(of: ",", with: "")
                        if let canonical = NumberText.canonical(
                            plain.hasPrefix("+") ? String(plain.dropFirst()) : plain
                        ) {
                            value = .number(canonical)
                            if money { style = CellStyle(bold: isTotal, border: true, numberFormat: "#,##0.00") }
                        }
                    }
                    sheet.set(value, at: CellReference(column: column + 1, row: row), style: style)
                }
                row += 1
            }
            row += 1
        }
        if let indicators = report.yearOverYearIndicatorTable { put(indicators, money: false) }
        if let categories = report.yearOverYearTable { put(categories, money: true) }
        for (index, width) in [14.0, 30, 10, 18, 18, 14, 50].enumerated() { sheet.columnWidths[index + 1] = width }
        sheet.printSetup = PrintSetup(orientation: .landscape, repeatedRows: nil, fitToWidth: true)
        return sheet
    }

    /// A table sheet: a title row, the header (frozen, printed on every page), the rows and a 合计 row.
    private static func table(
        _ name: String,
        title: String,
        headers: [String],
        rows: [[CellValue]],
        total: [CellValue],
        widths: [Double]
    ) -> SheetDraft {
        var sheet = SheetDraft(name: name)
        sheet.set(.text(title), at: CellReference(column: 1, row: 1), style: CellStyle(bold: true))
        sheet.setRow(2, headers.map { .text($0) }, style: .header)
        for (offset, values) in (rows + [total]).enumerated() {
            let isTotal = offset == rows.count
            for (index, value) in values.enumerated() {
                let style: CellStyle
                switch (index, headers[index]) {
                case (_, let header) where header.hasSuffix("（元）") || (index > 0 && name == fundCategorySheet):
                    style = CellStyle(bold: isTotal, border: true, numberFormat: "#,##0.00")
                case (_, "执行率"), (_, "占比"):
                    style = CellStyle(bold: isTotal, border: true, numberFormat: "0.00%")
                default:
                    style = CellStyle(bold: isTotal, border: true)
                }
                sheet.set(value, at: CellReference(column: index + 1, row: offset + 3), style: style)
            }
        }
        for (index, width) in widths.enumerated() { sheet.columnWidths[index + 1] = width }
        sheet.frozenRows = 2
        sheet.printSetup = PrintSetup(orientation: .landscape, repeatedRows: 2...2, fitToWidth: true)
        return sheet
    }
}
