import JixiaoModels
import JixiaoSpreadsheet

/// `street export … --format xlsx`: the office's rows as a workbook with Chinese headers and the names (and units)
/// beside the codes. The columns are the import's, so the file imports back: rows keep their ids (expenditures)
/// or keys (values) and come back unchanged.
public enum ExportWorkbook {
    /// The expenditures, with project, category and fund names beside their codes, amounts as numbers in 元 and
    /// dates as date cells.
    public static func expenditures(_ rows: [Expenditure], reference: ReferenceData) -> WorkbookDraft {
        let projects = Dictionary(
            reference.projects.map { ($0.code, $0.name) },
            uniquingKeysWith: { first, _ in first }
        )
        let categories = Dictionary(
            reference.categories.map { ("\($0.project)/\($0.code)", $0.name) },
            uniquingKeysWith: { first, _ in first }
        )
        let funds = Dictionary(
            reference.funds.map { ("\($0.project)/\($0.code)", $0.name) },
            uniquingKeysWith: { first, _ in first }
        )
        let names = ExpenditureColumn.informationalTitles
        var sheet = SheetDraft(name: "支出")
        let titles = [
            ExpenditureColumn.project.chineseTitle, names[0], ExpenditureColumn.category.chineseTitle, names[1],
            ExpenditureColumn.fund.chineseTitle, names[2], "金额（元）", ExpenditureColumn.date.chineseTitle,
            ExpenditureColumn.voucher.chineseTitle, ExpenditureColumn.payee.chineseTitle,
            ExpenditureColumn.note.chineseTitle,
            ExpenditureColumn.id.chineseTitle,
        ]
        sheet.setRow(1, titles.map { .text($0) }, style: .header)
        for (offset, row) in rows.enumerated() {
            let line = offset + 2
            let texts = [
                row.project, projects[row.project] ?? "", row.category,
                categories["\(row.project)/\(row.category)"] ?? "", row.fund, funds["\(row.project)/\(row.fund)"] ?? "",
            ]
            sheet.setRow(line, texts.map { .text($0) }, style: .bordered)
            sheet.set(
                .number(row.amount.formattedYuan(grouping: false)),
                at: CellReference(column: 7, row: line),
                style: .money
            )
            if let day = day(row.date) {
                sheet.set(
                    .integer(DateSystem.system1900.serial(of: day)),
                    at: CellReference(column: 8, row: line),
                    style: .date
                )
            } else {
                sheet.set(.text(row.date), at: CellReference(column: 8, row: line), style: .bordered)
            }
            for (column, text) in [(9, row.voucher), (10, row.payee), (11, row.note), (12, row.id)] {
                sheet.set(.text(text), at: CellReference(column: column, row: line), style: .bordered)
            }
        }
        sheet.columnWidths = [1: 10, 2: 18, 3: 8, 4: 16, 5: 10, 6: 16, 7: 14, 8: 12, 9: 12, 10: 24, 11: 30, 12: 38]
        sheet.frozenRows = 1
        sheet.printSetup = PrintSetup(orientation: .landscape, repeatedRows: 1...1)
        return WorkbookDraft(sheets: [sheet], title: "支出")
    }

    /// The indicator values, with each indicator's name, unit, target and project beside its code (the layout of
    /// `street template values`).
    public static func values(_ rows: [IndicatorValue], reference: ReferenceData) -> WorkbookDraft {
        let indicators = Dictionary(reference.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var sheet = SheetDraft(name: "指标值")
        let titles = ValueColumn.allCases.map(\.chineseTitle) + ValueColumn.informationalTitles
        sheet.setRow(1, titles.map { .text($0) }, style: .header)
        for (offset, row) in rows.enumerated() {
            let line = offset + 2
            let value: CellValue =
                switch row.value {
                case .number(let number): .double(number)
                case .text(let text): .text(text)
                }
            let indicator = indicators[row.indicator]
            sheet.setRow(
                line,
                [
                    .text(row.indicator), .text(row.period.description), value, .text(row.label), .text(row.note),
                    .text(indicator?.name ?? ""), .text(indicator?.unit ?? ""), .text(indicator?.target ?? ""),
                    .text(indicator?.project ?? ""),
                ],
                style: .bordered
            )
        }
        sheet.columnWidths = [1: 10, 2: 10, 3: 12, 4: 14, 5: 24, 6: 30, 7: 8, 8: 12, 9: 10]
        sheet.frozenRows = 1
        sheet.printSetup = PrintSetup(orientation: .landscape, repeatedRows: 1...1)
        return WorkbookDraft(sheets: [sheet], title: "指标值")
    }

    /// The day of an ISO date `2021-06-26`.
    static func day(_ text: String) -> SerialDay? {
        guard let date = try? CalendarDate(parsing: text) else { return nil }
        return SerialDay(year: date.year, month: date.month, day: date.day)
    }
}
