import Foundation
import JixiaoModels
import Testing

@testable import JixiaoReports

/// The seed's figures from the kaifu-2021 example data, checked against `expected.json`.
@Suite("The kaifu-2021 example gives back the seed's figures", .enabled(if: ExampleData.available))
struct ExampleReportTests {
    static func expected() throws -> [String: Any] {
        let data = Data(try ExampleData.text("expected.json").utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test(arguments: ["JD2021", "LT2021"])
    func figures(_ code: String) throws {
        try Self.check(ProjectReport(input: try ExampleData.input(project: code)), project: code)
    }

    /// Checks every figure of `expected.json` for project `code` in `report`.
    static func check(_ report: ProjectReport, project code: String) throws {
        let projects = try #require(try expected()["projects"] as? [String: Any])
        let expected = try #require(projects[code] as? [String: Any])
        let total = try #require(expected["total"] as? [String: Any])
        #expect(report.budget.spent.fen == (total["spentFen"] as? NSNumber)?.int64Value)
        #expect(report.budget.adjustedBudget.fen == (total["adjustedBudgetFen"] as? NSNumber)?.int64Value)
        #expect(report.budget.balance.fen == (total["balanceFen"] as? NSNumber)?.int64Value)
        let funds = try #require(expected["funds"] as? [String: [String: Any]])
        #expect(funds.count == report.budget.funds.count)
        for (fundCode, value) in funds {
            let fund = try #require(report.budget.funds.first { $0.code == fundCode })
            #expect(fund.spent.fen == (value["spentFen"] as? NSNumber)?.int64Value, "\(fundCode)")
            #expect(fund.initialBudget.fen == (value["initialBudgetFen"] as? NSNumber)?.int64Value, "\(fundCode)")
            #expect(fund.balance.fen == (value["balanceFen"] as? NSNumber)?.int64Value, "\(fundCode)")
        }
        let indicators = try #require(expected["indicators"] as? [String: [String: Any]])
        #expect(!indicators.isEmpty)
        for (indicatorCode, value) in indicators {
            let indicator = try #require(report.indicators.first { $0.code == indicatorCode })
            if let text = value["actual"] as? String {
                #expect(indicator.actualText == text, "\(indicatorCode)")
            } else {
                let want = try #require((value["actual"] as? NSNumber)?.doubleValue)
                let got = try #require(indicator.actual, "\(indicatorCode) has no value")
                let decimals = (value["round"] as? Int) ?? 6
                #expect(
                    ReportText.fixed(got, decimals: decimals) == ReportText.fixed(want, decimals: decimals),
                    "\(indicatorCode)"
                )
            }
            // Only some indicators are split by label in the seed; where the key is present it must be a table.
            let labels = try #require(value["labels"].map { $0 as? [String: NSNumber] } ?? [:], "\(indicatorCode)")
            for (label, want) in labels {
                let got = indicator.labels.first { $0.label == label }?.actual
                #expect(got == want.doubleValue, "\(indicatorCode) \(label)")
            }
        }
        #expect(report.dataNotes.missing.isEmpty, "\(report.dataNotes.statements)")
        #expect(report.score.indicatorWeight == 90)
    }

    @Test func seedSentences() throws {
        let airText = MarkdownRenderer.render(ProjectReport(input: try ExampleData.input(project: "LT2021")))
        for phrase in ["50万元", "49.88418万元", "95.9万元", "26.8173万元", "69.0827万元", "76.70148万元", "80.6", "伍家岭站点", "沙坪站点"]
        {
            #expect(airText.contains(phrase), "LT2021 lacks \(phrase)")
        }
        let drugText = MarkdownRenderer.render(ProjectReport(input: try ExampleData.input(project: "JD2021")))
        for phrase in ["1277.6万元", "1233.06万元", "98.95%", "| 58起 |", "1094场次"] {
            #expect(drugText.contains(phrase), "JD2021 lacks \(phrase)")
        }
    }
}
