import Foundation
import JixiaoModels
import JixiaoSpreadsheet

/// Reads a plan workbook (`Docs/PlanFormat.md`, "The plan as a workbook") into the same JSON document a plan file
/// holds, so the plan goes through the JSON plan's reader and checks unchanged; problems are then moved from the
/// document's places (`projects[0] "JD2021" indicators[3] "JD04"`) to the sheet and cell (`指标!F5`).
struct PlanWorkbookReader {
    /// Where each object of the document came from.
    private struct Origin {
        var sheet: PlanWorkbookLayout.Sheet
        var row: Int
        /// The file's column of each JSON field (columns may be in any order).
        var columns: [String: Int]
    }

    /// One data row of a sheet: the JSON fields, where the row is.
    private struct Row {
        var fields: [String: JSONValue]
        var origin: Origin
        /// The project code the row names (on the fund, category and indicator sheets).
        var project: String
    }

    private(set) var problems: [PlanProblem] = []
    /// What was read but left out, for the clerk to know (`资金!A5: the 合计 row is ignored`).
    private(set) var notes: [String] = []
    /// Whether a sheet or its header row is missing, so the rows cannot be put together into a plan.
    private var unusable = false
    private var origins: [String: Origin] = [:]
    /// The first project's row, whose 年度 is the plan's year.
    private var firstProject: Origin?

    /// The plan document of the workbook in `data`, or `nil` when a sheet is unusable (`problems` says why).
    /// - Throws: `DistrictError.invalidInput` when the bytes are not a readable workbook.
    mutating func document(_ data: Data) throws -> JSONValue? {
        let workbook: WorkbookReader
        do {
            workbook = try WorkbookReader(data: data)
        } catch let error as SpreadsheetError {
            throw DistrictError.invalidInput(tr("plan.workbook-unreadable", ["reason": "\(error)"]))
        }
        var rows: [String: [Row]] = [:]
        for layout in PlanWorkbookLayout.dataSheets {
            guard workbook.sheetNames.contains(layout.name) else {
                unusable = true
                problems.append(
                    PlanProblem(
                        location: "",
                        message: tr(
                            "plan.workbook-no-sheet",
                            ["sheet": layout.name, "sheets": workbook.sheetNames.joined(separator: ", ")]
                        )
                    )
                )
                continue
            }
            let sheet = try read(workbook, layout.name)
            rows[layout.name] = self.rows(of: sheet, layout: layout, dateSystem: workbook.dateSystem)
        }
        if workbook.sheetNames.contains(PlanWorkbookLayout.rules.name) {
            let sheet = try read(workbook, PlanWorkbookLayout.rules.name)
            let layout = PlanWorkbookLayout.rules
            rows[layout.name] = self.rows(of: sheet, layout: layout, dateSystem: workbook.dateSystem)
        }
        guard !unusable else { return nil }
        var district = ""
        if workbook.sheetNames.contains(PlanWorkbookLayout.instructionsSheet) {
            district = self.district(in: try read(workbook, PlanWorkbookLayout.instructionsSheet))
        }
        let projectRows = rows[PlanWorkbookLayout.projects.name] ?? []
        guard !projectRows.isEmpty else {
            problems.append(
                PlanProblem(
                    location: PlanWorkbookLayout.projects.name,
                    message: tr("plan.workbook-no-projects")
                )
            )
            return nil
        }
        let codes = Set(projectRows.compactMap { $0.fields["code"]?.text })
        for layout in [
            PlanWorkbookLayout.funds, PlanWorkbookLayout.categories, PlanWorkbookLayout.indicators,
            PlanWorkbookLayout.rules,
        ] {
            for row in rows[layout.name] ?? [] where !codes.contains(row.project) {
                problems.append(
                    PlanProblem(
                        location: cell(row.origin, key: PlanWorkbookLayout.projectKey),
                        message: row.project.isEmpty
                            ? tr("plan.workbook-row-no-project")
                            : tr(
                                "plan.workbook-row-unknown-project",
                                ["project": row.project, "sheet": PlanWorkbookLayout.projects.name]
                            )
                    )
                )
            }
        }
        let projects = assemble(projectRows, rows)
        var top: [String: JSONValue] = ["format": .string(Plan.format), "projects": .array(projects)]
        if !district.isEmpty { top["district"] = .string(district) }
        if let year = projectRows[0].fields["year"] { top["year"] = year }
        firstProject = projectRows[0].origin
        return .object(top)
    }

