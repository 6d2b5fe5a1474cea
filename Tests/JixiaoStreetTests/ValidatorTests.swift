import JixiaoModels
import JixiaoStreet
import Testing

@Suite struct ExpenditureValidatorTests {
    let validator = ExpenditureValidator(reference: Fixtures.reference, office: Fixtures.office)

    func check(_ input: ExpenditureInput) -> (Expenditure?, [String]) {
        var problems: [String] = []
        let expenditure = validator.check(input, id: "e1", problems: &problems)
        return (expenditure, problems)
    }

    @Test func acceptsAndNormalises() throws {
        let (expenditure, problems) = check(
            ExpenditureInput(
                project: " jd2021 ",
                category: "xc",
                amount: "¥1,234.56",
                date: "2021/6/26",
                voucher: " 记-42 ",
                payee: "长沙晚报",
                note: "宣传"
            )
        )
        #expect(problems == [])
        #expect(
            expenditure
                == Expenditure(
                    id: "e1",
                    office: "wangluyuan",
                    project: "JD2021",
                    category: "XC",
                    fund: "BJ",
                    amount: Money(fen: 123_456),
                    date: "2021-06-26",
                    voucher: "记-42",
                    payee: "长沙晚报",
                    note: "宣传"
                )
        )
    }

    @Test(arguments: [
        ("12.5万", Int64(12_500_000)), ("1234", 123_400), ("0.01", 1), ("-50.5", -5_050), ("1,000,000.00元", 100_000_000),
    ])
    func amounts(text: String, fen: Int64) {
        let (expenditure, problems) = check(
            ExpenditureInput(project: "JD2021", category: "XC", amount: text, date: "2021-01-01")
        )
        #expect(problems == [])
        #expect(expenditure?.amount == Money(fen: fen))
    }

    @Test func acceptsChineseDates() {
        let (expenditure, _) = check(
            ExpenditureInput(project: "JD2021", category: "XC", amount: "1", date: "2021年6月5日")
        )
        #expect(expenditure?.date == "2021-06-05")
    }

    @Test(arguments: [
        (
            ExpenditureInput(project: "JD2021", category: "XC", amount: "12,3a", date: "2021-06-26"),
            ["amount \"12,3a\" is not a number of 元"]
        ),
        (
            ExpenditureInput(project: "JD2021", category: "XC", amount: "0.00", date: "2021-06-26"),
            ["amount \"0.00\" is zero"]
        ),
        (
            ExpenditureInput(project: "JD2021", category: "XC", amount: "1.234", date: "2021-06-26"),
            ["amount \"1.234\" has more than two decimals in 元"]
        ),
        (
            ExpenditureInput(project: "JD2021", category: "XC", amount: "1", date: "2020-12-31"),
            ["date \"2020-12-31\" is not in 2021, the year of project JD2021"]
        ),
        (
            ExpenditureInput(project: "JD2021", category: "XC", amount: "1", date: "2021-02-30"),
            ["date \"2021-02-30\" is not a date like 2021-06-26"]
        ),
        (
            ExpenditureInput(project: "JD2020", category: "XC", amount: "1", date: "2021-01-01"),
            ["project \"JD2020\" is not known; valid projects: JD2021, LT2021, OLD2020"]
        ),
        (
            ExpenditureInput(project: "JD2021", category: "PX", amount: "1", date: "2021-01-01"),
            ["category \"PX\" is not a category of project JD2021; valid categories: JD, XC"]
        ),
        (
            ExpenditureInput(project: "JD2021", category: "XC", fund: "SJ", amount: "1", date: "2021-01-01"),
            ["fund \"SJ\" is not a fund of project JD2021; valid funds: BJ"]
        ),
        (
            ExpenditureInput(project: "LT2021", category: "PX", amount: "1", date: "2021-01-01"),
            ["fund is missing; project LT2021 has several: BJ, SJ"]
        ),
        (
            ExpenditureInput(project: "", category: "", amount: "", date: ""),
            ["project is missing", "amount is missing", "date is missing"]
        ),
        (
            ExpenditureInput(project: "JD2021", category: "", amount: "x", date: "y"),
            ["category is missing", "amount \"x\" is not a number of 元", "date \"y\" is not a date like 2021-06-26"]
        ),
    ])
    func refuses(input: ExpenditureInput, messages: [String]) {
        let (expenditure, problems) = check(input)
        #expect(expenditure == nil)
        #expect(problems == messages)
    }

    @Test func hintsToSyncWhenNothingWasReceived() {
        var problems: [String] = []
        let empty = ExpenditureValidator(reference: ReferenceData(), office: "x")
        _ = empty.check(
            ExpenditureInput(project: "JD2021", category: "XC", amount: "1", date: "2021-01-01"),
            id: "e",
            problems: &problems
        )
        #expect(
            problems == [
                "project \"JD2021\" is not known; nothing has been received from the district yet: run street sync first"
            ]
        )
    }

    @Test func refusesAProjectThatDoesNotListTheOffice() {
        var reference = Fixtures.reference
        reference.projects[0].offices = ["jinduban", "wujialing"]
        let validator = ExpenditureValidator(reference: reference, office: "wangluyuan")
        var problems: [String] = []
        let input = ExpenditureInput(project: "JD2021", category: "XC", amount: "1", date: "2021-01-01")
        #expect(validator.check(input, id: "e", problems: &problems) == nil)
        #expect(
            problems == [
                "office wangluyuan is not among the offices of project JD2021 in the district's plan; "
                    + "ask the district if it should be"
            ]
        )
        problems = []
        let listed = ExpenditureValidator(reference: reference, office: "wujialing")
        #expect(listed.check(input, id: "e", problems: &problems) != nil)
    }

    @Test func fundIsChosenWhenTheProjectHasOne() {
        let (expenditure, _) = check(
            ExpenditureInput(project: "LT2021", category: "PX", fund: "sj", amount: "1", date: "2021-01-01")
        )
        #expect(expenditure?.fund == "SJ")
    }
}

