import JixiaoModels

/// The plan as a workbook (`district plan export --format xlsx`, `district plan import plan.xlsx`): sheet names,
/// columns, and how values are written, after the MoF 项目支出绩效目标申报表. See `Docs/PlanFormat.md`.
///
/// Every column maps to one field of the JSON plan, so a workbook converts to the same plan value and goes through
/// the same checks; nothing of a plan is lost on the way.
enum PlanWorkbookLayout {
    /// One column of a data sheet: its Chinese header, the JSON field it fills, its width in characters.
    struct Column: Hashable, Sendable {
        var header: String
        var key: String
        var width: Double
    }

    /// One data sheet: its tab name and columns in order.
    struct Sheet: Sendable {
        var name: String
        var columns: [Column]

        /// The column whose JSON field is `key`.
        func column(forKey key: String) -> Column? { columns.first { $0.key == key } }
    }

    static let instructionsSheet = "说明"
    /// The label in column A of the instructions sheet whose column B holds the district's name.
    static let districtLabel = "地区"
    /// The JSON field of each row's project code on the fund, category and indicator sheets.
    static let projectKey = "project"

    static let projects = Sheet(
        name: "项目",
        columns: [
            Column(header: "项目代码", key: "code", width: 12),
            Column(header: "年度", key: "year", width: 8),
            Column(header: "项目名称", key: "name", width: 28),
            Column(header: "主管部门", key: "department", width: 24),
            Column(header: "实施单位", key: "implementer", width: 24),
            Column(header: "年度总体目标", key: "goal", width: 60),
            Column(header: "填报单位", key: "offices", width: 30),
        ]
    )

    static let funds = Sheet(
        name: "资金",
        columns: [
            Column(header: "项目代码", key: projectKey, width: 12),
            Column(header: "资金代码", key: "code", width: 10),
            Column(header: "资金名称", key: "name", width: 30),
            Column(header: "年初预算数（元）", key: "initialBudget", width: 18),
            Column(header: "全年预算数（元）", key: "adjustedBudget", width: 18),
        ]
    )

    static let categories = Sheet(
        name: "类别",
        columns: [
            Column(header: "项目代码", key: projectKey, width: 12),
            Column(header: "类别代码", key: "code", width: 10),
            Column(header: "类别名称", key: "name", width: 36),
        ]
    )

    static let indicators = Sheet(
        name: "指标",
        columns: [
            Column(header: "项目代码", key: projectKey, width: 12),
            Column(header: "指标代码", key: "code", width: 10),
            Column(header: "一级指标", key: "level1", width: 12),
            Column(header: "二级指标", key: "level2", width: 18),
            Column(header: "三级指标", key: "name", width: 40),
            Column(header: "指标值", key: "target", width: 14),
            Column(header: "单位", key: "unit", width: 10),
            Column(header: "方向", key: "direction", width: 8),
            Column(header: "分值", key: "weight", width: 8),
            Column(header: "合并方式", key: "aggregate", width: 10),
            Column(header: "计算公式", key: "formula", width: 22),
            Column(header: "填报单位", key: "reporters", width: 30),
            Column(header: "填报频率", key: "frequency", width: 10),
            Column(header: "上年指标代码", key: "previous", width: 12),
        ]
    )

    /// The validation rules (`rules`): one row per rule. Optional on import (a workbook made before it has none).
    static let rules = Sheet(
        name: "规则",
        columns: [
            Column(header: "项目代码", key: projectKey, width: 12),
            Column(header: "规则", key: "rule", width: 40),
        ]
    )

    static let dataSheets = [projects, funds, categories, indicators]

    /// Headers a clerk may add that are not part of the plan (a running number).
    static let ignoredHeaders: Set<String> = ["序号"]

    /// A header as compared: spaces dropped, full-width brackets as ASCII, a unit in brackets removed
    /// (`年初预算数（元）` and `年初预算数` are the same column).
    static func normalizedHeader(_ text: String) -> String {
        var header = text.filter { !$0.isWhitespace && $0 != "\u{3000}" }
        header = header.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        if let open = header.firstIndex(of: "("), header.hasSuffix(")") { header = String(header[..<open]) }
        return header
    }

