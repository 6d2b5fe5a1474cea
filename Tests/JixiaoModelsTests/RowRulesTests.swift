import JixiaoModels
import Testing

@Suite("RowRules: what the district refuses in a pushed row")
struct RowRulesTests {
    static let reference = ReferenceData(
        projects: [
            Project(code: "JD2021", year: 2021, name: "禁毒宣传", department: "禁毒办", offices: ["wangluyuan"]),
            Project(code: "OPEN", year: 2021, name: "不限单位", department: "区政府"),
        ],
        funds: [
            Fund(project: "JD2021", year: 2021, code: "F1", name: "本级", initialBudget: .zero, adjustedBudget: .zero),
            Fund(project: "OPEN", year: 2021, code: "F9", name: "本级", initialBudget: .zero, adjustedBudget: .zero),
        ],
        categories: [
            Category(project: "JD2021", year: 2021, code: "C1", name: "宣传"),
            Category(project: "OPEN", year: 2021, code: "C9", name: "其他"),
        ],
        indicators: [
            Indicator(
                code: "JD01",
                project: "JD2021",
                year: 2021,
                name: "活动场次",
                level1: "产出指标",
                level2: "数量指标",
                unit: "场次",
                target: "≥80",
                direction: .higher,
                weight: 10,
                aggregation: .sum,
                reporters: ["wangluyuan"],
                frequency: .year
            ),
            Indicator(
                code: "JD90",
                project: "JD2021",
                year: 2021,
                name: "群众满意度",
                level1: "满意度指标",
                level2: "满意度",
                unit: "",
                target: "良",
                direction: .qualitative,
                weight: 10,
                aggregation: .sum,
                reporters: [],
                frequency: .year
            ),
            Indicator(
                code: "JD20",
                project: "JD2021",
                year: 2021,
                name: "禁毒宣传活动",
                level1: "产出指标",
                level2: "数量指标",
                unit: "场次",
                target: "80",
                direction: .higher,
                weight: 0,
                aggregation: .sum,
                frequency: .quarter
            ),
            Indicator(
                code: "JD41",
                project: "JD2021",
                year: 2021,
                name: "毛发验毒筛查完成率",
                level1: "产出指标",
                level2: "质量指标",
                unit: "%",
                target: "100",
                direction: .higher,
                weight: 0,
                aggregation: .formula("JD40 / JD39 * 100")
            ),
            Indicator(
                code: "JD58",
                project: "JD2021",
                year: 2021,
                name: "群众满意度",
                level1: "满意度指标",
                level2: "服务对象满意度指标",
                unit: "%",
                target: "90",
                direction: .higher,
                weight: 0,
                aggregation: .mean,
                frequency: .month
            ),
            Indicator(
                code: "JD70",
                project: "JD2021",
                year: 2021,
                name: "经费结余变化",
                level1: "产出指标",
                level2: "成本指标",
                unit: "万元",
                target: "0",
                direction: .lower,
                weight: 0,
                aggregation: .sum
            ),
        ]
    )
    static let rules = RowRules(reference: reference, office: "wangluyuan")

    static func expenditure(
        project: String = "JD2021",
        category: String = "C1",
        fund: String = "F1",
        fen: Int64 = 100,
        date: String = "2021-05-01"
    ) -> Expenditure {
        Expenditure(
            id: "e1",
            office: "wangluyuan",
            project: project,
            category: category,
            fund: fund,
            amount: Money(fen: fen),
            date: date
        )
    }

    @Test func aValidExpenditurePasses() {
        #expect(Self.rules.problems(Self.expenditure()).isEmpty)
        #expect(Self.rules.problems(Self.expenditure(project: "OPEN", category: "C9", fund: "F9")).isEmpty)
        #expect(Self.rules.problems(Self.expenditure(fen: -RowRules.maximumAmount.fen)).isEmpty)
    }