@Suite struct ValueValidatorTests {
    let validator = ValueValidator(reference: Fixtures.reference)

    func check(_ input: ValueInput) -> (CheckedValue?, [String]) {
        var problems: [String] = []
        let value = validator.check(input, problems: &problems)
        return (value, problems)
    }

    @Test(arguments: [
        ("12", 12.0), ("98.95%", 98.95), ("1,234", 1234), ("-3.5", -3.5), ("１２．５", 12.5), ("+7", 7),
    ])
    func numbers(text: String, number: Double) {
        // A unit that takes fractions and negatives, reported by quarter: only the number's form is tested here.
        var reference = Fixtures.reference
        reference.indicators[0].unit = "万元"
        reference.indicators[0].frequency = .quarter
        var problems: [String] = []
        let value = ValueValidator(reference: reference).check(
            ValueInput(indicator: "JD01", period: "2021Q2", value: text),
            problems: &problems
        )
        #expect(problems == [])
        #expect(value?.reading == .number(number))
        #expect(value?.period == .quarter(2021, 2))
    }

    @Test func refusesAnIndicatorTheOfficeDoesNotReport() {
        var reference = Fixtures.reference
        reference.indicators[0].reporters = ["jinduban"]  // JD01
        reference.projects[1].offices = ["lantianban", "wujialing"]  // LT2021, whose LT01 lists no reporters
        let validator = ValueValidator(reference: reference, office: "wangluyuan")
        var problems: [String] = []
        _ = validator.check(ValueInput(indicator: "JD01", period: "2021", value: "1"), problems: &problems)
        _ = validator.check(ValueInput(indicator: "LT01", period: "2021-06", value: "1"), problems: &problems)
        #expect(
            problems == [
                "indicator JD01 is reported by jinduban, not by wangluyuan",
                "indicator LT01 is reported by lantianban, wujialing, not by wangluyuan",
            ]
        )
        problems = []
        let reporter = ValueValidator(reference: reference, office: "jinduban")
        #expect(reporter.check(ValueInput(indicator: "JD01", period: "2021", value: "1"), problems: &problems) != nil)
    }

    @Test func qualitativeTakesText() {
        let (value, _) = check(ValueInput(indicator: "jd09", period: "2021", value: " 达成 95% ", label: " 全区 "))
        #expect(
            value
                == CheckedValue(indicator: "JD09", period: .year(2021), reading: .text("达成 95%"), label: "全区", note: "")
        )
    }

    /// The plan's entry rules at the office: the same messages the district gives for a pushed row
    /// (`RowRules.entryProblems`, tested there and in `RowCheckTests`).
    @Test(arguments: [
        (
            ValueInput(indicator: "JD01", period: "2021Q2", value: "5"),
            "period 2021Q2 is a quarter, but indicator JD01 is reported by year in the plan (2021)"
        ),
        (
            ValueInput(indicator: "LT01", period: "2021Q3", value: "85"),
            "period 2021Q3 is a quarter, but indicator LT01 is reported by month in the plan (2021-01 … 2021-12)"
        ),
        (
            ValueInput(indicator: "JD01", period: "2021", value: "12.5"),
            "value 12.5 of indicator JD01 is not a whole number: 起 are counted"
        ),
        (
            ValueInput(indicator: "JD01", period: "2021", value: "-3"),
            "value -3 of indicator JD01 is negative: a count (起) is never below 0"
        ),
        (
            ValueInput(indicator: "LT01", period: "2021-06", value: "-1%"),
            "value -1 of indicator LT01 is negative: a percentage is never below 0"
        ),
        (
            ValueInput(indicator: "JD09", period: "2021", value: "很好"),
            "value \"很好\" of indicator JD09 is not a grade: use one of 达成 (优), 部分达成 (基本达成, 良, 中), 未达成 (差), "
                + "optionally with a percentage inside the grade's band (达成 95%)"
        ),
        (
            ValueInput(indicator: "JD09", period: "2021", value: "达成 70%"),
            "value \"达成 70%\" of indicator JD09: 达成 takes 80–100% of the weight"
        ),
        (
            ValueInput(indicator: "JD41", period: "2021", value: "达成"),
            "indicator JD41 is computed by its formula (JD01 * 2): offices report no value for it"
        ),
        (
            ValueInput(indicator: "JD41", period: "2021Q1", value: "5"),
            "indicator JD41 is computed by its formula (JD01 * 2): offices report no value for it"
        ),
    ])
    func entryRules(input: ValueInput, message: String) {
        var reference = Fixtures.reference
        reference.indicators.append(
            Indicator(
                code: "JD41",
                project: "JD2021",
                year: 2021,
                name: "翻倍",
                level1: "产出指标",
                level2: "数量指标",
                unit: "起",
                target: "100",
                direction: .higher,
                weight: 0,
                aggregation: .formula("JD01 * 2")
            )
        )
        var problems: [String] = []
        #expect(ValueValidator(reference: reference).check(input, problems: &problems) == nil)
        #expect(problems == [message])
    }

    /// Examples in messages use the project's year, not 2021.
    @Test func examplesUseTheProjectsYear() {
        var reference = Fixtures.reference
        // A project's year is its rows' year: move JD2021 and everything of it to 2023.
        reference.projects[0].year = 2023
        for i in reference.funds.indices where reference.funds[i].project == "JD2021" { reference.funds[i].year = 2023 }
        for i in reference.categories.indices where reference.categories[i].project == "JD2021" {
            reference.categories[i].year = 2023
        }
        for i in reference.indicators.indices where reference.indicators[i].project == "JD2021" {
            reference.indicators[i].year = 2023
        }
        var problems: [String] = []
        let values = ValueValidator(reference: reference)
        _ = values.check(ValueInput(indicator: "JD01", period: "Q5", value: "1"), problems: &problems)
        _ = values.check(ValueInput(indicator: "JD01", period: "2023Q5", value: "1"), problems: &problems)
        let expenditures = ExpenditureValidator(reference: reference, office: Fixtures.office)
        _ = expenditures.check(
            ExpenditureInput(project: "JD2021", category: "XC", amount: "1", date: "6月"),
            id: "e",
            problems: &problems
        )
        #expect(
            problems == [
                "period \"Q5\" is not a year (2023), a quarter (2023Q2) or a month (2023-06)",
                "period \"2023Q5\" is not a year (2023), a quarter (2023Q2) or a month (2023-06)",
                "date \"6月\" is not a date like 2023-06-26",
            ]
        )
    }

    @Test(arguments: [
        (
            ValueInput(indicator: "JD01", period: "2021-06", value: "十二"),
            ["value \"十二\" of indicator JD01 is not a number (unit 起); it is a quantitative indicator"]
        ),
        (
            ValueInput(indicator: "LT01", period: "2021-06", value: "nan"),
            ["value \"nan\" of indicator LT01 is not a number (unit %); it is a quantitative indicator"]
        ),
        (
            ValueInput(indicator: "LT01", period: "2021-06", value: "1e3"),
            ["value \"1e3\" of indicator LT01 is not a number (unit %); it is a quantitative indicator"]
        ),
        (
            ValueInput(indicator: "JD01", period: "2022Q1", value: "1"),
            ["period \"2022Q1\" is not in 2021, the year of project JD2021 (indicator JD01)"]
        ),
        (
            ValueInput(indicator: "JD01", period: "2021Q5", value: "1"),
            ["period \"2021Q5\" is not a year (2021), a quarter (2021Q2) or a month (2021-06)"]
        ),
        (
            ValueInput(indicator: "XX", period: "2021", value: "1"),
            ["indicator \"XX\" is not known; valid indicators: JD01, JD09, LT01"]
        ),
        (
            ValueInput(indicator: "", period: "", value: ""),
            ["indicator is missing", "period is missing", "value is missing"]
        ),
    ])
    func refuses(input: ValueInput, messages: [String]) {
        let (value, problems) = check(input)
        #expect(value == nil)
        #expect(problems == messages)
    }
}

