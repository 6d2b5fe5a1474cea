import Foundation
import JixiaoModels
import Testing

@testable import JixiaoReports

@Suite("Report figures")
struct ProjectReportTests {
    let report = ProjectReport(input: Fixtures.cleanAir())

    func indicator(_ code: String) throws -> IndicatorResult {
        try #require(report.indicators.first { $0.code == code })
    }

    @Test func budgetByFund() throws {
        let budget = report.budget
        #expect(budget.initialBudget == Fixtures.money("145.9万"))
        #expect(budget.adjustedBudget == Fixtures.money("145.9万"))
        #expect(budget.spent.fen == 76_701_480)
        #expect(budget.balance == Fixtures.money("69.19852万"))
        let rate = try #require(budget.executionRate)
        #expect(abs(rate - 7_670_148.0 / 14_590_000 * 100) < 1e-9)
        #expect(budget.funds.map(\.code) == ["BJ", "SJ"])
        #expect(budget.funds[0].spent.formattedWan() == "49.88418万元")
        #expect(budget.funds[1].spent.formattedWan() == "26.8173万元")
        #expect(budget.funds[1].balance.formattedWan() == "69.0827万元")
    }

    @Test func budgetByCategoryAndOffice() {
        let categories = Dictionary(uniqueKeysWithValues: report.budget.categories.map { ($0.code, $0) })
        #expect(categories["PX"]?.spent == Fixtures.money("30万"))
        #expect(categories["XC"]?.spent == Fixtures.money("29.70148万"))
        #expect(categories["XC"]?.expenditureCount == 34)
        #expect(categories["JF"]?.spent == Fixtures.money("10万"))
        // Every expected office is listed, in the project's order; an enrolled office not expected is not.
        #expect(report.budget.offices.map(\.code) == ["lantianban", "wangluyuan", "wujialing"])
        #expect(report.budget.offices[0].spent == Fixtures.money("59.70148万"))
        #expect(report.budget.offices[2].spent == Fixtures.money("5万"))
    }

    @Test func perFundSentencesReadLikeTheSeed() {
        let text = report.budget.summary.joined(separator: "\n")
        #expect(text.contains("本级财政拨款支出预算50万元，实际支出49.88418万元"))
        #expect(text.contains("此外，2021年度蓝天办重点项目获得长沙市环境空气质量奖惩资金共计95.9万元，实际支出26.8173万元"))
        #expect(text.contains("结余69.0827万元"))
        #expect(text.contains("综上，2021年度蓝天办重点项目全年预算数合计145.9万元，实际支出76.70148万元"))
        #expect(text.contains("执行率52.57%"))
    }

    @Test func singleFundSentence() {
        var input = Fixtures.cleanAir()
        input.funds = [
            Fund(
                project: "LT2021",
                year: 2021,
                code: "BJ",
                name: "本级财政拨款",
                initialBudget: Fixtures.money("1277.6万"),
                adjustedBudget: Fixtures.money("1277.6万")
            )
        ]
        input.spending = [
            SpendingTotal(office: "lantianban", fund: "BJ", category: "PX", amount: Fixtures.money("1233.06万"))
        ]
        let text = ProjectReport(input: input).budget.summary.joined()
        #expect(text.contains("年初支出预算为1277.6万元"))
        #expect(text.contains("项目实际支出为1233.06万元"))
        #expect(!text.contains("综上"))
    }

    @Test func unplannedFundIsCountedAndSaid() {
        var input = Fixtures.cleanAir()
        input.spending.append(
            SpendingTotal(office: "wujialing", fund: "ZZ", category: "QQ", amount: Fixtures.money("1万"))
        )
        let report = ProjectReport(input: input)
        #expect(report.budget.spent.fen == 77_701_480)
        #expect(report.budget.funds.last?.planned == false)
        #expect(report.budget.categories.last?.code == "QQ")
        #expect(report.budget.summary.joined().contains("另有未列入计划的资金来源“ZZ”支出1万元"))
    }

    @Test func aggregationRules() throws {
        #expect(try indicator("LT01").actual == 2900)
        #expect(try indicator("LT02").actual == 82.8)
        #expect(try indicator("LT03").actual == 40.5)
        #expect(try indicator("LT04").actual == 12000)
        let rate = try #require(try indicator("LT05").actual)
        #expect(abs(rate - 2760.0 / 2900 * 100) < 1e-9)
        #expect(try indicator("LT05").actualText == "95.17")
        #expect(try indicator("LT07").actualText == "达成 95%")
    }

