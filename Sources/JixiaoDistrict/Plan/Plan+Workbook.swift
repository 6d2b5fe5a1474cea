import JixiaoModels
import JixiaoSpreadsheet

extension Plan {
    /// The plan as a workbook in the layout of `Docs/PlanFormat.md` (说明, 项目, 资金, 类别, 指标, 规则): one row per
    /// project, fund, category and indicator, Chinese headers, budgets in 元 with two decimals, 指标值 as finance
    /// staff write it (`≥50起`). Importing the workbook gives an equal plan.
    public func workbook() -> WorkbookDraft {
        var sheets = [Self.instructions(district: district)]
        sheets.append(
            Self.sheet(
                PlanWorkbookLayout.projects,
                rows: projects.map { item in
                    let project = item.project
                    return [
                        .text(project.code), .integer(year), .text(project.name), .text(project.department),
                        .text(project.implementer), .text(project.goal),
                        .text(PlanWorkbookLayout.officeList(project.offices)),
                    ]
                }
            )
        )
        sheets.append(
            Self.sheet(
                PlanWorkbookLayout.funds,
                rows: projects.flatMap { item in
                    item.funds.map { fund in
                        [
                            .text(item.project.code), .text(fund.code), .text(fund.name),
                            .number(fund.initialBudget.formattedYuan(grouping: false)),
                            .number(fund.adjustedBudget.formattedYuan(grouping: false)),
                        ]
                    }
                }
            )
        )
        sheets.append(
            Self.sheet(
                PlanWorkbookLayout.categories,
                rows: projects.flatMap { item in
                    item.categories.map { [.text(item.project.code), .text($0.code), .text($0.name)] }
                }
            )
        )
        let indicatorRows = projects.flatMap { $0.indicators.map(Self.row(of:)) }
        sheets.append(Self.withDropdowns(Self.sheet(PlanWorkbookLayout.indicators, rows: indicatorRows)))
        let ruleRows = projects.flatMap { item in
            item.project.rules.map { [CellValue.text(item.project.code), .text($0)] }
        }
        sheets.append(Self.sheet(PlanWorkbookLayout.rules, rows: ruleRows, blankRows: ruleRows.isEmpty ? 20 : 0))
        return WorkbookDraft(sheets: sheets, title: "\(district)\(year)年度绩效目标")
    }

    /// The empty plan workbook (`district plan template`): the instructions and the four sheets with their headers.
    public static func templateWorkbook() -> WorkbookDraft {
        var sheets = [instructions(district: "")]
        for layout in PlanWorkbookLayout.dataSheets {
            let sheet = sheet(layout, rows: [], blankRows: templateRows)
            sheets.append(layout.name == PlanWorkbookLayout.indicators.name ? withDropdowns(sheet) : sheet)
        }
        sheets.append(sheet(PlanWorkbookLayout.rules, rows: [], blankRows: templateRows))
        return WorkbookDraft(sheets: sheets, title: "绩效目标")
    }

    /// How many empty rows of each sheet the template formats (borders; text, money or number cells).
    static let templateRows = 200

    /// How many rows of the indicator sheet get dropdowns (beyond the rows written).
    static let dropdownRows = 1000

    /// The indicator sheet with dropdowns: 一级指标, 二级指标 and 方向 refuse other values (the import would);
    /// 合并方式 and 填报频率 only suggest theirs (the import also reads the English words and aliases).
    private static func withDropdowns(_ sheet: SheetDraft) -> SheetDraft {
        var sheet = sheet
        let layout = PlanWorkbookLayout.indicators
        func range(_ key: String) -> CellRange? {
            guard let index = layout.columns.firstIndex(where: { $0.key == key }) else { return nil }
            return CellRange(
                CellReference(column: index + 1, row: 2),
                CellReference(column: index + 1, row: dropdownRows + 1)
            )
        }
        let rules: [(String, [String], String?)] = [
            ("level1", Indicator.level1Names, "一级指标：产出指标、效益指标或满意度指标"),
            ("level2", Indicator.level2Names, "二级指标：请从列表中选择"),
            ("direction", Indicator.Direction.allCases.map(PlanWorkbookLayout.directionText), "方向：正向、反向、等于或定性"),
            ("aggregate", PlanWorkbookLayout.aggregateWords.map(\.text), nil),
            ("frequency", PlanWorkbookLayout.frequencyWords.map(\.text), nil),
        ]
        for (key, items, error) in rules {
            guard let range = range(key) else { continue }
            sheet.validations.append(DataValidation(ranges: [range], source: .list(items), error: error))
        }
        return sheet
    }

