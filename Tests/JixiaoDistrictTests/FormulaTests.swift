import Testing

@testable import JixiaoDistrict

@Suite struct FormulaTests {
    @Test(arguments: [
        ("JD29 / JD28 * 100", 98.95),
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9.0),
        ("10 - 4 - 3", 3.0),
        ("12 / 3 / 2", 2.0),
        ("-JD28 + 3000", 233.0),
        ("0.5 * (JD29 + JD28)", 2752.47325),
    ])
    func evaluates(text: String, expected: Double) throws {
        let formula = try Formula(parsing: text)
        let values = ["JD28": 2767.0, "JD29": 2737.9465]
        let result = try #require(formula.evaluate { values[$0] })
        #expect(abs(result - expected) < 1e-9)
    }

    @Test func listsCodesOnceInOrder() throws {
        let formula = try Formula(parsing: "(LT_02 + LT.01) / LT_02 * 100")
        #expect(formula.codes == ["LT_02", "LT.01"])
    }

    @Test func missingValueOrDivisionByZeroGivesNil() throws {
        let formula = try Formula(parsing: "A / B")
        #expect(formula.evaluate { $0 == "A" ? 1 : nil } == nil)
        #expect(formula.evaluate { $0 == "A" ? 1 : 0 } == nil)
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
    ])
    func refusesBadSyntax(text: String, message: String) {
        do {
            _ = try Formula(parsing: text)
            Issue.record("\(text) was accepted")
        } catch {
            #expect("\(error)" == message)
        }
    }
}
