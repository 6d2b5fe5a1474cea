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
            Fund(project: "JD2021", code: "F1", name: "本级", initialBudget: .zero, adjustedBudget: .zero),
            Fund(project: "OPEN", code: "F9", name: "本级", initialBudget: .zero, adjustedBudget: .zero),
        ],
        categories: [
            Category(project: "JD2021", code: "C1", name: "宣传"),
            Category(project: "OPEN", code: "C9", name: "其他"),
        ],
        indicators: [
            Indicator(
                code: "JD01",
                project: "JD2021",
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
                value(.number(1), period: .quarter(2099, 4)),
                "period 2099Q4 is not in 2021, the year of project JD2021 (indicator JD01)"
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

    @Test func reportersAndNarratives() {
        let other = RowRules(reference: Self.reference, office: "yuelu")
        #expect(
            other.problems(Self.value(.number(1))) == [
                "office yuelu is not among the offices of project JD2021",
                "indicator JD01 is not reported by office yuelu",
            ]
        )
        let narrative = Narrative(id: "n1", office: "wangluyuan", project: "JD2021", section: .highlights, text: "好")
        #expect(Self.rules.problems(narrative).isEmpty)
        var unknown = narrative
        unknown.project = "gossip"
        #expect(Self.rules.problems(unknown) == ["project \"gossip\" is not in the district's plan"])
    }
}
