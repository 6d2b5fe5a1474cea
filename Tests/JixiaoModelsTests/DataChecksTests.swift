import JixiaoModels
import Testing

/// The plan's validation rules and the outlier test (`DataChecks`), on values built in the test.
@Suite struct DataChecksTests {
    static func indicator(
        _ code: String,
        frequency: Period.Kind = .year,
        aggregation: Indicator.Aggregation = .sum
    )
        -> Indicator
    {
        Indicator(
            code: code,
            project: "JD2021",
            year: 2021,
            name: "指标\(code)",
            level1: "产出指标",
            level2: "数量指标",
            unit: "人",
            target: "10",
            direction: .higher,
            weight: 10,
            aggregation: aggregation,
            frequency: frequency
        )
    }

    static func value(
        _ office: String,
        _ code: String,
        _ period: String,
        _ number: Double,
        label: String = ""
    )
        throws -> IndicatorValue
    {
        IndicatorValue(
            id: "\(office)-\(code)-\(period)-\(label)",
            office: office,
            indicator: code,
            period: try Period(parsing: period),
            value: .number(number),
            label: label
        )
    }

    static let fund = Fund(
        project: "JD2021",
        year: 2021,
        code: "BJ",
        name: "本级",
        initialBudget: Money(fen: 100_000),
        adjustedBudget: Money(fen: 100_000)
    )

    @Test(
        "a rule parses with each comparison",
        arguments: [
            ("JD03 <= JD02", ValidationRule.Comparison.lessOrEqual), ("JD03 ≤ JD02", .lessOrEqual),
            ("JD03 < JD02", .less), ("JD03 >= JD02 * 0.5", .greaterOrEqual), ("JD03 ≥ JD02", .greaterOrEqual),
            ("JD03 > 0", .greater), ("JD03 = JD02", .equal), ("JD03 == JD02", .equal), ("JD03 ＝ JD02", .equal),
        ]
    )
    func parses(text: String, comparison: ValidationRule.Comparison) throws {
        let rule = try ValidationRule(parsing: text)
        #expect(rule.comparison == comparison)
        #expect(rule.indicatorCodes.first == "JD03")
    }

    @Test(
        "a rule without exactly one comparison, or with a side that is not a formula, is refused",
        arguments: [
            ("JD03 JD02", "rule \"JD03 JD02\" must compare two sides with one of <=, <, >=, >, = (e.g. JD03 <= JD02)"),
            (
                "0 <= JD03 <= JD02",
                "rule \"0 <= JD03 <= JD02\" must compare two sides with one of <=, <, >=, >, = (e.g. JD03 <= JD02)"
            ),
            ("JD03 <= ", "rule \"JD03 <= \" is not valid: formula \" \" is not valid: "),
        ]
    )
    func refused(text: String, message: String) {
        #expect {
            try ValidationRule(parsing: text)
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test func moneyNames() throws {
        let rule = try ValidationRule(parsing: "spending.XC + spending <= budget.BJ + budget")
        #expect(rule.indicatorCodes.isEmpty)
        #expect(rule.namesBudget)
        #expect(ValidationRule.moneyName("spending.XC") == .spending(category: "XC"))
        #expect(ValidationRule.moneyName("budget") == .budget(fund: nil))
        #expect(ValidationRule.moneyName("JD01") == nil)
    }

    @Test func sameFrequencyIsCheckedPeriodByPeriod() throws {
        let indicators = [Self.indicator("JD02", frequency: .quarter), Self.indicator("JD03", frequency: .quarter)]
        let values = [
            try Self.value("a", "JD02", "2021Q1", 10), try Self.value("a", "JD03", "2021Q1", 12),
            try Self.value("a", "JD02", "2021Q2", 30), try Self.value("a", "JD03", "2021Q2", 5),
            // Over the year a's JD03 (17) is below its JD02 (40): only the period check finds 2021Q1.
            try Self.value("b", "JD03", "2021Q1", 99),  // b has no JD02 for the period: not checkable
        ]
        let violations = DataChecks.violations(
            rules: ["JD03 <= JD02"],
            indicators: indicators,
            funds: [],
            values: values,
            spending: []
        )
        #expect(
            violations == [
                DataChecks.Violation(
                    rule: "JD03 <= JD02",
                    office: "a",
                    period: try Period(parsing: "2021Q1"),
                    left: 12,
                    right: 10
                )
            ]
        )
    }

    @Test func differentFrequenciesAreCheckedOnTheYear() throws {
        let indicators = [Self.indicator("JD02"), Self.indicator("JD03", frequency: .quarter)]
        let values = [
            try Self.value("a", "JD02", "2021", 10), try Self.value("a", "JD03", "2021Q1", 6),
            try Self.value("a", "JD03", "2021Q2", 6), try Self.value("b", "JD02", "2021", 10),
            try Self.value("b", "JD03", "2021Q1", 9),
        ]
        let violations = DataChecks.violations(
            rules: ["JD03 <= JD02"],
            indicators: indicators,
            funds: [],
            values: values,
            spending: []
        )
        #expect(violations.map(\.office) == ["a"])
        #expect(violations.first?.period == nil)
        #expect(violations.first?.left == 12)
    }