    @Test(arguments: [
        (expenditure(project: "XX"), "project \"XX\" is not in the district's plan"),
        (expenditure(category: "C9"), "category \"C9\" is not a category of project JD2021"),
        (expenditure(fund: "F9"), "fund \"F9\" is not a fund of project JD2021"),
        (expenditure(fen: 0), "amount is zero"),
        (
            expenditure(fen: 1 << 62),
            "amount 46,116,860,184,273,879.04 is beyond ±10,000,000,000.00 元, more than any one expenditure can be"
        ),
        (expenditure(date: "not a date"), "date \"not a date\" is not an ISO 8601 date like 2021-06-26"),
        (expenditure(date: "2021-6-1"), "date \"2021-6-1\" is not an ISO 8601 date like 2021-06-26"),
        (expenditure(date: "2022-01-01"), "date 2022-01-01 is not in 2021, the year of project JD2021"),
    ])
    func expenditureProblems(_ expenditure: Expenditure, _ message: String) {
        #expect(Self.rules.problems(expenditure) == [message])
    }

    @Test func anOfficeOutsideTheProject() {
        let other = RowRules(reference: Self.reference, office: "yuelu")
        #expect(other.problems(Self.expenditure()) == ["office yuelu is not among the offices of project JD2021"])
        #expect(other.problems(Self.expenditure(project: "OPEN", category: "C9", fund: "F9")).isEmpty)
    }

    static func value(
        _ reading: IndicatorReading,
        indicator: String = "JD01",
        period: Period = .year(2021)
    ) -> IndicatorValue {
        IndicatorValue(id: "v1", office: "wangluyuan", indicator: indicator, period: period, value: reading)
    }

    @Test(
        arguments: [
            (value(.number(12)), nil),
            (value(.text("良"), indicator: "JD90"), nil),
            (value(.number(1), indicator: "XX"), "indicator \"XX\" is not in the district's plan"),
            (
                value(.number(1), period: .year(2099)),
                "period 2099 is not in 2021, the year of project JD2021 (indicator JD01)"
            ),
            (value(.text("很多")), "indicator JD01 is quantitative: its value is a number, not text"),
            (value(.number(1), indicator: "JD90"), "indicator JD90 is qualitative: its value is text, not a number"),
            (value(.number(.nan)), "value of indicator JD01 is not a finite number"),
            (value(.number(.infinity)), "value of indicator JD01 is not a finite number"),
            (value(.number(-.infinity)), "value of indicator JD01 is not a finite number"),
        ] as [(IndicatorValue, String?)]
    )
    func valueProblems(_ value: IndicatorValue, _ message: String?) {
        #expect(Self.rules.problems(value) == (message.map { [$0] } ?? []))
    }

