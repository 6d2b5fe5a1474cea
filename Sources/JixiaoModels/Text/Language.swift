/// The language messages, help and table headers are shown in: Chinese (`zh`) or English (`en`).
///
/// Chosen once per process, before the command line is parsed (help texts are read when the commands are set
/// up): `--lang zh|en` first, then `$JIXIAO_LANG`, then the locale, POSIX style: the first non-empty of
/// `LC_ALL`, `LC_MESSAGES` and `LANG`; a locale `zh_*` (`zh_CN.UTF-8`, `zh_TW`) is Chinese, anything else English.
public enum Language: String, Sendable, CaseIterable {
    /// 简体中文.
    case zh
    /// English.
    case en

    /// The language of this process. Set once by the executable's `main` before anything else runs (so before
    /// any task could read it), read-only afterwards; English until then (as in the libraries' tests).
    nonisolated(unsafe) public static var current: Language = .en

    /// A `--lang` or `$JIXIAO_LANG` value: `zh` or `en` (case-insensitive), or `nil` for anything else.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "zh", "zh_cn", "zh-cn", "chinese", "中文": self = .zh
        case "en", "english": self = .en
        default: return nil
        }
    }

    /// The language a POSIX locale environment asks for: the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// decides; `zh` or `zh_…`/`zh.…`/`zh@…` is Chinese, anything else (including none) English.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        let name = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let name else { return .en }
        let language = name.split(whereSeparator: { "_.@-".contains($0) }).first.map(String.init) ?? name
        return language.lowercased() == "zh" ? .zh : .en
    }

    /// What `main` found: the language to use and the arguments left for the parser.
    public struct Choice: Sendable, Equatable {
        /// The language the process speaks.
        public var language: Language
        /// The arguments without `--lang VALUE` / `--lang=VALUE`.
        public var arguments: [String]

        /// - Parameters: the language and the arguments left.
        public init(language: Language, arguments: [String]) {
            self.language = language
            self.arguments = arguments
        }
    }

    /// A `--lang` value that is neither `zh` nor `en`: the misuse message (in the language otherwise chosen).
    public struct UnknownLanguage: Error, Sendable, Equatable, CustomStringConvertible {
        /// The value given.
        public var value: String

        /// - Parameter value: the value given.
        public init(value: String) { self.value = value }

        public var description: String { tr("lang.unknown", ["value": value]) }
    }

    /// Picks the language from `arguments` (`--lang`, before any `--`) and `environment`, and removes `--lang`
    /// from the arguments so that the parser never sees it (every command accepts it).
    ///
    /// - Throws: ``UnknownLanguage`` for a `--lang` value other than `zh`/`en` (or a `--lang` without a value).
    public static func choose(arguments: [String], environment: [String: String]) throws -> Choice {
        var language = environment["JIXIAO_LANG"].flatMap(Language.init(argument:)) ?? fromLocale(environment)
        var rest: [String] = []
        var requested: String?
        var index = arguments.startIndex
        var scanning = true
        while index < arguments.endIndex {
            let argument = arguments[index]
            if scanning && argument == "--" { scanning = false }
            if scanning && argument == "--lang" {
                let next = arguments.index(after: index)
                requested = next < arguments.endIndex ? arguments[next] : ""
                index = next < arguments.endIndex ? arguments.index(after: next) : next
                continue
            }
            if scanning && argument.hasPrefix("--lang=") {
                requested = String(argument.dropFirst("--lang=".count))
            } else {
                rest.append(argument)
            }
            index = arguments.index(after: index)
        }
        if let requested {
            guard let chosen = Language(argument: requested) else {
                current = language
                throw UnknownLanguage(value: requested)
            }
            language = chosen
        }
        return Choice(language: language, arguments: rest)
    }
}
