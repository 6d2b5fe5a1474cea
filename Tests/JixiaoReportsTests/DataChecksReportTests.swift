import Foundation
import JixiaoModels
import Testing

@testable import JixiaoReports

/// The report's 数据说明 on validation rules and outliers, and that neither changes a score.
@Suite struct DataChecksReportTests {
    /// The clean-air fixture with LT01 reported by quarter by four offices, lantianban's 2021Q4 (5) far below its
    /// other quarters (90–110) and the other offices' 2021Q4 (150–190).
    static func withOutlier() -> ReportInput {
        var input = Fixtures.cleanAir()
        input.indicators = input.indicators.map { indicator in
            var indicator = indicator
            if indicator.code == "LT01" { indicator.frequency = .quarter }
            return indicator
        }
        var values = input.values.filter { $0.indicator != "LT01" }
        for (office, numbers) in [
            ("lantianban", [100.0, 110, 90, 5]), ("wangluyuan", [200, 200, 210, 190]),
            ("wujialing", [150, 160, 140, 150]), ("sifangping", [170, 180, 175, 175]),
        ] {
            for (index, number) in numbers.enumerated() {
                values.append(Fixtures.value(office, "LT01", number, period: "2021Q\(index + 1)"))
            }
        }
        input.values = values
        return input
    }

    @Test func anOutlierIsNotedAndCountedAsReportedWithTheScoreUnchanged() throws {
        let report = ProjectReport(input: Self.withOutlier())
        #expect(report.dataNotes.outliers.count == 1)
        let note = try #require(report.dataNotes.outliers.first)
        #expect(
            note
                == "区蓝天办2021Q4 LT01 办理涉气违法案件的数值5偏离超过3个绝对中位差（本单位其他各期中位数100，其他单位同期中位数175），请核实；异常值照常计入，不改变得分。"
        )
        #expect(report.dataNotes.statements.contains(note))
        let lt01 = try #require(report.indicators.first { $0.code == "LT01" })
        // The outlier stays in the sum: 2405 of 2500 → 19.24 of 20 (without it, 2400 would give 19.2).
        #expect(lt01.actual == 2405)
        #expect(lt01.score.score == 19.24)
        // The fixture's 94.76 with LT01's 20 replaced by its 19.24.
        #expect(report.score.total == 94)
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
