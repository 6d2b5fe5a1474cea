import Testing

@testable import JixiaoReports

@Suite("Formula expressions")
struct FormulaTests {
    static let values: [String: Double] = ["JD28": 2767, "JD29": 2738, "A": 2, "B": 0, "JD-1": 10, "X.1": 4]

    @Test(arguments: [
        ("JD29 / JD28 * 100", 2738.0 / 2767 * 100),
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("-A + 5", 3),
        ("10 - 4 - 3", 3),
        ("12 / 4 / 3", 1),
        ("JD-1 - A", 8),
        ("X.1 * 2.5", 10),
        ("（A＋1）", 3),
    ])
    func evaluates(_ text: String, _ expected: Double) throws {
        let formula = try FormulaExpression(parsing: text.replacing("＋", with: "+"), knownCodes: Set(Self.values.keys))
        let result = try #require(formula.evaluate { Self.values[$0] })
        #expect(abs(result - expected) < 1e-9)
    }

    @Test func divisionByZeroHasNoValue() throws {
        let formula = try FormulaExpression(parsing: "A / B * 100", knownCodes: ["A", "B"])
        #expect(formula.evaluate { Self.values[$0] } == nil)
    }

    @Test func missingReferenceHasNoValue() throws {
        let formula = try FormulaExpression(parsing: "A / C", knownCodes: ["A"])
        #expect(formula.references == ["A", "C"])
        #expect(formula.evaluate { Self.values[$0] } == nil)
    }

    @Test(arguments: [
        "", "1 +", "(1 + 2", "1 2", "A ^ 2", "sqrt(4)", "1..2", "A; rm -rf", String(repeating: "(", count: 100) + "1",
    ])
    func refusesNonArithmetic(_ text: String) {
        #expect(throws: ReportError.self) { try FormulaExpression(parsing: text, knownCodes: ["A"]) }
    }

    @Test func errorSaysWhatIsAllowed() {
        do {
            _ = try FormulaExpression(parsing: "A ^ 2")
            Issue.record("should have thrown")
        } catch {
            #expect(String(describing: error).contains("+ - * /"))
        }
    }
}
