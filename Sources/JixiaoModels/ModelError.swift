/// An error raised while parsing or checking a domain value: money, a period, a code.
///
/// The `description` is written for a clerk: it quotes the input and says what was expected.
public struct ModelError: CodedError, Hashable {
    /// What kind of value was wrong.
    public struct Code: ErrorCodeType {
        public typealias Owner = ModelError
        private enum Base: String, Hashable, Sendable {
            case invalidMoney, invalidPeriod, invalidValue, invalidFormula
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// Text that is not an amount of money.
        public static let invalidMoney = Code(.invalidMoney)
        /// Text that is not a period.
        public static let invalidPeriod = Code(.invalidPeriod)
        /// A value outside its allowed set.
        public static let invalidValue = Code(.invalidValue)
        /// A formula that does not parse.
        public static let invalidFormula = Code(.invalidFormula)

        public var description: String { base.rawValue }
    }

    /// What kind of value was wrong.
    public let code: Code
    /// The human message, quoting the offending input.
    public let message: String
    /// Always `nil`: a domain value's error wraps nothing.
    public var underlying: (any Error & Sendable)? { nil }

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
        ModelError(.invalidFormula, tr("model.formula-invalid", ["formula": formula, "reason": reason]))
    }

    public var description: String { message }

    public static func == (lhs: ModelError, rhs: ModelError) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
    }
}
