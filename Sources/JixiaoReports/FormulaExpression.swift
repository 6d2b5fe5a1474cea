/// A parsed indicator formula: `+ - * /`, parentheses, numbers and indicator codes, e.g. `JD29 / JD28 * 100`.
///
/// Parsing never evaluates anything but arithmetic: there are no functions, no variables other than indicator
/// codes, and the depth of nesting is bounded. Evaluation yields `nil` when a referenced indicator has no value
/// or a division by zero occurs, so a report shows "no value" instead of infinity.
public struct FormulaExpression: Hashable, Sendable, CustomStringConvertible {
    indirect enum Node: Hashable, Sendable {
        case number(Double)
        case code(String)
        case negate(Node)
        case binary(Character, Node, Node)
    }

    let root: Node
    /// The formula as written.
    public let text: String

    /// The deepest nesting accepted; real formulas use two or three levels.
    static let maximumDepth = 64

    /// Parses a formula.
    ///
    /// - Parameters:
    ///   - text: the formula.
    ///   - knownCodes: indicator codes that may appear. Codes may contain `-` and `.`; a known code is read as a
    ///     whole (so `JD-1 - JD-2` works), any other name is read up to the first character that is not a letter,
    ///     digit, `_` or `.`.
    /// - Throws: `ReportError.invalidFormula` saying where the formula stops making sense.
    public init(parsing text: String, knownCodes: Set<String> = []) throws {
        var parser = try Parser(text: text, knownCodes: knownCodes)
        self.root = try parser.parseWhole()
        self.text = text
    }

    public var description: String { text }

    /// The indicator codes the formula refers to, in order of first appearance.
    public var references: [String] {
        var seen: [String] = []
        func walk(_ node: Node) {
            switch node {
            case .number: break
            case .code(let code): if !seen.contains(code) { seen.append(code) }
            case .negate(let inner): walk(inner)
            case .binary(_, let lhs, let rhs):
                walk(lhs)
                walk(rhs)
            }
        }
        walk(root)
        return seen
    }

    /// Evaluates the formula.
    /// - Parameter value: the value of an indicator code, `nil` when it has none.
    /// - Returns: the result, or `nil` when a referenced value is missing, a division by zero occurs, or the result
    ///   is not finite.
    public func evaluate(_ value: (String) -> Double?) -> Double? {
        func eval(_ node: Node) -> Double? {
            switch node {
            case .number(let n): return n
            case .code(let code): return value(code)
            case .negate(let inner): return eval(inner).map { -$0 }
            case .binary(let op, let lhs, let rhs):
                guard let l = eval(lhs), let r = eval(rhs) else { return nil }
                switch op {
                case "+": return l + r
                case "-": return l - r
                case "*": return l * r
                default: return r == 0 ? nil : l / r
                }
            }
        }
        guard let result = eval(root), result.isFinite else { return nil }
        return result
    }
}

extension FormulaExpression {
    private enum Token: Hashable {
        case number(Double)
        case code(String)
        case symbol(Character)
        case end
    }

    private struct Parser {
        let text: String
        let tokens: [Token]
        var position = 0
        var depth = 0

        init(text: String, knownCodes: Set<String>) throws {
            self.text = text
            self.tokens = try Parser.tokenize(text, knownCodes: knownCodes)
        }

        static func tokenize(_ text: String, knownCodes: Set<String>) throws -> [Token] {
            let characters = Array(text)
            let longestFirst = knownCodes.sorted { $0.count > $1.count }.map(Array.init)
            var tokens: [Token] = []
            var i = 0
            func isNameCharacter(_ c: Character) -> Bool {
                c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == ".")
            }
            while i < characters.count {
                let c = characters[i]
                switch c {
                case " ", "\t", "\n", "\r", "\u{3000}":
                    i += 1
                case "+", "-", "*", "/", "(", ")":
                    tokens.append(.symbol(c))
                    i += 1
                case "×":
                    tokens.append(.symbol("*"))
                    i += 1
                case "÷":
                    tokens.append(.symbol("/"))
                    i += 1
                case "（":
                    tokens.append(.symbol("("))
                    i += 1
                case "）":
                    tokens.append(.symbol(")"))
                    i += 1
                case _ where c.isASCII && (c.isNumber || c == "."):
                    var end = i
                    while end < characters.count, characters[end].isASCII,
                        characters[end].isNumber || characters[end] == "."
                    {
                        end += 1
                    }
                    let literal = String(characters[i..<end])
                    guard let number = Double(literal) else {
                        throw ReportError.invalidFormula(text, "has a malformed number \"\(literal)\"")
                    }
                    tokens.append(.number(number))
                    i = end
                case _ where c.isASCII && c.isLetter:
                    if let known = longestFirst.first(where: { code in
                        i + code.count <= characters.count && Array(characters[i..<i + code.count]) == code
                            && (i + code.count == characters.count || !isNameCharacter(characters[i + code.count]))
                    }) {
                        tokens.append(.code(String(known)))
                        i += known.count
                    } else {
                        var end = i
                        while end < characters.count, isNameCharacter(characters[end]) { end += 1 }
                        tokens.append(.code(String(characters[i..<end])))
                        i = end
                    }
                default:
                    throw ReportError.invalidFormula(text, "has \"\(c)\", which is not allowed")
                }
            }
            tokens.append(.end)
            return tokens
        }

        var current: Token { tokens[position] }

        mutating func parseWhole() throws -> Node {
            guard tokens.count > 1 else { throw ReportError.invalidFormula(text, "is empty") }
            let node = try parseSum()
            guard current == .end else { throw unexpected() }
            return node
        }

        func unexpected() -> ReportError {
            switch current {
            case .end: ReportError.invalidFormula(text, "ends too early")
            case .symbol(let c): ReportError.invalidFormula(text, "has \"\(c)\" where a value was expected")
            case .number(let n): ReportError.invalidFormula(text, "has the number \(n) where an operator was expected")
            case .code(let code): ReportError.invalidFormula(text, "has \"\(code)\" where an operator was expected")
            }
        }

        mutating func parseSum() throws -> Node {
            var node = try parseProduct()
            while case .symbol(let op) = current, op == "+" || op == "-" {
                position += 1
                node = .binary(op, node, try parseProduct())
            }
            return node
        }

        mutating func parseProduct() throws -> Node {
            var node = try parseFactor()
            while case .symbol(let op) = current, op == "*" || op == "/" {
                position += 1
                node = .binary(op, node, try parseFactor())
            }
            return node
        }

        mutating func parseFactor() throws -> Node {
            depth += 1
            defer { depth -= 1 }
            guard depth <= FormulaExpression.maximumDepth else {
                throw ReportError.invalidFormula(text, "nests too deeply")
            }
            switch current {
            case .number(let n):
                position += 1
                return .number(n)
            case .code(let code):
                position += 1
                return .code(code)
            case .symbol("-"):
                position += 1
                return .negate(try parseFactor())
            case .symbol("+"):
                position += 1
                return try parseFactor()
            case .symbol("("):
                position += 1
                let inner = try parseSum()
                guard current == .symbol(")") else {
                    throw ReportError.invalidFormula(text, "has a \"(\" without its \")\"")
                }
                position += 1
                return inner
            default:
                throw unexpected()
            }
        }
    }
}