    private static func row(of indicator: Indicator) -> [CellValue] {
        let formula: String =
            if case .formula(let text) = indicator.aggregation { text } else { "" }
        return [
            .text(indicator.project), .text(indicator.code), .text(indicator.level1), .text(indicator.level2),
            .text(indicator.name), .text(PlanWorkbookLayout.targetText(indicator)), .text(indicator.unit),
            .text(PlanWorkbookLayout.directionText(indicator.direction)), .double(indicator.weight),
            .text(
                PlanWorkbookLayout.text(ofName: indicator.aggregation.name, in: PlanWorkbookLayout.aggregateWords)
            ),
            .text(formula), .text(PlanWorkbookLayout.officeList(indicator.reporters)),
            .text(PlanWorkbookLayout.text(ofName: indicator.frequency.name, in: PlanWorkbookLayout.frequencyWords)),
            .text(indicator.previous),
        ]
    }

    /// A data sheet: the header row (frozen, printed on every page), then `rows`, every cell bordered.
    private static func sheet(
        _ layout: PlanWorkbookLayout.Sheet,
        rows: [[CellValue]],
        blankRows: Int = 0
    ) -> SheetDraft {
        var sheet = SheetDraft(name: layout.name)
        sheet.appendRow(layout.columns.map { .text($0.header) }, style: .header)
        for (index, column) in layout.columns.enumerated() { sheet.columnWidths[index + 1] = column.width }
        let blank = [CellValue](repeating: .empty, count: layout.columns.count)
        for (offset, values) in (rows + Array(repeating: blank, count: blankRows)).enumerated() {
            for (index, value) in values.enumerated() {
                let cellValue: CellValue = value == .text("") ? .empty : value
                sheet.set(
                    cellValue,
                    at: CellReference(column: index + 1, row: offset + 2),
                    style: style(of: value, key: layout.columns[index].key)
                )
            }
        }
        sheet.frozenRows = 1
        sheet.printSetup = PrintSetup(orientation: .landscape, repeatedRows: 1...1)
        return sheet
    }

    /// Budgets as money; other numbers plain; text (and an empty cell of a text column) formatted as text, so that a
    /// code typed as 001 stays 001.
    private static func style(of value: CellValue, key: String) -> CellStyle {
        if ["initialBudget", "adjustedBudget"].contains(key) { return .money }
        if case .number = value { return .bordered }
        if value == .empty, ["year", "weight"].contains(key) { return .bordered }
        return CellStyle(border: true, wrapText: ["goal", "name"].contains(key), numberFormat: "@")
    }

    /// The 说明 sheet: the district's name in B2, then how to fill the other sheets.
    private static func instructions(district: String) -> SheetDraft {
        var sheet = SheetDraft(name: PlanWorkbookLayout.instructionsSheet)
        sheet.appendRow([.text("绩效目标（jixiao-plan/1）")], style: CellStyle(bold: true))
        sheet.appendRow([.text(PlanWorkbookLayout.districtLabel), district.isEmpty ? .empty : .text(district)])
        for line in instructionLines { sheet.appendRow([.text(line)]) }
        sheet.columnWidths = [1: 12, 2: 100]
        return sheet
    }

    private static let instructionLines = [
        "",
        "用法：填好各表后运行 district plan import 本文件.xlsx（先加 --dry-run 检查）。整个文件先检查，有任何问题都不导入，并逐条指出表名和单元格（如 指标!E17）。",
        "项目：每行一个重点项目。项目代码在本年度内唯一（字母、数字、_ - .，最多 40 个字符；下一年度的计划可沿用同一代码）；年度各行相同；填报单位为街道/部门代码，用顿号分隔，留空表示全部单位。",
        "资金：每行一个资金来源，项目代码须在「项目」表中。金额单位为元（最多两位小数），也可写「1277.6万」；全年预算数留空表示等于年初预算数。",
        "类别：每行一个支出类别。",
        "指标：每行一个三级指标，指标代码全表唯一。指标值照申报表写法：≥50起、≤45μg/m³、100%（等于）、达成（定性）；只写「定性」表示预期等级为达成。",
        "方向：正向、反向、等于、定性（可由指标值的 ≥ ≤ 推出）。分值最多两位小数，每个项目的分值合计须为 90（另 10 分为预算执行率）。",
        "合并方式：求和（默认）、平均、最小、最大、最新、公式；填了计算公式而合并方式留空即为公式，如 JD40 / JD39 * 100。",
        "填报频率：年度（默认）、季度、月度。填报单位留空表示项目的全部填报单位。",
        "上年指标代码：与上年比较时对照的上年指标代码，留空表示上年同一代码的指标。",
        "规则：每行一条校验规则，如 JD03 <= JD02（移送起诉不超过刑事拘留）、spending.XC <= 3000000（类别 XC 支出不超过 300 万元）、spending <= budget。违反规则的数据照常保存和计分，在 district status 和报告的数据说明中列出。",
        "「序号」列可以保留，导入时忽略；列的顺序可以调整，表头须与本模板一致。",
    ]
}
