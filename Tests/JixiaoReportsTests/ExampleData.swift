import Foundation
import JixiaoModels
import JixiaoReports

/// Reads `Docs/examples/kaifu-2021` straight into report inputs, as if every office had imported its files and
/// synced: a check of the report against the example's `expected.json` without the sync machinery.
enum ExampleData {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Docs/examples")
    static let root = examples.appendingPathComponent("kaifu-2021")

    static var available: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("plan.json").path) }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A file of the kaifu-2021 example, or of the example `example` (`kaifu-2020`: the small year before).
    static func text(_ relative: String, example: String = "kaifu-2021") throws -> String {
        try String(
            contentsOf: examples.appendingPathComponent(example).appendingPathComponent(relative),
            encoding: .utf8
        )
    }

    /// RFC 4180 rows (quotes, doubled quotes, CRLF); the header row maps names to values.
    static func csv(_ text: String) -> [[String: String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.replacing("\r\n", with: "\n"))
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if quoted {
                if c == "\"" {
                    if index + 1 < characters.count && characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
            index += 1
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        guard let header = rows.first else { return [] }
        return rows.dropFirst().filter { $0 != [""] }.map { values in
            Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0 < values.count ? values[$0] : "") })
        }
    }

    static func input(project code: String, example: String = "kaifu-2021") throws -> ReportInput {
        func text(_ relative: String) throws -> String { try ExampleData.text(relative, example: example) }
        guard let plan = try JSONSerialization.jsonObject(with: Data(try text("plan.json").utf8)) as? [String: Any]
        else { throw Failure(description: "plan.json is not a JSON object") }
        let year = plan["year"] as? Int ?? 2021
        guard let projects = plan["projects"] as? [[String: Any]],
            let p = projects.first(where: { $0["code"] as? String == code })
        else { throw Failure(description: "no project \(code) in plan.json") }
        let project = Project(
            code: code,
            year: year,
            name: p["name"] as? String ?? "",
            department: p["department"] as? String ?? "",
            implementer: p["implementer"] as? String ?? "",
            goal: p["goal"] as? String ?? "",
            offices: p["offices"] as? [String] ?? []
        )
        let funds = try (p["funds"] as? [[String: Any]] ?? []).map { f in
            let initial = try Money(parsing: f["initialBudget"] as? String ?? "0")
            let adjusted = try (f["adjustedBudget"] as? String).map { try Money(parsing: $0) } ?? initial
            return Fund(
                project: code,
                year: year,
                code: f["code"] as? String ?? "",
                name: f["name"] as? String ?? "",
                initialBudget: initial,
                adjustedBudget: adjusted
            )
        }
        let categories = (p["categories"] as? [[String: Any]] ?? []).map {
            JixiaoModels.Category(
                project: code,
                year: year,
                code: $0["code"] as? String ?? "",
                name: $0["name"] as? String ?? ""
            )
        }
        let indicators = try (p["indicators"] as? [[String: Any]] ?? []).map { i -> Indicator in
            let target: String =
                if let number = i["target"] as? NSNumber, !(i["target"] is String) {
                    IndicatorReading.format(number.doubleValue)
                } else {
                    i["target"] as? String ?? ""
                }
            return Indicator(
                code: i["code"] as? String ?? "",
                project: code,
                year: year,
                name: i["name"] as? String ?? "",
                level1: i["level1"] as? String ?? "",
                level2: i["level2"] as? String ?? "",
                unit: i["unit"] as? String ?? "",
                target: target,
                direction: try Indicator.Direction(parsing: i["direction"] as? String ?? "higher"),
                weight: (i["weight"] as? NSNumber)?.doubleValue ?? 0,
                aggregation: try Indicator.Aggregation(
                    parsing: i["aggregate"] as? String ?? "sum",
                    formula: i["formula"] as? String
                ),
                reporters: i["reporters"] as? [String] ?? [],
                frequency: try Period.Kind(parsing: i["frequency"] as? String ?? "year")
            )
        }
        let synced = Date(timeIntervalSince1970: 1_641_700_000)
        let offices = try csv(try text("offices.csv")).map { row in
            OfficeSyncStatus(
                office: Office(
                    code: row["code"] ?? "",
                    name: row["name"] ?? "",
                    kind: try Office.Kind(parsing: row["kind"] ?? "street")
                ),
                lastSyncAt: synced,
                lastSyncResult: "ok",
                lastSyncSucceeded: true
            )
        }
        var totals: [String: SpendingTotal] = [:]
        var values: [IndicatorValue] = []
        var narratives: [Narrative] = []
        let codes = Set(indicators.map(\.code))
        for status in offices {
            let office = status.office.code
            let folder = "offices/\(office)/"
            for row in csv((try? text(folder + "expenses.csv")) ?? "") where row["project"] == code {
                let amount = try Money(parsing: row["amount"] ?? "")
                let key = [office, row["fund"] ?? "", row["category"] ?? ""].joined(separator: "/")
                var total =
                    totals[key]
                    ?? SpendingTotal(
                        office: office,
                        fund: row["fund"] ?? "",
                        category: row["category"] ?? "",
                        amount: .zero,
                        count: 0
                    )
                total.amount += amount
                total.count += 1
                totals[key] = total
            }
            for (index, row) in csv((try? text(folder + "values.csv")) ?? "").enumerated()
            where codes.contains(row["indicator"] ?? "") {
                let raw = (row["value"] ?? "").trimmingSpaces()
                values.append(
                    IndicatorValue(
                        id: "\(office)-\(index)",
                        office: office,
                        indicator: row["indicator"] ?? "",
                        period: try Period(parsing: row["period"] ?? ""),
                        value: Double(raw).map { .number($0) } ?? .text(raw),
                        label: row["label"] ?? "",
                        note: row["note"] ?? ""
                    )
                )
            }
            for section in Narrative.Section.allCases {
                if let note = try? text(folder + "notes/\(code).\(section.rawValue).txt") {
                    narratives.append(
                        Narrative(
                            id: "\(office)-\(section)",
                            office: office,
                            project: code,
                            year: year,
                            section: section,
                            text: note
                        )
                    )
                }
            }
        }
        return ReportInput(
            project: project,
            funds: funds,
            categories: categories,
            indicators: indicators,
            expectedOffices: project.offices.isEmpty ? offices.map(\.office.code) : project.offices,
            offices: offices,
            spending: totals.values.sorted { ($0.office, $0.fund, $0.category) < ($1.office, $1.fund, $1.category) },
            values: values,
            narratives: narratives,
            generatedAt: Fixtures.generatedAt
        )
    }
}
