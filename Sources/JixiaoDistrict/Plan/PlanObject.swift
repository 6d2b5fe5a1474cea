import JixiaoModels

/// One JSON object of a plan being read, with its location; reads fields and records problems instead of stopping.
struct PlanObject {
    let fields: [String: JSONValue]
    let location: String
    private let allowed: [String]

    /// Wraps `value` if it is an object; otherwise records a problem and returns `nil`.
    init?(_ value: JSONValue, at location: String, allowed: [String], problems: inout [PlanProblem]) {
        guard case .object(let fields) = value else {
            problems.append(PlanProblem(location: location, message: tr("plan.not-object", ["type": value.typeName])))
            return nil
        }
        self.fields = fields
        self.location = location
        self.allowed = allowed
        for key in fields.keys.sorted() where !allowed.contains(key) {
            problems.append(
                PlanProblem(
                    location: location,
                    message: tr("plan.unknown-field", ["key": key, "allowed": allowed.joined(separator: ", ")])
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
            problems.append(problem(tr("plan.field-missing", ["key": key])))
            return nil
        }
        guard let text = optionalText(key, &problems) else { return nil }
        guard !text.isEmpty else {
            problems.append(problem(tr("plan.field-empty", ["key": key])))
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
            problems.append(problem(tr("plan.not-text", ["key": key, "type": other.typeName])))
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
                    problems.append(problem(tr("plan.not-text", ["key": "\(key)[\(index)]", "type": item.typeName])))
                    return nil
                }
                result.append(text.trimmingSpaces())
            }
            return result
        case let other?:
            problems.append(problem(tr("plan.not-text-list", ["key": key, "type": other.typeName])))
            return nil
        }
    }

    /// A list of values (possibly empty when absent and not required); `nil` after recording a problem.
    func list(_ key: String, required: Bool, _ problems: inout [PlanProblem]) -> [JSONValue]? {
        switch fields[key] {
        case nil, .null?:
            if required { problems.append(problem(tr("plan.field-missing", ["key": key]))) }
            return required ? nil : []
        case .array(let items)?: return items
        case let other?:
            problems.append(problem(tr("plan.not-list", ["key": key, "type": other.typeName])))
            return nil
        }
    }

    /// A required number; `nil` after recording a problem.
    func number(_ key: String, _ problems: inout [PlanProblem]) -> Double? {
        switch fields[key] {
        case nil, .null?:
            problems.append(problem(tr("plan.field-missing", ["key": key])))
            return nil
        case .number(let number)?: return number
        case .string(let text)?:
            if let number = Double(text.trimmingSpaces()), number.isFinite { return number }
            problems.append(problem(tr("plan.not-number", ["key": key, "text": text])))
            return nil
        case let other?:
            problems.append(problem(tr("plan.number-type", ["key": key, "type": other.typeName])))
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
            problems.append(problem(tr("plan.field-missing", ["key": key])))
            return nil
        case .string(let text)?:
            do {
                let money = try Money(parsing: text)
                guard money.fen >= 0 else {
                    problems.append(problem(tr("plan.money-negative", ["key": key, "text": text])))
                    return nil
                }
                return money
            } catch {
                problems.append(
                    problem(tr("plan.not-money", ["key": key, "reason": "\(error)"]))
                )
                return nil
            }
        case .number(let number)?:
            problems.append(
                problem(tr("plan.money-number", ["key": key, "number": PlanNumber.text(number)]))
            )
            return nil
        case let other?:
            problems.append(problem(tr("plan.money-type", ["key": key, "type": other.typeName])))
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
