/// An arithmetic formula over indicator codes and numbers, e.g. `JD29 / JD28 * 100`.
///
/// Grammar (usual precedence, left to right):
///
///     expression = term { ("+" | "-") term }
///     term       = factor { ("*" | "/") factor }
///     factor     = number | code | "(" expression ")" | "-" factor
///
/// A number is digits with an optional fraction (`100`, `0.5`). A code starts with an ASCII letter and goes on
/// with letters, digits, `_` and `.` (so codes containing `-` cannot be named in a formula: `-` is minus).
/// The type is pure and has no dependencies, so the report writer can evaluate the same formulas.
public struct Formula: Hashable, Sendable, CustomStringConvertible {
    /// A parsed expression.
    public indirect enum Expression: Hashable, Sendable {
        case number(Double)
        case code(String)
        case negate(Expression)
        case binary(Operator, Expression, Expression)
    }

    /// The four operators.
    public enum Operator: Character, Hashable, Sendable {
        case add = "+"
        case subtract = "-"
        case multiply = "*"
        case divide = "/"
    }

    /// The formula as written.
    public let text: String
    /// The parsed expression.
    public let expression: Expression

    /// Parses `text`.
    /// - Throws: `DistrictError.invalidInput` saying what was expected and at which character.
    public init(parsing text: String) throws {
        var parser = FormulaParser(tokens: try FormulaToken.tokenize(text))
        self.text = text
        self.expression = try parser.parseAll()
    }

    /// The codes the formula names, each once, in order of first appearance.
    public var codes: [String] {
        var seen: Set<String> = []
        var result: [String] = []
        func walk(_ expression: Expression) {
            switch expression {
            case .number: break
            case .code(let code):
                if seen.insert(code).inserted { result.append(code) }
            case .negate(let inner): walk(inner)
            case .binary(_, let lhs, let rhs):
                walk(lhs)
                walk(rhs)
            }
        }
        walk(expression)
        return result
    }

    /// Evaluates the formula.
    /// - Parameter value: the value of a code, `nil` when unknown.
    /// - Returns: the result, or `nil` when a code has no value, a division is by zero or the result is not finite.
    public func evaluate(_ value: (String) -> Double?) -> Double? {
        func eval(_ expression: Expression) -> Double? {
            switch expression {
            case .number(let number): return number
            case .code(let code): return value(code)
            case .negate(let inner): return eval(inner).map { -$0 }
            case .binary(let op, let lhs, let rhs):
                guard let a = eval(lhs), let b = eval(rhs) else { return nil }
                switch op {
                case .add: return a + b
                case .subtract: return a - b
                case .multiply: return a * b
                case .divide: return b == 0 ? nil : a / b
                }
            }
        }
        guard let result = eval(expression), result.isFinite else { return nil }
        return result
    }

    public var description: String { text }
}
