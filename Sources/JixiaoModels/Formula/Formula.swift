/// An arithmetic formula over indicator codes and numbers, e.g. `JD29 / JD28 * 100`.
///
/// Grammar (usual precedence, left to right):
///
///     expression = term { ("+" | "-") term }
///     term       = factor { ("*" | "/") factor }
///     factor     = number | code | "(" expression ")" | "-" factor | "+" factor
///
/// A number is digits with an optional fraction (`100`, `0.5`). A code starts with an ASCII letter and goes on
/// with letters, digits, `_` and `.`; a code passed in `knownCodes` is read as a whole, so a known `JD-1` can be
/// named (otherwise `-` is minus). `×`, `÷` and full-width parentheses, as Chinese documents write them, mean
/// `*`, `/` and parentheses. Nesting is bounded by `maximumDepth`.
///
/// Parsing never evaluates anything but arithmetic: there are no functions and no names other than codes. The
/// district checks plans with it and the report writer evaluates the same formulas.
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

    /// The deepest nesting accepted; real formulas use two or three levels.
    public static let maximumDepth = 64

    /// The formula as written.
    public let text: String
    /// The parsed expression.
    public let expression: Expression

    /// Parses `text`.
    /// - Parameters:
    ///   - text: the formula.
    ///   - knownCodes: codes that are read as a whole even when they contain `-` (longest first).
    /// - Throws: `ModelError` quoting the formula and saying what was expected at which character.
    public init(parsing text: String, knownCodes: Set<String> = []) throws {
        do throws(FormulaParser.Failure) {
            var parser = FormulaParser(tokens: try FormulaToken.tokenize(text, knownCodes: knownCodes))
            self.expression = try parser.parseAll()
        } catch {
            throw ModelError.invalidFormula(text, error.reason)
        }
        self.text = text
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
    /// - Returns: the result, or `nil` when a code has no value, a division is by zero or the result is not finite
    ///   (so a report shows "no value" instead of infinity).
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

    /// Evaluates the formula over values by code.
    /// - Parameter values: the value of each code that has one.
    /// - Returns: as `evaluate(_:)`: `nil` for a missing value, a division by zero or a non-finite result.
    public func evaluate(_ values: [String: Double]) -> Double? {
        evaluate { values[$0] }
    }

    public var description: String { text }
}