@Suite struct VoucherIndexTests {
    @Test func findsOwnersPerProjectAndIgnoresEmptyVouchers() {
        var index = VoucherIndex(existing: [
            (project: "JD2021", year: 2021, voucher: "记-1", id: "a"),
            (project: "JD2021", year: 2021, voucher: "", id: "b"),
        ])
        #expect(index.owner(project: "JD2021", year: 2021, voucher: " 记-1 ") == "expenditure a")
        #expect(index.owner(project: "LT2021", year: 2021, voucher: "记-1") == nil)
        #expect(index.owner(project: "JD2021", year: 2021, voucher: "") == nil)
        index.claim(project: "LT2021", year: 2021, voucher: "记-1", owner: "line 4")
        index.claim(project: "LT2021", year: 2021, voucher: "记-1", owner: "line 9")
        #expect(index.owner(project: "LT2021", year: 2021, voucher: "记-1") == "line 4")
    }

    /// Vouchers start again every year: 记-1 of 2021 is free in the next year's plan of the same project.
    @Test func aVoucherOfOneYearIsFreeInTheNext() {
        let index = VoucherIndex(existing: [(project: "JD2021", year: 2021, voucher: "记-1", id: "a")])
        #expect(index.owner(project: "JD2021", year: 2021, voucher: "记-1") == "expenditure a")
        #expect(index.owner(project: "JD2021", year: 2022, voucher: "记-1") == nil)
    }
}
