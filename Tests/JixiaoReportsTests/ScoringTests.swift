import JixiaoModels
import Testing

@testable import JixiaoReports

@Suite("Scoring per 财预〔2020〕10号")
struct ScoringTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var direction: Indicator.Direction
        var target: Double?
        var actual: Double?
        var weight: Double
        var options = ScoringOptions.standard
        var score: Double
        var met: Bool?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "higher, met exactly", direction: .higher, target: 50, actual: 50, weight: 3, score: 3, met: true),
        Case(name: "higher, met", direction: .higher, target: 50, actual: 58, weight: 3, score: 3, met: true),
        Case(name: "higher, unmet", direction: .higher, target: 100, actual: 80, weight: 10, score: 8, met: false),
        Case(
            name: "higher, over-achieved caps at weight",
            direction: .higher,
            target: 100,
            actual: 150,
            weight: 10,
            score: 10,
            met: true
        ),
        Case(
            name: "higher, unmet, rounds to 2 decimals",
            direction: .higher,
            target: 3,
            actual: 2,
            weight: 5,
            score: 3.33,
            met: false
        ),
        Case(name: "lower, met", direction: .lower, target: 45, actual: 40.5, weight: 20, score: 20, met: true),
        Case(name: "lower, unmet, ratio", direction: .lower, target: 40, actual: 50, weight: 10, score: 8, met: false),
        Case(
            name: "lower, unmet, deviation",
            direction: .lower,
            target: 40,
            actual: 50,
            weight: 10,
            options: ScoringOptions(lowerIsBetter: .deviation),
            score: 7.5,
            met: false
        ),
        Case(
            name: "lower, far off, deviation floors at 0",
            direction: .lower,
            target: 40,
            actual: 100,
            weight: 10,
            options: ScoringOptions(lowerIsBetter: .deviation),
            score: 0,
            met: false
        ),
        Case(
            name: "lower, far off, ratio",
            direction: .lower,
            target: 40,
            actual: 100,
            weight: 10,
            score: 4,
            met: false
        ),
        Case(name: "equal, met", direction: .equal, target: 100, actual: 100, weight: 5, score: 5, met: true),
        Case(name: "equal, under", direction: .equal, target: 100, actual: 90, weight: 5, score: 4.5, met: false),
        Case(name: "equal, over", direction: .equal, target: 100, actual: 110, weight: 5, score: 4.5, met: false),
        Case(
            name: "zero target, higher, zero actual",
            direction: .higher,
            target: 0,
            actual: 0,
            weight: 4,
            score: 4,
            met: true
        ),
        Case(
            name: "zero target, higher, positive actual",
            direction: .higher,
            target: 0,
            actual: 5,
            weight: 4,
            score: 4,
            met: true
        ),
        Case(
            name: "zero target, lower, zero actual",
            direction: .lower,
            target: 0,
            actual: 0,
            weight: 4,
            score: 4,
            met: true
        ),
        Case(
            name: "zero target, lower, exceeded",
            direction: .lower,
            target: 0,
            actual: 3,
            weight: 4,
            score: 0,
            met: false
        ),
        Case(
            name: "zero target, equal, not equal",
            direction: .equal,
            target: 0,
            actual: 1,
            weight: 4,
            score: 0,
            met: false
        ),
        Case(name: "missing actual", direction: .higher, target: 10, actual: nil, weight: 4, score: 0, met: nil),
        Case(name: "non-numeric target", direction: .higher, target: nil, actual: 10, weight: 4, score: 0, met: nil),
    ]

    @Test(arguments: cases)
    func quantitative(_ c: Case) {
        let result = Scoring.quantitative(
            direction: c.direction,
            target: c.target,
            actual: c.actual,
            weight: c.weight,
            options: c.options
        )
        #expect(result.score == c.score)
        #expect(result.met == c.met)
        #expect(!result.basis.isEmpty)
    }

    @Test func explanationsNameTheRule() {
        let ratio = Scoring.quantitative(direction: .lower, target: 40, actual: 50, weight: 10)
        #expect(ratio.basis.contains("指标值 ÷ 实际完成值 × 分值"))
        #expect(ratio.completionRate == 80)
        let deviation = Scoring.quantitative(
            direction: .lower,
            target: 40,
            actual: 50,
            weight: 10,
            options: ScoringOptions(lowerIsBetter: .deviation)
        )
        #expect(deviation.basis.contains("(1 − (实际完成值 − 指标值) ÷ 指标值) × 分值"))
        let zero = Scoring.quantitative(direction: .lower, target: 0, actual: 3, weight: 4)
        #expect(zero.basis.contains("指标值为0"))
        let missing = Scoring.quantitative(direction: .higher, target: 10, actual: nil, weight: 4)
        #expect(missing.basis == "无实际完成值，得0分")
        let over = Scoring.quantitative(direction: .higher, target: 100, actual: 150, weight: 10)
        #expect(over.completionRate == 150)
        #expect(over.basis.contains("超额完成"))
    }

    @Test(arguments: [
        ("达成", 100.0, QualitativeGrade.Level.achieved),
        ("达成 95%", 95, .achieved),
        ("达成95％", 95, .achieved),
        ("优", 100, .achieved),
        ("部分达成", 70, .partlyAchieved),
        ("基本达成 65%", 65, .partlyAchieved),
        ("良", 70, .partlyAchieved),
        ("中 61", 61, .partlyAchieved),
        ("未达成", 0, .notAchieved),
        ("差 50%", 50, .notAchieved),
        ("达成 70%", 80, .achieved),
        ("部分达成 90%", 80, .partlyAchieved),
    ])
    func qualitativeGrades(_ text: String, _ percent: Double, _ level: QualitativeGrade.Level) throws {
        let grade = try #require(QualitativeGrade(parsing: text))
        #expect(grade.level == level)
        #expect(grade.percent == percent)
    }

    @Test func qualitativeOutsideBandIsNoted() throws {
        let grade = try #require(QualitativeGrade(parsing: "达成 70%"))
        #expect(grade.note?.contains("按80%计") == true)
        #expect(QualitativeGrade(parsing: "很好") == nil)
        #expect(QualitativeGrade(parsing: "达成 很好") == nil)
    }

    @Test func qualitativeScores() {
        #expect(Scoring.qualitative(grades: ["达成 95%"], weight: 10).score == 9.5)
        #expect(Scoring.qualitative(grades: ["达成 95%"], weight: 10).met == true)
        #expect(Scoring.qualitative(grades: ["部分达成"], weight: 10).score == 7)
        #expect(Scoring.qualitative(grades: ["部分达成"], weight: 10).met == false)
        #expect(Scoring.qualitative(grades: ["未达成"], weight: 10).score == 0)
        #expect(Scoring.qualitative(grades: ["达成", "部分达成"], weight: 10).score == 8.5)
        let unknown = Scoring.qualitative(grades: ["很好"], weight: 10)
        #expect(unknown.score == 0)
        #expect(unknown.basis.contains("不是评价等级"))
        let none = Scoring.qualitative(grades: [], weight: 10)
        #expect(none.score == 0)
        #expect(none.met == nil)
    }

    /// The one definition of `latest` (Docs/Scoring.md §2, Docs/PlanFormat.md): each office's (and label's) own
    /// latest period, added up; not "the latest period that has any value", which would drop 银盆岭's figure here.
    @Test func latestTakesEachOfficesOwnLatestPeriod() {
        let values = [
            Fixtures.value("wangluyuan", "JD60", 100, period: "2021Q1"),
            Fixtures.value("wangluyuan", "JD60", 400, period: "2021Q4"),
            // 银盆岭 stopped reporting after the second quarter: its 2021Q2 stock still counts.
            Fixtures.value("yinpenling", "JD60", 250, period: "2021Q2"),
            // Two labels of one office are two stocks, each at its own latest period.
            Fixtures.value("wujialing", "JD60", 10, period: "2021Q3", label: "站点甲"),
            Fixtures.value("wujialing", "JD60", 20, period: "2021Q4", label: "站点乙"),
            Fixtures.value("wujialing", "JD60", 5, period: "2021Q1", label: "站点乙"),
        ]
        #expect(ValueCombiner.combine(values, rule: .latest) == 680)  // 400 + 250 + 10 + 20
        // Order does not matter.
        #expect(ValueCombiner.combine(values.reversed(), rule: .latest) == 680)
        // The other reading (only the values of 2021Q4, the latest period with any value) would give 420.
        let onlyQ4 = values.filter { $0.period == .quarter(2021, 4) }
        #expect(ValueCombiner.combine(onlyQ4, rule: .sum) == 420)
    }

    @Test(arguments: [(52.5712, 5.26), (100, 10), (120, 10), (0, 0), (99.994, 9.9994.rounded2)])
    func budgetScore(_ rate: Double, _ expected: Double) {
        #expect(Scoring.budgetScore(executionRate: rate) == expected)
    }

    @Test func budgetScoreWithoutBudget() {
        #expect(Scoring.budgetScore(executionRate: nil) == 0)
    }

    @Test(arguments: [
        (100.0, ReportGrade.excellent), (90, .excellent), (89.99, .good), (80, .good), (79.99, .fair), (60, .fair),
        (59.99, .poor), (0, .poor),
    ])
    func grades(_ total: Double, _ grade: ReportGrade) {
        #expect(ReportGrade(total: total) == grade)
    }
}

extension Double {
    fileprivate var rounded2: Double { ReportText.rounded2(self) }
}