    @Test func spendingIsPerOfficeAndABudgetRuleIsForTheWholeProject() throws {
        let spending = [
            DataChecks.Spending(office: "a", fund: "BJ", category: "XC", amount: Money(fen: 60_000)),
            DataChecks.Spending(office: "b", fund: "BJ", category: "XC", amount: Money(fen: 50_000)),
            DataChecks.Spending(office: "b", fund: "BJ", category: "JL", amount: Money(fen: 1_000)),
        ]
        let violations = DataChecks.violations(
            rules: ["spending.XC <= 550", "spending <= budget.BJ", "spending <= budget"],
            indicators: [],
            funds: [Self.fund],
            values: [],
            spending: spending
        )
        #expect(
            violations == [
                DataChecks.Violation(rule: "spending.XC <= 550", office: "a", period: nil, left: 600, right: 550),
                DataChecks.Violation(rule: "spending <= budget.BJ", office: nil, period: nil, left: 1110, right: 1000),
                DataChecks.Violation(rule: "spending <= budget", office: nil, period: nil, left: 1110, right: 1000),
            ]
        )
        #expect(
            violations[0].message { $0 == "a" ? "望麓园街道" : $0 }
                == "望麓园街道 for the year: breaks the rule spending.XC <= 550 (600 against 550)"
        )
        #expect(
            violations[1].message { $0 }
                == "the whole project: breaks the rule spending <= budget.BJ (1110 against 1000)"
        )
    }

    @Test func aRuleThatCannotBeEvaluatedIsNotBroken() throws {
        let indicators = [Self.indicator("JD02"), Self.indicator("JD03")]
        let values = [try Self.value("a", "JD03", "2021", 5), try Self.value("a", "JD02", "2021", 0)]
        #expect(
            DataChecks.violations(
                rules: ["JD03 / JD02 <= 1", "JD03 <= JD09"],
                indicators: indicators,
                funds: [],
                values: values,
                spending: []
            ).isEmpty
        )
    }

    static func series(_ office: String, _ numbers: [Double]) throws -> [IndicatorValue] {
        try numbers.enumerated().map { try value(office, "JD29", "2021-0\($0.offset + 1)", $0.element) }
    }

    /// Three other offices whose monthly values lie near 200.
    static func neighbours(months: Int) throws -> [IndicatorValue] {
        try series("b", Array([190, 200, 195, 205, 198, 200].prefix(months)))
            + series("c", Array([210, 205, 215, 208, 212, 220].prefix(months)))
            + series("d", Array([180, 185, 190, 182, 188, 195].prefix(months)))
    }

    @Test func anOutlierIsFarFromItsOwnOtherPeriodsAndFromTheOtherOffices() throws {
        let indicators = [Self.indicator("JD29", frequency: .month)]
        let values = try Self.series("a", [200, 210, 220, 205, 215, 2000]) + Self.neighbours(months: 6)
        let outliers = DataChecks.outliers(indicators: indicators, values: values)
        #expect(outliers.count == 1)
        let outlier = try #require(outliers.first)
        #expect(outlier.office == "a")
        #expect(outlier.period == (try Period(parsing: "2021-06")))
        #expect(outlier.value == 2000)
        #expect(outlier.ownMedian == 210)
        #expect(outlier.othersMedian == 200)
        #expect(
            outlier.message { $0 }
                == "a 2021-06 JD29: 2000 is unusual: more than 3 median absolute deviations from the office's other periods (median 210) and from the other offices' values for the period (median 200); check it"
        )
    }

    @Test func tooFewPointsNoSpreadOrOneOfficeAloneFindNothing() throws {
        let indicators = [Self.indicator("JD29", frequency: .month)]
        // Three other periods are the least a comparison takes; two are too few.
        #expect(
            DataChecks.outliers(
                indicators: indicators,
                values: try Self.series("a", [200, 210, 9000]) + Self.neighbours(months: 3)
            )
            .isEmpty
        )
        // A constant series has MAD 0: no scale to call anything far.
        let steady =
            try Self.series("a", [100, 100, 100, 100, 40]) + Self.series("b", [98, 101, 99, 102, 100])
            + Self.series("c", [95, 97, 99, 96, 98]) + Self.series("d", [103, 100, 104, 101, 99])
        #expect(DataChecks.outliers(indicators: indicators, values: steady).isEmpty)
        // An office alone (a department's own counts) has no other offices to be compared with.
        #expect(
            DataChecks.outliers(indicators: indicators, values: try Self.series("a", [200, 210, 220, 9000])).isEmpty
        )
        // With the others, the same 9000 is far from both.
        let found = DataChecks.outliers(
            indicators: indicators,
            values: try Self.series("a", [200, 210, 220, 9000]) + Self.neighbours(months: 4)
        )
        #expect(found.map(\.value) == [9000])
    }

    @Test func bothComparisonsMustFindItFar() throws {
        let indicators = [Self.indicator("JD01", frequency: .quarter)]
        func quarter(_ office: String, _ numbers: [Double]) throws -> [IndicatorValue] {
            try numbers.enumerated().map { try Self.value(office, "JD01", "2021Q\($0.offset + 1)", $0.element) }
        }
        // a's 2021Q4 (400) is far from its own 10, 12, 11, but the other offices' 2021Q4 are near it.
        let near =
            try quarter("a", [10, 12, 11, 400]) + quarter("b", [1, 1, 1, 390]) + quarter("c", [2, 2, 2, 410])
            + quarter("d", [3, 3, 3, 395])
        #expect(DataChecks.outliers(indicators: indicators, values: near).filter { $0.office == "a" }.isEmpty)
        // Far from both.
        let far =
            try quarter("a", [10, 12, 11, 400]) + quarter("b", [1, 1, 1, 9]) + quarter("c", [2, 2, 2, 11])
            + quarter("d", [3, 3, 3, 10])
        let found = DataChecks.outliers(indicators: indicators, values: far)
        #expect(found.map(\.office) == ["a"])
        #expect(found.first?.othersMedian == 10)
    }
}
