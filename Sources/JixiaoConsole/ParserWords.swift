import ArgumentParser
import Foundation
import JixiaoModels

/// swift-argument-parser's own words in its help and refusals (`USAGE:`, `OPTIONS:`, `Show help information.`,
/// `Error: Unknown option '--x'`), in the process's language. The library writes them in English only; the texts
/// the commands give it (abstracts, option help) come from the catalogue already.
///
/// The help's layout is the library's: only whole headers at the start of a line and whole phrases are replaced, so
/// the option column stays aligned and a completion script or JSON dump is left as it is.
public enum ParserWords {
    /// `text` (help or an error message written by the library) with its own words in `language`.
    public static func translated(_ text: String, to language: Language) -> String {
        guard language == .zh else { return text }
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(translated(line: String(line)))
        }
        return lines.joined(separator: "\n")
    }

    private static func translated(line: String) -> String {
        var line = line
        for (header, text) in headers where line.hasPrefix(header) {
            line = text + line.dropFirst(header.count)
            break
        }
        if let match = line.wholeMatch(of: /\ \ See '(.+) help <subcommand>' for detailed help\./) {
            return tr("parser.see-help-subcommand", ["command": String(match.1)], in: .zh)
        }
        if let match = line.wholeMatch(of: /\ \ See '(.+)' for more information\./) {
            return tr("parser.see-help", ["command": String(match.1)], in: .zh)
        }
        // english: the library's own words, matched to be replaced
        line = line.replacingOccurrences(of: "Show help information.", with: tr("parser.help", in: .zh))
        line = line.replacingOccurrences(of: "Show the version.", with: tr("parser.version", in: .zh))
        if let match = line.firstMatch(of: /\ ?\(default: (.*)\)$/) {
            line.replaceSubrange(match.range, with: tr("parser.default", ["value": String(match.1)], in: .zh))
        }
        if let match = line.firstMatch(of: /Unknown option '([^']*)'/) {
            line.replaceSubrange(match.range, with: tr("parser.unknown-option", ["name": String(match.1)], in: .zh))
        } else if let match = line.firstMatch(of: /Missing expected argument '([^']*)'/) {
            line.replaceSubrange(match.range, with: tr("parser.missing-argument", ["name": String(match.1)], in: .zh))
        } else if let match = line.firstMatch(of: /Unexpected argument '([^']*)'/) {
            line.replaceSubrange(
                match.range,
                with: tr("parser.unexpected-argument", ["name": String(match.1)], in: .zh)
            )
        } else if let match = line.firstMatch(of: /Missing value for '([^']*)'/) {
            line.replaceSubrange(match.range, with: tr("parser.missing-value", ["name": String(match.1)], in: .zh))
        } else if let match = line.firstMatch(of: /The value '([^']*)' is invalid for '([^']*)'/) {
            line.replaceSubrange(
                match.range,
                with: tr("parser.invalid-value", ["value": String(match.1), "name": String(match.2)], in: .zh)
            )
        }
        return line
    }

    /// Line starts and their Chinese (the library's other refusals stay in English).
    private static let headers: [(String, String)] = [
        ("OVERVIEW: ", tr("parser.overview", in: .zh)), ("USAGE: ", tr("parser.usage", in: .zh)),
        ("ARGUMENTS:", tr("parser.arguments", in: .zh)), ("OPTIONS:", tr("parser.options", in: .zh)),
        ("SUBCOMMANDS:", tr("parser.subcommands", in: .zh)), ("Error: ", tr("parser.error", in: .zh)),
        ("Usage: ", tr("parser.usage-short", in: .zh)), ("Help: ", tr("parser.help-line", in: .zh)),
    ]
}

extension AsyncParsableCommand {
    /// The executable's entry point: picks the language (`--lang`, `$JIXIAO_LANG`, the locale) before the parser
    /// reads any help text, then parses the command line without `--lang` and runs the command, as the library's
    /// `main()` does, with its own words in that language (``ParserWords``): help on standard output and status 0,
    /// a refusal on standard error with the library's status.
    public static func mainInLanguage() async -> Never {
        let arguments: [String]
        do {
            let choice = try Language.choose(
                arguments: Array(CommandLine.arguments.dropFirst()),
                environment: ProcessInfo.processInfo.environment
            )
            Language.current = choice.language
            arguments = choice.arguments
        } catch {
            printError("\(error)")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try await asyncParseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let text = ParserWords.translated(fullMessage(for: error), to: Language.current)
            if !text.isEmpty {
                if code == .success { print(text) } else { printError(text) }
            }
            Foundation.exit(code.rawValue)
        }
        Foundation.exit(ExitCode.success.rawValue)
    }
}
