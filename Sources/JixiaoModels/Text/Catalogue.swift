/// The one catalogue of what Jixiao says to people, in Chinese and English, by key.
///
/// Keys are dotted (`street.sync.abstract`, `error.port-in-use`); placeholders are `{name}`, filled by
/// ``tr(_:_:)``. Both languages of an entry have the same placeholders (`CatalogueTests` checks that, and that
/// every key the sources use is here). The entries live in `Catalogue+*.swift`, one file per area.
public enum Catalogue {
    /// One text in both languages.
    public struct Entry: Sendable {
        /// Simplified Chinese.
        public var zh: String
        /// English.
        public var en: String
        /// English when the placeholder `n` is 1 ("1 row" against "{n} rows"); Chinese needs no such form.
        public var enOne: String?

        /// - Parameters: the text in each language; `enOne` is English for a count `{n}` of 1.
        public init(zh: String, en: String, enOne: String? = nil) {
            self.zh = zh
            self.en = en
            self.enOne = enOne
        }

        /// The text in `language` for these arguments (before the placeholders are filled).
        func text(_ language: Language, _ arguments: [String: String]) -> String {
            switch language {
            case .zh: zh
            case .en: arguments["n"] == "1" ? (enOne ?? en) : en
            }
        }
    }

    /// Every entry, by key: the areas' tables merged (a key in two of them is a programmer error).
    public static let entries: [String: Entry] = {
        var all: [String: Entry] = [:]
        for table in areas {
            all.merge(table) { first, _ in preconditionFailure("a catalogue key is defined twice: \(first.en)") }
        }
        return all
    }()

    /// The areas' tables.
    static let areas: [[String: Entry]] = [
        general, streetHelp, districtHelp, messages, headers, errors, review, checks,
    ]

    /// The entry's text in `language` with `{name}` placeholders filled; the key itself when it has no entry
    /// (`CatalogueTests` makes sure none is missing).
    public static func text(_ key: String, _ arguments: [String: String] = [:], in language: Language) -> String {
        guard let entry = entries[key] else { return key }
        var text = entry.text(language, arguments)
        for (name, value) in arguments {
            text = text.replacingAll("{\(name)}", with: value)
        }
        return text
    }

    /// The `{name}` placeholders of `text`.
    public static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty && name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                names.insert(String(name))
            }
            rest = after[after.index(after: close)...]
        }
        return names
    }
}

/// The catalogue's text for `key` in the process's language (``Language/current``), placeholders filled.
///
/// ```swift
/// tr("office.unknown", ["code": code, "known": known])
/// ```
public func tr(_ key: String, _ arguments: [String: String] = [:]) -> String {
    Catalogue.text(key, arguments, in: Language.current)
}

/// The catalogue's text for `key` in `language`, placeholders filled: for a text that must be in one language
/// whatever the process's is.
public func tr(_ key: String, _ arguments: [String: String] = [:], in language: Language) -> String {
    Catalogue.text(key, arguments, in: language)
}

extension String {
    /// Every occurrence of `target` replaced (Models does not import Foundation).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