    /// The projects' documents, each with its funds, categories and indicators in row order; records where each
    /// object came from under the place the plan's checks will name it by.
    private mutating func assemble(_ projectRows: [Row], _ rows: [String: [Row]]) -> [JSONValue] {
        var projects: [JSONValue] = []
        for (p, projectRow) in projectRows.enumerated() {
            let code = projectRow.fields["code"]?.text ?? ""
            let label = "projects[\(p)]" + (code.isEmpty ? "" : " \"\(code)\"")
            origins[label] = projectRow.origin
            var fields = projectRow.fields
            for (key, layout) in [
                ("funds", PlanWorkbookLayout.funds), ("categories", PlanWorkbookLayout.categories),
                ("indicators", PlanWorkbookLayout.indicators),
            ] {
                let children = code.isEmpty ? [] : (rows[layout.name] ?? []).filter { $0.project == code }
                for (i, child) in children.enumerated() {
                    let childCode = child.fields["code"]?.text ?? ""
                    origins["\(label) \(key)[\(i)]" + (childCode.isEmpty ? "" : " \"\(childCode)\"")] = child.origin
                }
                fields[key] = .array(children.map { .object($0.fields) })
            }
            let rules = code.isEmpty ? [] : (rows[PlanWorkbookLayout.rules.name] ?? []).filter { $0.project == code }
            let ruleTexts = rules.compactMap { $0.fields["rule"] }
            for (i, rule) in rules.enumerated() { origins["\(label) rules[\(i)]"] = rule.origin }
            if !ruleTexts.isEmpty { fields["rules"] = .array(ruleTexts) }
            projects.append(.object(fields))
        }
        return projects
    }

    private func read(_ workbook: WorkbookReader, _ name: String) throws -> Worksheet {
        do {
            return try workbook.sheet(named: name)
        } catch let error as SpreadsheetError {
            throw DistrictError.invalidInput(
                tr("plan.workbook-sheet-unreadable", ["sheet": name, "reason": "\(error)"])
            )
        }
    }

    /// The district's name: column B of the 说明 row whose column A is 地区.
    private func district(in sheet: Worksheet) -> String {
        for row in 1...max(1, min(sheet.lastRow, 20))
        where sheet.value(at: CellReference(column: 1, row: row)).plainText.trimmingSpaces()
            == PlanWorkbookLayout.districtLabel
        {
            return sheet.value(at: CellReference(column: 2, row: row)).plainText.trimmingSpaces()
        }
        return ""
    }

    // MARK: Rows

