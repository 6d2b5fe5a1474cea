/// A recursive-descent parser over formula tokens (see `Formula` for the grammar).
struct FormulaParser {
    /// Why a formula does not parse; `Formula` turns it into a `ModelError` quoting the formula.
    struct Failure: Error {
        let reason: String
    }

    private let tokens: [FormulaToken]
    private var index = 0
    private var depth = 0

    init(tokens: [FormulaToken]) { self.tokens = tokens }

    /// Parses the whole token list as one expression.
    mutating func parseAll() throws(Failure) -> Formula.Expression {
        guard !tokens.isEmpty else { throw Failure(reason: tr("formula.empty")) }
        let expression = try parseExpression()
        if index < tokens.count {
            throw Failure(
                reason: tr(
                    "formula.unexpected",
                    ["token": describe(tokens[index]), "position": "\(tokens[index].position)"]
                )
            )
        }
        return expression
    }

    private mutating func parseExpression() throws(Failure) -> Formula.Expression {
        var lhs = try parseTerm()
        while let op = peekOperator(["+", "-"]) {
            index += 1
            lhs = .binary(op, lhs, try parseTerm())
        }
        return lhs
    }

    private mutating func parseTerm() throws(Failure) -> Formula.Expression {
        var lhs = try parseFactor()
        while let op = peekOperator(["*", "/"]) {
            index += 1
            lhs = .binary(op, lhs, try parseFactor())
        }
        return lhs
    }

    private mutating func parseFactor() throws(Failure) -> Formula.Expression {
        guard index < tokens.count else {
            throw Failure(reason: tr("formula.ends-early"))
        }
        let token = tokens[index]
        depth += 1
        defer { depth -= 1 }
        guard depth <= Formula.maximumDepth else {
            throw Failure(
                reason: tr(
                    "formula.too-deep",
                    ["depth": "\(Formula.maximumDepth)", "position": "\(token.position)"]
                )
            )
        }
        index += 1
        switch token.kind {
        case .number(let number): return .number(number)
        case .code(let code): return .code(code)
        case .symbol("-"): return .negate(try parseFactor())
        case .symbol("+"): return try parseFactor()
        case .symbol("("):
            let inner = try parseExpression()
            guard index < tokens.count, tokens[index].kind == .symbol(")") else {
                throw Failure(reason: tr("formula.unclosed", ["position": "\(token.position)"]))
            }
            index += 1
            return inner
        case .symbol:
            throw Failure(
                reason: tr("formula.unexpected-operand", ["token": describe(token), "position": "\(token.position)"])
            )
        }
    }

    private func peekOperator(_ allowed: [Character]) -> Formula.Operator? {
        guard index < tokens.count, case .symbol(let c) = tokens[index].kind, allowed.contains(c) else { return nil }
        return Formula.Operator(rawValue: c)
    }

    private func describe(_ token: FormulaToken) -> String {
        switch token.kind {
        case .number(let n): tr("formula.token.number", ["number": "\(n)"])
        case .code(let code): tr("formula.token.code", ["code": code])
        case .symbol(let c): "\"\(c)\""
        }
    }
}
