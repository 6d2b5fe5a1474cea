/// An error raised while parsing or checking a domain value: money, a period, a code.
///
/// The `description` is written for a clerk: it quotes the input and says what was expected.
public struct ModelError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case invalidMoney
        case invalidPeriod
        case invalidValue
        case invalidFormula
    }

    private let code: Code
    /// The human message, quoting the offending input.
    public let message: String

    private init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// Text that is not an amount of money.
    public static func invalidMoney(_ message: String) -> ModelError { ModelError(.invalidMoney, message) }
    /// Text that is not a period (`2021`, `2021Q2`, `2021-06`).
    public static func invalidPeriod(_ message: String) -> ModelError { ModelError(.invalidPeriod, message) }
    /// A value outside its allowed set (a direction, a section, a kind…).
    public static func invalidValue(_ message: String) -> ModelError { ModelError(.invalidValue, message) }

    /// A formula that is not arithmetic over codes and numbers: quotes the formula, then says why.
    public static func invalidFormula(_ formula: String, _ reason: String) -> ModelError {
        ModelError(.invalidFormula, "formula \"\(formula)\" is not valid: \(reason)")
    }

    public var description: String { message }

    public static func == (lhs: ModelError, rhs: ModelError) -> Bool { lhs.code == rhs.code && lhs.message == rhs.message }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
    }
}