    private mutating func rows(of sheet: Worksheet, layout: PlanWorkbookLayout.Sheet, dateSystem: DateSystem) -> [Row] {
        let codeHeader = PlanWorkbookLayout.normalizedHeader(layout.columns[0].header)
        let headerRow = (1...max(1, min(sheet.lastRow, 10))).first { row in
            sheet.cells(inRow: row).contains { PlanWorkbookLayout.normalizedHeader($0.value.plainText) == codeHeader }
        }
        guard let headerRow else {
            unusable = true
            problems.append(
                PlanProblem(
                    location: layout.name,
                    message:
                        tr("plan.workbook-no-header", ["columns": layout.columns.map(\.header).joined(separator: ", ")])
                )
            )
            return []
        }
        var columns: [String: Int] = [:]
        for cell in sheet.cells(inRow: headerRow) where !cell.value.isBlank {
            let header = PlanWorkbookLayout.normalizedHeader(cell.value.plainText)
            if PlanWorkbookLayout.ignoredHeaders.contains(header) { continue }
            guard let column = layout.columns.first(where: { PlanWorkbookLayout.normalizedHeader($0.header) == header })
            else {
                problems.append(
                    PlanProblem(
                        location: "\(layout.name)!\(cell.reference)",
                        message:
                            tr(
                                "plan.workbook-unknown-column",
                                [
                                    "title": cell.value.plainText,
                                    "columns": layout.columns.map(\.header).joined(separator: ", "),
                                ]
                            )
                    )
                )
                continue
            }
            if columns[column.key] != nil {
                problems.append(
                    PlanProblem(
                        location: "\(layout.name)!\(cell.reference)",
                        message: tr("plan.workbook-column-twice", ["column": column.header])
                    )
                )
            }
            columns[column.key] = cell.reference.column
        }
        var rows: [Row] = []
        guard headerRow < sheet.lastRow else { return rows }
        for row in (headerRow + 1)...sheet.lastRow {
            var texts: [String: String] = [:]
            var numbers: [String: String] = [:]
            for (key, column) in columns {
                let cell = sheet.cell(at: CellReference(column: column, row: row))
                let text = Self.text(of: cell, dateSystem: dateSystem).trimmingSpaces()
                if !text.isEmpty { texts[key] = text }
                if case .number(let raw)? = cell?.value, !(cell?.isPercentFormatted ?? false),
                    let canonical = NumberText.canonical(raw)
                {
                    numbers[key] = canonical
                }
            }
            guard !texts.isEmpty else { continue }
            let origin = Origin(sheet: layout, row: row, columns: columns)
            // A totals row, which every Excel sheet seems to end with, is not an item.
            if let key = columns.sorted(by: { $0.value < $1.value }).first(where: { texts[$0.key] != nil })?.key,
                let first = texts[key], Self.totalWords.contains(first.filter { !$0.isWhitespace && $0 != "\u{3000}" })
            {
                notes.append(tr("plan.workbook-total-ignored", ["cell": cell(origin, key: key), "word": first]))
                continue
            }
            let project = texts.removeValue(forKey: PlanWorkbookLayout.projectKey) ?? ""
            let fields =
                layout.name == PlanWorkbookLayout.indicators.name
                ? indicatorFields(texts, origin: origin) : plainFields(texts, numbers: numbers)
            rows.append(Row(fields: fields, origin: origin, project: project))
        }
        return rows
    }

    /// The first cell of a totals row.
    static let totalWords: Set<String> = ["合计", "总计", "小计"]

    /// A cell as a clerk reads it: text as is, numbers in plain decimal form (never through a `Double`), a
    /// percentage as `95%`, a date as `2021-06-26`.
    private static func text(of cell: Cell?, dateSystem: DateSystem) -> String {
        guard let cell else { return "" }
        guard case .number(let number) = cell.value else { return cell.value.plainText }
        if cell.isDateFormatted, let day = dateSystem.day(fromSerial: number) { return day.description }
        let plain = cell.value.plainText
        if cell.isPercentFormatted, let percent = NumberText.canonical(plain + "E2") { return percent + "%" }
        return plain
    }

