import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import Testing

/// The kaifu-2021 example: every office's CSV files and narratives import through the service, as
/// `scripts/demo.sh` does with the binary, and the sums match the example's README.
@Suite struct ExampleDataTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Docs/examples/kaifu-2021")

    /// The plan's reference data, read loosely (the district validates plans; this only needs the codes).
    static func reference() throws -> ReferenceData {
        let data = try Data(contentsOf: example.appendingPathComponent("plan.json"))
        let plan = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let year = try #require(plan["year"] as? Int)
        var reference = ReferenceData()
        for project in try #require(plan["projects"] as? [[String: Any]]) {
            let code = try #require(project["code"] as? String)
            reference.projects.append(
                Project(
                    code: code,
                    year: year,
                    name: project["name"] as? String ?? "",
                    department: project["department"] as? String ?? "",
                    offices: project["offices"] as? [String] ?? []
                )
            )
            for fund in project["funds"] as? [[String: Any]] ?? [] {
                reference.funds.append(
                    Fund(
                        project: code,
                        year: 2021,
                        code: try #require(fund["code"] as? String),
                        name: fund["name"] as? String ?? "",
                        initialBudget: try Money(parsing: fund["initialBudget"] as? String ?? "0"),
                        adjustedBudget: try Money(parsing: fund["adjustedBudget"] as? String ?? "0")
                    )
                )
            }
            for category in project["categories"] as? [[String: Any]] ?? [] {
                reference.categories.append(
                    JixiaoModels.Category(
                        project: code,
                        year: 2021,
                        code: try #require(category["code"] as? String),
                        name: category["name"] as? String ?? ""
                    )
                )
            }
            for indicator in project["indicators"] as? [[String: Any]] ?? [] {
                let target = indicator["target"].map { "\($0)" } ?? ""
                reference.indicators.append(
                    Indicator(
                        code: try #require(indicator["code"] as? String),
                        project: code,
                        year: 2021,
                        name: indicator["name"] as? String ?? "",
                        level1: indicator["level1"] as? String ?? "",
                        level2: indicator["level2"] as? String ?? "",
                        unit: indicator["unit"] as? String ?? "",
                        target: target,
                        direction: try Indicator.Direction(parsing: indicator["direction"] as? String ?? ""),
                        weight: indicator["weight"] as? Double ?? 0,
                        aggregation: .sum,
                        reporters: indicator["reporters"] as? [String] ?? [],
                        frequency: try Period.Kind(parsing: indicator["frequency"] as? String ?? "year")
                    )
                )
            }
        }
        return reference
    }

    static let offices = [
        "jinduban", "lantianban", "wangluyuan", "wujialing", "shaping", "xiangyalu", "qingshuitang", "dongfenglu",
        "xinhe", "sifangping", "hongshan",
    ]

    @Test func everyOfficeImportsItsFiles() throws {
        let reference = try Self.reference()
        var total = Money.zero
        for office in Self.offices {
            let cli = try StreetCLI()
            var settings = StreetCLI.settings
            settings.office = office
            let database = try StreetDatabase.create(at: cli.databasePath, settings: settings)
            try database.applyReference(StreetCLI.changes(reference), cursor: 1)
            let service = OfficeService(database: database)
            let folder = Self.example.appendingPathComponent("offices/\(office)")
            let expenses = try service.importExpenditures(
                bytes: Array(try Data(contentsOf: folder.appendingPathComponent("expenses.csv")))
            )
            let values = try service.importValues(
                bytes: Array(try Data(contentsOf: folder.appendingPathComponent("values.csv")))
            )
            #expect(expenses.rows > 0, "\(office)")
            #expect(values.rows > 0, "\(office)")
            let notes = try FileManager.default.contentsOfDirectory(
                atPath: folder.appendingPathComponent("notes").path
            )
            for name in notes where name.hasSuffix(".txt") {
                let parts = name.dropLast(4).split(separator: ".")
                let text = try String(contentsOf: folder.appendingPathComponent("notes/\(name)"), encoding: .utf8)
                _ = try service.setNarrative(project: String(parts[0]), section: String(parts[1]), text: text)
            }
            #expect(try service.narratives().count == notes.count)
            total += try service.expenditures().reduce(Money.zero) { $0 + $1.amount }
        }
        // 12,330,600.00 + 498,841.80 + 268,173.00 元: the example README's totals.
        #expect(total == Money(fen: 1_309_761_480))
    }
}
