import Foundation
import JixiaoModels
import Testing

@testable import JixiaoReports

/// The report's 数据说明 on validation rules and outliers, and that neither changes a score.
@Suite struct DataChecksReportTests {
    /// The clean-air fixture with LT01 reported by four offices, lantianban's 100 far below the others' 600–800.
    static func withOutlier() -> ReportInput {
        var input = Fixtures.cleanAir()
        input.values = input.values.filter { $0.indicator != "LT01" } + [
            Fixtures.value("lantianban", "LT01", 100), Fixtures.value("wangluyuan", "LT01", 800),
            Fixtures.value("wujialing", "LT01", 600), Fixtures.value("sifangping", "LT01", 700),
        ]
        return input
    }

    @Test func anOutlierIsNotedAndCountedAsReportedWithTheScoreUnchanged() throws {
        let report = ProjectReport(input: Self.withOutlier())
        #expect(report.dataNotes.outliers.count == 1)
        let note = try #require(report.dataNotes.outliers.first)
        #expect(note.hasPrefix("区蓝天办2021 LT01 办理涉气违法案件的数值100偏离超过3个绝对中位差（其他单位同期中位数700）"), "\(note)")
        #expect(report.dataNotes.statements.contains(note))
        let lt01 = try #require(report.indicators.first { $0.code == "LT01" })
        // The outlier stays in the sum: 2200 of 2500 → 17.6 of 20 (without it, 2100 would give 16.8).
        #expect(lt01.actual == 2200)
        #expect(lt01.score.score == 17.6)
        // The same figures without the outlier test would score the same: the total is the fixture's 94.76 with
        // LT01's 20 replaced by its 17.6.
        #expect(report.score.total == 92.36)
        let clean = ProjectReport(input: Fixtures.cleanAir())
        #expect(clean.dataNotes.outliers.isEmpty)
        #expect(clean.score.total == 94.76)
    }

    @Test func brokenRulesAreNotedAndChangeNoScore() throws {
        var input = Fixtures.cleanAir()
        let before = ProjectReport(input: input).score
        input.project.rules = ["LT06 <= LT01 * 0.5", "spending.PX <= 200000", "spending <= budget.BJ", "LT04 >= 0"]
        let report = ProjectReport(input: input)
        #expect(
            report.dataNotes.ruleViolations == [
                "区蓝天办全年数据不符合校验规则 LT06 <= LT01 * 0.5（左边1400，右边750），请核实。",
                "望麓园街道全年数据不符合校验规则 LT06 <= LT01 * 0.5（左边800，右边400），请核实。",
                "伍家岭街道全年数据不符合校验规则 LT06 <= LT01 * 0.5（左边560，右边300），请核实。",
                "区蓝天办全年数据不符合校验规则 spending.PX <= 200000（左边300000，右边200000），请核实。",
                "全项目数据不符合校验规则 spending <= budget.BJ（左边767014.8，右边500000），请核实。",
            ]
        )
        #expect(report.score == before)
    }
}