    @Test func labelsAreShownSeparately() throws {
        let labels = try indicator("LT02").labels
        // Chinese order, by pinyin (沙 sha before 伍 wu), not by code point (伍 U+4F0D before 沙 U+6C99).
        #expect(labels.map(\.label) == ["沙坪站点", "伍家岭站点"])
        #expect(labels.map(\.actual) == [85.0, 80.6])
        #expect(try indicator("LT03").labels.map(\.actualText) == ["38", "43"])
        #expect(try indicator("LT01").labels.isEmpty)
    }

    @Test func contributionsOfAdditiveIndicators() throws {
        let contributions = try indicator("LT04").contributions
        #expect(contributions.map(\.office) == ["lantianban", "wangluyuan", "wujialing"])
        #expect(contributions.map(\.value) == [6000, 4000, 2000])
        #expect(contributions[0].share == 50)
        #expect(try indicator("LT02").contributions.isEmpty)
    }

    @Test func deviationNotesComeFromOffices() throws {
        let notes = try indicator("LT01").deviationNotes
        #expect(notes.count == 1)
        #expect(notes.first?.officeName == "伍家岭街道")
        #expect(try indicator("LT01").deviationText == "伍家岭街道：辖区工地集中整治，案件数高于预期")
    }

    @Test(arguments: [
        ([2900.0, 10.0, 30.0], Indicator.Aggregation.sum, 2940.0),
        ([2.0, 4.0], .mean, 3.0),
        ([7.0, 3.0, 5.0], .min, 3.0),
        ([7.0, 3.0, 5.0], .max, 7.0),
    ])
    func combiner(_ numbers: [Double], _ rule: Indicator.Aggregation, _ expected: Double) {
        let values = numbers.enumerated().map { Fixtures.value("o\($0.offset)", "X", $0.element) }
        #expect(ValueCombiner.combine(values, rule: rule) == expected)
    }

    @Test func latestTakesEachOfficesLatestPeriodSummed() {
        let values = [
            Fixtures.value("a", "X", 10, period: "2021Q1"), Fixtures.value("a", "X", 30, period: "2021Q3"),
            Fixtures.value("b", "X", 5, period: "2021Q2"), Fixtures.value("b", "X", 7, period: "2021Q4"),
        ]
        #expect(ValueCombiner.combine(values, rule: .latest) == 37)
        #expect(ValueCombiner.combine([], rule: .sum) == nil)
    }

    @Test func scores() throws {
        #expect(report.score.budgetScore == 5.26)
        #expect(try indicator("LT01").score.score == 20)
        #expect(try indicator("LT03").score.score == 20)
        #expect(try indicator("LT05").score.score == 10)
        #expect(try indicator("LT07").score.score == 9.5)
        #expect(report.score.indicatorWeight == 90)
        #expect(report.score.indicatorScore == 89.5)
        #expect(report.score.total == 94.76)
        #expect(report.score.grade == .excellent)
        #expect(report.score.lines.first?.name == "预算执行率")
    }

    @Test func formulaDivisionByZeroHasNoValue() throws {
        var input = Fixtures.cleanAir()
        input.values.removeAll { $0.indicator == "LT01" }
        let report = ProjectReport(input: input)
        let rate = try #require(report.indicators.first { $0.code == "LT05" })
        #expect(rate.actual == nil)
        #expect(rate.score.score == 0)
        #expect(rate.notes.contains("公式引用的指标LT01没有数值"))
    }

    @Test func lowerIsBetterOptionChangesTheScore() throws {
        var input = Fixtures.cleanAir()
        input.values.removeAll { $0.indicator == "LT03" }
        input.values.append(Fixtures.value("lantianban", "LT03", 50))
        let ratio = ProjectReport(input: input)
        let deviation = ProjectReport(input: input, options: ScoringOptions(lowerIsBetter: .deviation))
        #expect(ratio.indicators.first { $0.code == "LT03" }?.score.score == 18)
        #expect(deviation.indicators.first { $0.code == "LT03" }?.score.score == 17.78)
        #expect(deviation.dataNotes.statements.contains { $0.contains("(1 − (实际完成值 − 指标值) ÷ 指标值) × 分值") })
    }
}