    /// The plan's entry rules (Docs/PlanFormat.md "Entry rules"): the same at the office and at the district.
    @Test(
        arguments: [
            (
                value(.number(20), indicator: "JD20", period: .year(2021)),
                "period 2021 is a year, but indicator JD20 is reported by quarter in the plan (2021Q1 … 2021Q4)"
            ),
            (
                value(.number(20), indicator: "JD20", period: .month(2021, 3)),
                "period 2021-03 is a month, but indicator JD20 is reported by quarter in the plan (2021Q1 … 2021Q4)"
            ),
            (
                value(.number(5), period: .quarter(2021, 1)),
                "period 2021Q1 is a quarter, but indicator JD01 is reported by year in the plan (2021)"
            ),
            (
                value(.number(95), indicator: "JD58", period: .quarter(2021, 1)),
                "period 2021Q1 is a quarter, but indicator JD58 is reported by month in the plan (2021-01 … 2021-12)"
            ),
            (
                value(.number(1), indicator: "JD41"),
                "indicator JD41 is computed by its formula (JD40 / JD39 * 100): offices report no value for it"
            ),
            (
                value(.text("达成"), indicator: "JD41", period: .quarter(2021, 2)),
                "indicator JD41 is computed by its formula (JD40 / JD39 * 100): offices report no value for it"
            ),
            (
                value(.text("很好"), indicator: "JD90"),
                "value \"很好\" of indicator JD90 is not a grade: use one of 达成 (优), 部分达成 (基本达成, 良, 中), "
                    + "未达成 (差), optionally with a percentage inside the grade's band (达成 95%)"
            ),
            (
                value(.text("优秀"), indicator: "JD90"),
                "value \"优秀\" of indicator JD90 is not a grade: use one of 达成 (优), 部分达成 (基本达成, 良, 中), "
                    + "未达成 (差), optionally with a percentage inside the grade's band (达成 95%)"
            ),
            (
                value(.text("达成 70%"), indicator: "JD90"),
                "value \"达成 70%\" of indicator JD90: 达成 takes 80–100% of the weight"
            ),
            (
                value(.text("部分达成 85%"), indicator: "JD90"),
                "value \"部分达成 85%\" of indicator JD90: 部分达成 takes 60–80% of the weight"
            ),
            (value(.number(12.5)), "value 12.5 of indicator JD01 is not a whole number: 场次 are counted"),
            (value(.number(-3)), "value -3 of indicator JD01 is negative: a count (场次) is never below 0"),
            (
                value(.number(-1), indicator: "JD58", period: .month(2021, 6)),
                "value -1 of indicator JD58 is negative: a percentage is never below 0"
            ),
        ] as [(IndicatorValue, String)]
    )
    func entryRules(_ value: IndicatorValue, _ message: String) {
        #expect(Self.rules.problems(value) == [message])
        #expect(
            RowRules.entryProblems(value.value, period: value.period, indicator: Self.indicator(value)) == [message]
        )
    }

    @Test(
        arguments: [
            value(.number(20), indicator: "JD20", period: .quarter(2021, 4)),
            value(.text("达成 95%"), indicator: "JD90"), value(.text("部分达成 65%"), indicator: "JD90"),
            value(.text("未达成"), indicator: "JD90"), value(.text("优"), indicator: "JD90"),
            value(.number(98.5), indicator: "JD58", period: .month(2021, 6)),
            value(.number(0), indicator: "JD58", period: .month(2021, 7)),
            value(.number(-12.5), indicator: "JD70"), value(.number(0)),
        ]
    )
    func entryRulesAccept(_ value: IndicatorValue) {
        #expect(Self.rules.problems(value) == [])
    }

    @Test func aPeriodOfAnotherYearAndGranularityBreaksTwoRulesExamplesInTheProjectsYear() {
        #expect(
            Self.rules.problems(Self.value(.number(1), period: .quarter(2099, 4))) == [
                "period 2099Q4 is not in 2021, the year of project JD2021 (indicator JD01)",
                "period 2099Q4 is a quarter, but indicator JD01 is reported by year in the plan (2021)",
            ]
        )
    }

    @Test func aNegativeFractionOfACountBreaksTwoRules() {
        #expect(
            Self.rules.problems(Self.value(.number(-2.5))) == [
                "value -2.5 of indicator JD01 is not a whole number: 场次 are counted",
                "value -2.5 of indicator JD01 is negative: a count (场次) is never below 0",
            ]
        )
    }

    @Test func countingUnitsAreOneList() {
        for unit in ["人", "次", "起", "场次", "份", "个", "篇", "条", "家", "所", "期", "场"] {
            #expect(Indicator.countingUnits.contains(unit), "\(unit)")
        }
        for unit in ["%", "μg/m³", "万元", "天", "人/案", "定性"] {
            #expect(!Indicator.countingUnits.contains(unit), "\(unit)")
        }
    }

    static func indicator(_ value: IndicatorValue) -> Indicator {
        reference.indicators.first { $0.code == value.indicator }!
    }

    /// Examples in messages use the project's year.
    @Test func examplesUseTheProjectsYear() {
        var reference = Self.reference
        reference.projects[0].year = 2023
        let rules = RowRules(reference: reference, office: "wangluyuan")
        #expect(
            rules.problems(Self.expenditure(date: "not a date"))
                == ["date \"not a date\" is not an ISO 8601 date like 2023-06-26"]
        )
    }

    @Test func reportersAndNarratives() {
        let other = RowRules(reference: Self.reference, office: "yuelu")
        #expect(
            other.problems(Self.value(.number(1))) == [
                "office yuelu is not among the offices of project JD2021",
                "indicator JD01 is not reported by office yuelu",
            ]
        )
        let narrative = Narrative(
            id: "n1",
            office: "wangluyuan",
            project: "JD2021",
            year: 2021,
            section: .highlights,
            text: "好"
        )
        #expect(Self.rules.problems(narrative).isEmpty)
        var unknown = narrative
        unknown.project = "gossip"
        #expect(Self.rules.problems(unknown) == ["project \"gossip\" is not in the district's plan"])
    }
}
