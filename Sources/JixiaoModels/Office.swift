/// A street office (街道办) or a district department (禁毒办, 蓝天办) that spends money and reports.
public struct Office: Hashable, Sendable, Codable {
    /// Whether the office is a street office or a district department.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case street
        case department

        /// Parses `street` or `department`.
        /// - Throws: `ModelError.invalidValue` naming the allowed kinds.
        public init(parsing text: String) throws {
            guard let kind = Kind(rawValue: text.trimmingSpaces()) else {
                throw ModelError.invalidValue(tr("model.office-kind-invalid", ["text": text]))
            }
            self = kind
        }
    }

    /// The short code the office signs in with, e.g. `wangluyuan`.
    public var code: String
    /// The office's name, e.g. 望麓园街道.
    public var name: String
    public var kind: Kind
    /// A disabled office cannot sync.
    public var enabled: Bool

    public init(code: String, name: String, kind: Kind, enabled: Bool = true) {
        self.code = code
        self.name = name
        self.kind = kind
        self.enabled = enabled
    }
}

/// Codes (offices, projects, funds, categories, indicators) are short ASCII identifiers.
public enum Code {
    /// Whether `text` is a valid code: 1–40 characters of `A–Z a–z 0–9 _ - .`, starting with a letter or digit.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 40 else { return false }
        func allowed(_ s: Unicode.Scalar) -> Bool {
            (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "_" || s == "-"
                || s == "."
        }
        return allowed(first) && first != "_" && first != "-" && first != "." && text.unicodeScalars.allSatisfy(allowed)
    }

    /// Throws unless `text` is a valid code.
    /// - Parameter what: what the code names, for the message (`office code`).
    public static func check(_ text: String, as what: String) throws {
        guard isValid(text) else {
            throw ModelError.invalidValue(tr("model.not-a-code", ["what": what, "text": text]))
        }
    }
}