    // MARK: Values as written in the cells

    /// Direction words as written (`正向`); the import also reads the English words and `≥`/`≤`.
    static func directionText(_ direction: Indicator.Direction) -> String {
        switch direction {
        case .higher: "正向"
        case .lower: "反向"
        case .equal: "等于"
        case .qualitative: "定性"
        }
    }

    /// Aggregation names as written, with the English word the JSON plan uses.
    static let aggregateWords: [(text: String, name: String)] = [
        ("求和", "sum"), ("平均", "mean"), ("最小", "min"), ("最大", "max"), ("最新", "latest"), ("公式", "formula"),
    ]

    /// Frequencies as written, with the English word the JSON plan uses.
    static let frequencyWords: [(text: String, name: String)] = [("年度", "year"), ("季度", "quarter"), ("月度", "month")]

    /// Other ways clerks write the same aggregation or frequency.
    static let wordAliases: [String: String] = [
        "合计": "sum", "平均值": "mean", "最小值": "min", "最大值": "max", "最新值": "latest",
        "年": "year", "季": "quarter", "月": "month", "每年": "year", "每季": "quarter", "每月": "month",
    ]

    /// The JSON word for a cell's aggregation or frequency text: the Chinese word (`平均`, also `平均值`, `季`) or the
    /// English one; other text is passed on for the plan's own check to refuse.
    static func word(_ text: String, in words: [(text: String, name: String)]) -> String {
        if let match = words.first(where: { $0.text == text }) { return match.name }
        if let alias = wordAliases[text], words.contains(where: { $0.name == alias }) { return alias }
        return text
    }

    /// The Chinese word for an aggregation or frequency name.
    static func text(ofName name: String, in words: [(text: String, name: String)]) -> String {
        words.first { $0.name == name }?.text ?? name
    }

    /// Office lists as written: codes joined by `、`; the import also splits on commas, semicolons and spaces.
    static func officeList(_ codes: [String]) -> String { codes.joined(separator: "、") }

    /// The codes of an office list cell.
    static func officeCodes(_ text: String) -> [String] {
        text.split { "、,，;；".contains($0) || $0.isWhitespace }.map(String.init)
    }

    /// What a qualitative 指标值 of just `定性` means: the grade expected is 达成.
    static let qualitativeDefaultTarget = "达成"

    /// The 指标值 as finance staff write it: `≥50起`, `≤45μg/m³`, `100%` (等于), `达成` (定性: the grade expected).
    static func targetText(_ indicator: Indicator) -> String {
        switch indicator.direction {
        case .qualitative: indicator.target
        case .higher: "≥" + indicator.target + unitSuffix(indicator.unit)
        case .lower: "≤" + indicator.target + unitSuffix(indicator.unit)
        case .equal: indicator.target + unitSuffix(indicator.unit)
        }
    }

    private static func unitSuffix(_ unit: String) -> String { unit == "定性" ? "" : unit }

    /// A 指标值 taken apart: the direction its sign gives (`≥` higher, `≤` lower, `=` equal), and the target with the
    /// sign and the unit removed (`≥80次` with unit 次 → higher, `80`).
    static func splitTarget(_ text: String, unit: String) -> (direction: Indicator.Direction?, target: String) {
        var body = Substring(text.trimmingSpaces())
        var direction: Indicator.Direction?
        for (sign, meaning) in targetSigns where body.hasPrefix(sign) {
            direction = meaning
            body = body.dropFirst(sign.count)
            break
        }
        var target = String(body).trimmingSpaces()
        if !unit.isEmpty, unit != "定性", target.hasSuffix(unit), target.count > unit.count {
            target = String(target.dropLast(unit.count)).trimmingSpaces()
        }
        return (direction, target)
    }

    private static let targetSigns: [(String, Indicator.Direction)] = [
        (">=", .higher), ("≥", .higher), ("＞＝", .higher), ("<=", .lower), ("≤", .lower), ("＜＝", .lower),
        ("＝", .equal), ("=", .equal),
    ]
}
