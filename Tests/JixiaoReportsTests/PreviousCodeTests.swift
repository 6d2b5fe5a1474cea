import Foundation
import JixiaoModels
import Testing

@testable import JixiaoReports

/// An indicator's explicit `previous` code links it to another code of the previous year (与上年比较).
@Suite struct PreviousCodeTests {
    static func renamed(previous: String) -> ReportInput {
        var current = Fixtures.cleanAir()
        current.project.year = 2022
        current.indicators = current.indicators.map { indicator in
            var indicator = indicator
            indicator.year = 2022
            if indicator.code == "LT01" {
                indicator.code = "LT11"
                indicator.previous = previous
            }
            if case .formula = indicator.aggregation { indicator.aggregation = .formula("LT06 / LT11 * 100") }
            return indicator
        }
        current.values = current.values.map { value in
            var value = value
            if value.indicator == "LT01" { value.indicator = "LT11" }
            value.period = .year(2022)
            return value
        }
        current.previousYear = Fixtures.cleanAir()
        return current
    }

    @Test func aRenamedIndicatorIsComparedWithTheCodeItContinues() throws {
        let report = ProjectReport(input: Self.renamed(previous: "LT01"))
        let comparison = try #require(report.yearOverYear)
        let lt11 = try #require(comparison.indicators.first { $0.code == "LT11" })
        #expect(lt11.previousCode == "LT01")
        #expect(lt11.previousActual == 2900)
        #expect(lt11.actual == 2900)
        #expect(lt11.sentence == "办理涉气违法案件与2021年持平（2900起）")
        // Without the link, the new code has nothing to be compared with.
        let unlinked = ProjectReport(input: Self.renamed(previous: ""))
        #expect(unlinked.yearOverYear?.indicators.contains { $0.code == "LT11" } == false)
        #expect(unlinked.yearOverYear?.indicators.first { $0.code == "LT04" }?.previousCode == "LT04")
    }
}
