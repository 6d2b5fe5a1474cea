/// A validation rule across a project's figures (as DHIS2 has them): two formulas and a comparison that must hold,
/// e.g. `JD03 <= JD02` (移送起诉 ≤ 刑事拘留) or `spending.XC <= 3000000` (禁毒宣传's spending stays within 300万元).
///
/// Each side is a `Formula` whose codes are the project's indicator codes and four names for money, in 元:
/// `spending` (all the project's spending), `spending.CAT` (the spending in category `CAT`), `budget` (the funds'
/// 全年预算数 added up) and `budget.FUND` (one fund's 全年预算数). The comparison is one of `<=` (`≤`), `<`, `>=`
/// (`≥`), `>`, `=` (`==`, `＝`). A rule never refuses data: a value that breaks it is listed (`district status`,
/// the report's 数据说明) and the office's import warns. See `Docs/PlanFormat.md` (Validation rules).
public struct ValidationRule: Hashable, Sendable, CustomStringConvertible {
    /// How the two sides compare.
    public enum Comparison: String, Hashable, Sendable, CaseIterable {
        case lessOrEqual = "<="
        case less = "<"
        case greaterOrEqual = ">="
        case greater = ">"
        case equal = "="

        /// Whether `lhs` and `rhs` compare this way; equality allows a rounding error of 1e-9 of the larger side.
        public func holds(_ lhs: Double, _ rhs: Double) -> Bool {
            let tolerance = 1e-9 * Swift.max(1, Swift.abs(lhs), Swift.abs(rhs))
            switch self {
            case .lessOrEqual: return lhs <= rhs + tolerance
            case .less: return lhs < rhs - tolerance
            case .greaterOrEqual: return lhs >= rhs - tolerance
            case .greater: return lhs > rhs + tolerance
            case .equal: return Swift.abs(lhs - rhs) <= tolerance
            }
        }
    }

    /// The name for all of a project's spending, in 元.
    public static let spending = "spending"
    /// The name for the funds' 全年预算数 added up, in 元.
    public static let budget = "budget"

    /// The rule as written.
    public let text: String
    /// The left side.
    public let left: Formula
    /// How the sides compare.
    public let comparison: Comparison
    /// The right side.
    public let right: Formula

    /// Parses `text`: one comparison between two formulas.
    /// - Parameter knownCodes: codes read as a whole even when they contain `-` (see `Formula`).
    /// - Throws: `ModelError.invalidValue` when there is no comparison or more than one, or a side does not parse.
    public init(parsing text: String, knownCodes: Set<String> = []) throws {
        let characters = Array(text)
        var found: [(index: Int, length: Int, comparison: Comparison)] = []
        var index = 0
        while index < characters.count {
            let c = characters[index]
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            switch c {
            case "<" where next == "=":
                found.append((index, 2, .lessOrEqual))
                index += 1
            case ">" where next == "=":
                found.append((index, 2, .greaterOrEqual))
                index += 1
            case "=" where next == "=":
                found.append((index, 2, .equal))
                index += 1
            case "<": found.append((index, 1, .less))
            case ">": found.append((index, 1, .greater))
            case "≤": found.append((index, 1, .lessOrEqual))
            case "≥": found.append((index, 1, .greaterOrEqual))
            case "=", "＝": found.append((index, 1, .equal))
            default: break
            }
            index += 1
        }
        guard found.count == 1, let split = found.first else {
            throw ModelError.invalidValue(tr("rule.one-comparison", ["rule": text]))
        }
        let lhs = String(characters[..<split.index])
        let rhs = String(characters[(split.index + split.length)...])
        do {
            left = try Formula(parsing: lhs, knownCodes: knownCodes)
            right = try Formula(parsing: rhs, knownCodes: knownCodes)
        } catch let error as ModelError {
            throw ModelError.invalidValue(tr("rule.invalid", ["rule": text, "reason": error.message]))
        }
        comparison = split.comparison
        self.text = text
    }

    /// The codes both sides name, each once, left side first.
    public var codes: [String] {
        var seen: Set<String> = []
        return (left.codes + right.codes).filter { seen.insert($0).inserted }
    }

    /// The indicator codes the rule names (every code but the money names).
    public var indicatorCodes: [String] { codes.filter { Self.moneyName($0) == nil } }

    /// Whether the rule names a budget: it is then checked for the whole project, not office by office (a budget
    /// belongs to the project).
    public var namesBudget: Bool {
        codes.contains { if case .budget = Self.moneyName($0) { true } else { false } }
    }

    /// A money name: `spending` / `spending.CAT` or `budget` / `budget.FUND`.
    public enum MoneyName: Hashable, Sendable {
        /// Spending, of one category or (`nil`) all.
        case spending(category: String?)
        /// Budget, of one fund or (`nil`) all.
        case budget(fund: String?)
    }

    /// What a code names when it is a money name, `nil` for an indicator code.
    public static func moneyName(_ code: String) -> MoneyName? {
        if code == spending { return .spending(category: nil) }
        if code == budget { return .budget(fund: nil) }
        if code.hasPrefix(spending + ".") { return .spending(category: String(code.dropFirst(spending.count + 1))) }
        if code.hasPrefix(budget + ".") { return .budget(fund: String(code.dropFirst(budget.count + 1))) }
        return nil
    }

    /// Evaluates both sides.
    /// - Parameter value: the value of a code, `nil` when it has none.
    /// - Returns: the two sides, or `nil` when a side has no value (a code without one, a division by zero): a rule
    ///   that cannot be evaluated is not broken.
    public func sides(_ value: (String) -> Double?) -> (left: Double, right: Double)? {
        guard let lhs = left.evaluate(value), let rhs = right.evaluate(value) else { return nil }
        return (lhs, rhs)
    }

    public var description: String { text }
}