    /// The fields of a project, fund or category row: numbers (year, weight) as JSON numbers, lists split, the rest
    /// (budgets included, which the plan reads as exact money text) as text.
    private func plainFields(_ texts: [String: String], numbers: [String: String]) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [:]
        for (key, text) in texts {
            switch key {
            case "offices", "reporters":
                fields[key] = .array(PlanWorkbookLayout.officeCodes(text).map { .string($0) })
            case "year", "weight":
                if let number = numbers[key].flatMap(Double.init) {
                    fields[key] = .number(number)
                } else {
                    fields[key] = .string(text)
                }
            default:
                fields[key] = .string(text)
            }
        }
        return fields
    }

    /// The fields of an indicator row: the 指标值 taken apart into direction and target, the Chinese words of
    /// 方向, 合并方式 and 填报频率 as the plan's words.
    private mutating func indicatorFields(_ texts: [String: String], origin: Origin) -> [String: JSONValue] {
        var texts = texts
        let unit = texts["unit"] ?? ""
        var direction = texts["direction"]
        if let target = texts["target"] {
            let (sign, body) = PlanWorkbookLayout.splitTarget(target, unit: unit)
            if let sign {
                if let written = direction, let parsed = try? Indicator.Direction(parsing: written), parsed != sign {
                    problems.append(
                        PlanProblem(
                            location: cell(origin, key: "target"),
                            message: tr(
                                "plan.workbook-direction-disagrees",
                                [
                                    "target": target, "sign": PlanWorkbookLayout.directionText(sign),
                                    "written": written,
                                ]
                            )
                        )
                    )
                }
                direction = direction ?? sign.rawValue
            }
            if body == "定性" {
                direction = direction ?? Indicator.Direction.qualitative.rawValue
                texts["target"] = PlanWorkbookLayout.qualitativeDefaultTarget
            } else {
                texts["target"] = body
            }
        }
        if direction == nil, unit == "定性" { direction = Indicator.Direction.qualitative.rawValue }
        texts["direction"] = direction
        if let aggregate = texts["aggregate"] {
            texts["aggregate"] = PlanWorkbookLayout.word(aggregate, in: PlanWorkbookLayout.aggregateWords)
        } else if texts["formula"] != nil {
            texts["aggregate"] = "formula"
        }
        if let frequency = texts["frequency"] {
            texts["frequency"] = PlanWorkbookLayout.word(frequency, in: PlanWorkbookLayout.frequencyWords)
        }
        var fields: [String: JSONValue] = [:]
        for (key, text) in texts {
            fields[key] =
                key == "reporters" ? .array(PlanWorkbookLayout.officeCodes(text).map { .string($0) }) : .string(text)
        }
        return fields
    }

    // MARK: Problems at cells

    /// `指标!F5`: the cell of `key` in the row of `origin`, or the row's first cell when the column is missing.
    private func cell(_ origin: Origin, key: String) -> String {
        let column = origin.columns[key] ?? origin.columns["code"] ?? origin.columns.values.min() ?? 1
        return "\(origin.sheet.name)!\(CellReference(column: column, row: origin.row))"
    }

    /// Which field a message of the plan's checks is about, from its first words.
    private static var messageKeys: [(prefix: String, key: String)] {
        // english: the checks' English prefixes, then their Chinese forms
        [
            ("project code", "code"), ("indicator code", "code"), ("reporter office code", "reporters"),
            ("office code", "offices"), ("reporter", "reporters"), ("formulas depend", "formula"),
            ("the indicators' weights", "code"), ("the project has no indicators", "code"),
            (tr("noun.reporter-code"), "reporters"), (tr("noun.office-code"), "offices"), ("填报单位", "reporters"),
            ("公式", "formula"),
        ]
    }

    /// `problem` moved from its place in the document to its sheet and cell, the field's name as its header.
    func translated(_ problem: PlanProblem) -> PlanProblem {
        guard let origin = origins[problem.location] ?? (problem.location.isEmpty ? firstProject : nil) else {
            return problem
        }
        let message = problem.message
        let firstWord = String(message.prefix { $0 != " " && $0 != ":" })
        if let column = origin.sheet.column(forKey: firstWord) {
            let header = PlanWorkbookLayout.normalizedHeader(column.header)
            return PlanProblem(
                location: cell(origin, key: firstWord),
                message: header + message.dropFirst(firstWord.count)
            )
        }
        let key = Self.messageKeys.first { message.hasPrefix($0.prefix) }?.key ?? "code"
        return PlanProblem(location: cell(origin, key: key), message: message)
    }
}

extension JSONValue {
    /// The text of a `.string`, else `nil`.
    fileprivate var text: String? {
        if case .string(let text) = self { return text.trimmingSpaces() }
        return nil
    }
}
