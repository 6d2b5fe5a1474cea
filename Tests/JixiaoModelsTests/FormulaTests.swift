import Testing

@testable import JixiaoModels

@Suite struct FormulaTests {
    static let values: [String: Double] = [
        "JD28": 2767, "JD29": 2737.9465, "A": 2, "B": 0, "JD-1": 10, "X.1": 4,
    ]

    @Test(arguments: [
        ("JD29 / JD28 * 100", 2737.9465 / 2767 * 100),
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9.0),
        ("10 - 4 - 3", 3.0),
        ("12 / 3 / 2", 2.0),
        ("12 / 4 / 3", 1.0),
        ("-JD28 + 3000", 233.0),
        ("-A + 5", 3.0),
        ("+A", 2.0),
        ("0.5 * (JD29 + JD28)", 2752.47325),
        ("JD-1 - A", 8.0),
        ("X.1 * 2.5", 10.0),
        ("（A + 1）", 3.0),
        ("A × 3 ÷ 4", 1.5),
        ("A\n+\r1", 3.0),
    ])
    func evaluates(text: String, expected: Double) throws {
        let formula = try Formula(parsing: text, knownCodes: Set(Self.values.keys))
        let result = try #require(formula.evaluate { Self.values[$0] })
        #expect(abs(result - expected) < 1e-9)
        #expect(formula.evaluate(Self.values) == result)
    }

    @Test func listsCodesOnceInOrder() throws {
        let formula = try Formula(parsing: "(LT_02 + LT.01) / LT_02 * 100")
        #expect(formula.codes == ["LT_02", "LT.01"])
    }

    @Test func unknownCodeWithMinusIsSubtraction() throws {
        let formula = try Formula(parsing: "JD-1 - A")
        #expect(formula.codes == ["JD", "A"])
        #expect(formula.evaluate(["JD": 5, "A": 2]) == 2)
    }

    @Test func missingValueOrDivisionByZeroGivesNil() throws {
        let formula = try Formula(parsing: "A / B")
        #expect(formula.evaluate { $0 == "A" ? 1 : nil } == nil)
        #expect(formula.evaluate { $0 == "A" ? 1 : 0 } == nil)
        let scaled = try Formula(parsing: "A / B * 100", knownCodes: ["A", "B"])
        #expect(scaled.evaluate(Self.values) == nil)
    }

    @Test func missingCodeIsListedAndHasNoValue() throws {
        let formula = try Formula(parsing: "A / C", knownCodes: ["A"])
        #expect(formula.codes == ["A", "C"])
        #expect(formula.evaluate(Self.values) == nil)
    }

    @Test(arguments: [
        ("", "the formula is empty"),
        ("JD01 +", "the formula ends where a number, a code or \"(\" was expected"),
        ("(JD01 + 2", "\"(\" at character 1 is never closed"),
        ("JD01 JD02", "unexpected code \"JD02\" at character 6"),
        ("JD01 % 2", "unexpected \"%\" at character 6; use numbers, indicator codes, + - * / and parentheses"),
        ("1.2.3", "\"1.2.3\" at character 1 is not a number"),
        ("2JD", "\"2J\" at character 1: a code must start with a letter"),
        ("* 3", "unexpected \"*\" at character 1 where a number, a code or \"(\" was expected"),
        ("3 )", "unexpected \")\" at character 3"),
        (String(repeating: "(", count: 100) + "1", "the formula nests more than 64 levels deep at character 65"),
    ])
    func refusesBadSyntax(text: String, message: String) {
        do {
            _ = try Formula(parsing: text)
            Issue.record("\(text) was accepted")
        } catch {
            #expect("\(error)" == "formula \"\(text)\" is not valid: \(message)")
        }
    }

    @Test(arguments: [
        "", "1 +", "(1 + 2", "1 2", "A ^ 2", "sqrt(4)", "1..2", "A; rm -rf", String(repeating: "(", count: 100) + "1",
    ])
    func refusesNonArithmetic(_ text: String) {
        #expect(throws: ModelError.self) { try Formula(parsing: text, knownCodes: ["A"]) }
    }

    @Test func errorSaysWhatIsAllowed() {
        do {
            _ = try Formula(parsing: "A ^ 2")
            Issue.record("should have thrown")
        } catch {
            #expect(String(describing: error).contains("+ - * /"))
        }
    }
}
