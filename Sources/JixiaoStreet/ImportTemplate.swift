import JixiaoModels
import JixiaoSpreadsheet

/// The fill-in workbooks an office gets from `street template`: the import's Chinese headers, dropdown lists of
/// this office's codes, a frozen header, A4 landscape printing with the header repeated, and a second sheet
/// (代码表) listing every code with its name. Filled in, a template imports as it is.
public enum ImportTemplate {
    /// How many rows of an expenditures template carry formats and dropdowns.
    public static let expenseRows = 500

    /// The expenditures template for `office`: its projects, their categories and funds.
    /// - Parameter year: only that year's plan; `nil`: every year's, a code that several years have listed once
    ///   (the latest year's name; an expenditure's date picks the year).
    public static func expenditures(reference: ReferenceData, office: String, year: Int? = nil) -> WorkbookDraft {
        let reference = year.map { reference.of(year: $0) } ?? reference
        let projects = latest(officeProjects(reference, office), key: \.code)
        let codes = Set(projects.map(\.code))
        let categories = latest(reference.categories.filter { codes.contains($0.project) }) {
            "\($0.project)/\($0.code)"
        }
        .sorted { ($0.project, $0.code) < ($1.project, $1.code) }
        let funds = latest(reference.funds.filter { codes.contains($0.project) }) { "\($0.project)/\($0.code)" }
            .sorted { ($0.project, $0.code) < ($1.project, $1.code) }

        var sheet = SheetDraft(name: "支出")
        // No 编号 (id) column: a template's rows are all new.
        let columns = ExpenditureColumn.allCases.filter { $0 != .id }
        sheet.setRow(1, columns.map { .text($0.chineseTitle) }, style: .header)
        let last = expenseRows + 1
        for row in 2...last {
            for column in columns.indices {
                let style: CellStyle =
                    switch columns[column] {
                    case .amount: .money
                    case .date: .date
                    default: CellStyle(border: true, numberFormat: "@")
                    }
                sheet.set(.empty, at: CellReference(column: column + 1, row: row), style: style)
            }
        }
        sheet.columnWidths = [1: 12, 2: 10, 3: 12, 4: 14, 5: 12, 6: 12, 7: 26, 8: 30]
        sheet.frozenRows = 1
        sheet.printSetup = PrintSetup(orientation: .landscape, repeatedRows: 1...1)
        /// A dropdown on `column` of every template row, from the codes in `letter` of 代码表.
        func list(_ column: ExpenditureColumn, _ letter: String, _ count: Int) -> DataValidation? {
            guard count > 0, let index = columns.firstIndex(of: column) else { return nil }
            return DataValidation(
                ranges: [
                    CellRange(CellReference(column: index + 1, row: 2), CellReference(column: index + 1, row: last))
                ],
                source: .range(sheet: "代码表", CellRange("\(letter)2:\(letter)\(count + 1)")!),
                error: "请从下拉列表中选择（代码与名称见「代码表」）",
                prompt: "代码与名称见「代码表」"
            )
        }
        sheet.validations = [
            list(.project, "A", projects.count), list(.category, "E", categories.count), list(.fund, "I", funds.count),
        ].compactMap { $0 }

        var codesSheet = SheetDraft(name: "代码表")
        let titles = ["项目代码", "项目名称", "", "项目", "类别代码", "类别名称", "", "项目", "资金代码", "资金名称"]
        codesSheet.setRow(1, titles.map { $0.isEmpty ? .empty : .text($0) }, style: .header)
        for (offset, project) in projects.enumerated() {
            codesSheet.set(.text(project.code), at: CellReference(column: 1, row: offset + 2))
            codesSheet.set(.text(project.name), at: CellReference(column: 2, row: offset + 2))
        }
        for (offset, category) in categories.enumerated() {
            codesSheet.set(.text(category.project), at: CellReference(column: 4, row: offset + 2))
            codesSheet.set(.text(category.code), at: CellReference(column: 5, row: offset + 2))
            codesSheet.set(.text(category.name), at: CellReference(column: 6, row: offset + 2))
        }
        for (offset, fund) in funds.enumerated() {
            codesSheet.set(.text(fund.project), at: CellReference(column: 8, row: offset + 2))
            codesSheet.set(.text(fund.code), at: CellReference(column: 9, row: offset + 2))
            codesSheet.set(.text(fund.name), at: CellReference(column: 10, row: offset + 2))
        }
        codesSheet.columnWidths = [1: 12, 2: 24, 4: 10, 5: 10, 6: 24, 8: 10, 9: 10, 10: 24]
        codesSheet.frozenRows = 1
        return WorkbookDraft(sheets: [sheet, codesSheet], title: "\(office) 支出导入模板")
    }

