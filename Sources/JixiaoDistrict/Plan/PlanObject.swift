import JixiaoModels

/// One JSON object of a plan being read, with its location; reads fields and records problems instead of stopping.
struct PlanObject {
    let fields: [String: JSONValue]
    let location: String
    private let allowed: [String]

    /// Wraps `value` if it is an object; otherwise records a problem and returns `nil`.
    init?(_ value: JSONValue, at location: String, allowed: [String], problems: inout [PlanProblem]) {
        guard case .object(let fields) = value else {
            problems.append(PlanProblem(location: location, message: "expected an object, found \(value.typeName)"))
            return nil
        }
        self.fields = fields
        self.location = location
        self.allowed = allowed
        for key in fields.keys.sorted() where !allowed.contains(key) {
            problems.append(
                PlanProblem(
                    location: location,
                    message: "unknown field \"\(key)\" (allowed: \(allowed.joined(separator: ", ")))"
                )
            )
        }
    }

    func problem(_ message: String) -> PlanProblem { PlanProblem(location: location, message: message) }

    /// Whether the field is present and not null.
    func has(_ key: String) -> Bool {
        if let value = fields[key], value != .null { return true }
        return false
    }

    /// A required, non-empty text field (spaces trimmed); `nil` after recording a problem.
    func requiredText(_ key: String, _ problems: inout [PlanProblem]) -> String? {
        guard has(key) else {
            problems.append(problem("\(key) is missing"))
            return nil
        }
        guard let text = optionalText(key, &problems) else { return nil }
        guard !text.isEmpty else {
            problems.append(problem("\(key) is empty"))
            return nil
        }
        return text
    }

    /// An optional text field (spaces trimmed): `""` when absent, `nil` after recording a problem for a wrong type.
    func optionalText(_ key: String, _ problems: inout [PlanProblem]) -> String? {
        switch fields[key] {
        case nil, .null?: return ""
        case .string(let text)?: return text.trimmingSpaces()
        case let other?:
            problems.append(problem("\(key) must be text, found \(other.typeName)"))
            return nil
        }
    }

    /// An optional list of text (each trimmed): `[]` when absent, `nil` after recording a problem.
    func textList(_ key: String, _ problems: inout [PlanProblem]) -> [String]? {
        switch fields[key] {
        case nil, .null?: return []
        case .array(let items)?:
            var result: [String] = []
            for (index, item) in items.enumerated() {
                guard case .string(let text) = item else {
                    problems.append(problem("\(key)[\(index)] must be text, found \(item.typeName)"))
                    return nil
                }
                result.append(text.trimmingSpaces())
            }
            return result
        case let other?:
            problems.append(problem("\(key) must be a list of text, found \(other.typeName)"))
            return nil
        }
    }

    /// A list of values (possibly empty when absent and not required); `nil` after recording a problem.
    func list(_ key: String, required: Bool, _ problems: inout [PlanProblem]) -> [JSONValue]? {
        switch fields[key] {
        case nil, .null?:
            if required { problems.append(problem("\(key) is missing")) }
            return required ? nil : []
        case .array(let items)?: return items
        case let other?:
            problems.append(problem("\(key) must be a list, found \(other.typeName)"))
            return nil
        }
    }

    /// A required number; `nil` after recording a problem.
    func number(_ key: String, _ problems: inout [PlanProblem]) -> Double? {
        switch fields[key] {
        case nil, .null?:
            problems.append(problem("\(key) is missing"))
            return nil
        case .number(let number)?: return number
        case .string(let text)?:
            if let number = Double(text.trimmingSpaces()), number.isFinite { return number }
            problems.append(problem("\(key) \"\(text)\" is not a number"))
            return nil
        case let other?:
            problems.append(problem("\(key) must be a number, found \(other.typeName)"))
            return nil
        }
    }

    /// A required amount of money written as JSON text; `nil` after recording a problem.
    ///
    /// A JSON number is refused: binary floating point cannot hold every amount of fen, and `1277.6` alone does
    /// not say whether it is 元 or 万元.
    func money(_ key: String, _ problems: inout [PlanProblem]) -> Money? {
        switch fields[key] {
        case nil, .null?:
            problems.append(problem("\(key) is missing"))
            return nil
        case .string(let text)?:
            do {
                let money = try Money(parsing: text)
                guard money.fen >= 0 else {
                    problems.append(problem("\(key) \"\(text)\" is negative"))
                    return nil
                }
                return money
            } catch {
                problems.append(
                    problem("\(key) is not money: \(error); write 元 (\"500000\", \"1,234.56\") or 万元 (\"1277.6万\")")
                )
                return nil
            }
        case .number(let number)?:
            problems.append(
                problem(
                    "\(key) is a JSON number (\(PlanNumber.text(number))); write budgets as quoted text, e.g. \"\(PlanNumber.text(number))\" for 元 or \"\(PlanNumber.text(number))万\" for 万元"
                )
            )
            return nil
        case let other?:
            problems.append(problem("\(key) must be quoted money text like \"1277.6万\", found \(other.typeName)"))
            return nil
        }
    }
}

/// Numbers as plan text: `95`, `98.95`, without a needless `.0`.
enum PlanNumber {
    /// The shortest text that reads back as `number`.
    static func text(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }
}