    /// The indicator values template for `office`: one row per value it is expected to report (each indicator it
    /// reports, for each period of the indicator's frequency in its project's year), with the indicator's name,
    /// unit and target beside the code and the value left empty.
    /// - Parameter year: only that year's plan; `nil`: every year's (each indicator with the periods of its year).
    public static func values(reference: ReferenceData, office: String, year: Int? = nil) -> WorkbookDraft {
        let reference = year.map { reference.of(year: $0) } ?? reference
        let projects = officeProjects(reference, office)
        let byKey = Dictionary(projects.map { ("\($0.code)/\($0.year)", $0) }, uniquingKeysWith: { first, _ in first })
        let indicators = reference.indicators.filter { indicator in
            guard let project = byKey["\(indicator.project)/\(indicator.year)"] else { return false }
            let reporters = indicator.reporters.isEmpty ? project.offices : indicator.reporters
            return reporters.isEmpty || reporters.contains(office)
        }
        .sorted { ($0.year, $0.project, $0.code) < ($1.year, $1.project, $1.code) }
        var sheet = SheetDraft(name: "指标值")
        let titles = ValueColumn.allCases.map(\.chineseTitle) + ValueColumn.informationalTitles
        sheet.setRow(1, titles.map { .text($0) }, style: .header)
        var row = 2
        for indicator in indicators {
            for period in periods(indicator.frequency, indicator.year) {
                let text: CellStyle = CellStyle(border: true, numberFormat: "@")
                sheet.setRow(row, [.text(indicator.code), .text(period.description)], style: text)
                sheet.set(.empty, at: CellReference(column: 3, row: row), style: .bordered)
                sheet.set(.empty, at: CellReference(column: 4, row: row), style: text)
                sheet.set(.empty, at: CellReference(column: 5, row: row), style: text)
                let info = [indicator.name, indicator.unit, indicator.target, indicator.project]
                for (offset, value) in info.enumerated() {
                    sheet.set(.text(value), at: CellReference(column: 6 + offset, row: row), style: .bordered)
                }
                row += 1
            }
        }
        sheet.columnWidths = [1: 10, 2: 10, 3: 12, 4: 14, 5: 24, 6: 30, 7: 8, 8: 12, 9: 10]
        sheet.frozenRows = 1
        sheet.printSetup = PrintSetup(orientation: .landscape, repeatedRows: 1...1)
        if !indicators.isEmpty {
            sheet.validations = [
                DataValidation(
                    ranges: [CellRange(CellReference(column: 1, row: 2), CellReference(column: 1, row: row + 200))],
                    source: .range(sheet: "代码表", CellRange("A2:A\(indicators.count + 1)")!),
                    error: "请从下拉列表中选择本单位填报的指标（名称见「代码表」）"
                )
            ]
        }
        var codesSheet = SheetDraft(name: "代码表")
        codesSheet.setRow(1, ["指标代码", "指标名称", "单位", "目标值", "项目", "填报频次"].map { .text($0) }, style: .header)
        for (offset, indicator) in indicators.enumerated() {
            let frequency = ["年", "季", "月"][indicator.frequency.rawValue]
            codesSheet.setRow(
                offset + 2,
                [indicator.code, indicator.name, indicator.unit, indicator.target, indicator.project, frequency].map {
                    .text($0)
                }
            )
        }
        codesSheet.columnWidths = [1: 12, 2: 30, 3: 8, 4: 12, 5: 10, 6: 8]
        codesSheet.frozenRows = 1
        return WorkbookDraft(sheets: [sheet, codesSheet], title: "\(office) 指标值导入模板")
    }

    /// One row per key, the latest year's (a dropdown lists a code once, whatever the years that plan it).
    static func latest<Row>(_ rows: [Row], key: (Row) -> String) -> [Row] where Row: YearRow {
        var kept: [String: Row] = [:]
        var order: [String] = []
        for row in rows {
            let k = key(row)
            if let old = kept[k] {
                if old.year < row.year { kept[k] = row }
            } else {
                kept[k] = row
                order.append(k)
            }
        }
        return order.compactMap { kept[$0] }
    }

    /// The projects `office` works on: those that list it, or list no offices.
    static func officeProjects(_ reference: ReferenceData, _ office: String) -> [Project] {
        reference.projects.filter { $0.offices.isEmpty || $0.offices.contains(office) }.sorted { $0.code < $1.code }
    }

    static func periods(_ kind: Period.Kind, _ year: Int) -> [Period] {
        switch kind {
        case .year: [.year(year)]
        case .quarter: (1...4).map { .quarter(year, $0) }
        case .month: (1...12).map { .month(year, $0) }
        }
    }
}

/// A reference row of a year's plan.
protocol YearRow { var year: Int { get } }
extension Project: YearRow {}
extension Fund: YearRow {}
extension JixiaoModels.Category: YearRow {}
