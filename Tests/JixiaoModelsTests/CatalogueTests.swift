import Foundation
import JixiaoModels
import Testing

/// The catalogue is complete: every key the sources use has both languages, with the same placeholders.
@Suite struct CatalogueTests {
    /// `Sources/`, three folders above this file.
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every `tr("KEY"` in the sources, `header.FIELD` for every `Column(header: "FIELD"`, and `count.NOUN` for
    /// every `counted(…, "NOUN")` and `noun: "NOUN"` (spaces as `-`), with the file.
    static func usedKeys() throws -> [(key: String, file: String)] {
        let pattern = try NSRegularExpression(
            pattern: #"\b(tr\(|Table\.Column\(header:|counted\([^()"]*,|noun:)\s*"([^"\\]+)""#
        )
        var found: [(String, String)] = []
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                let name = String(text[Range(match.range(at: 2), in: text)!])
                let call = text[Range(match.range(at: 1), in: text)!]
                let key =
                    call.hasPrefix("Table")
                    ? "header.\(name)"
                    : call.hasPrefix("tr") ? name : "count." + name.replacingOccurrences(of: " ", with: "-")
                found.append((key, file))
            }
        }
        return found
    }

    @Test func everyKeyUsedIsInTheCatalogue() throws {
        let used = try Self.usedKeys()
        #expect(used.count > 200, "the scan found \(used.count) uses of tr(…)")
        for (key, file) in used {
            #expect(Catalogue.entries[key] != nil, "\(file) uses \(key), which the catalogue lacks")
        }
    }

    @Test func everyEntryIsUsed() throws {
        let used = Set(try Self.usedKeys().map(\.key))
        for key in Catalogue.entries.keys.sorted() where !used.contains(key) {
            Issue.record("\(key) is in the catalogue but no source uses it")
        }
    }

    @Test func bothLanguagesHaveTheSamePlaceholders() {
        for (key, entry) in Catalogue.entries.sorted(by: { $0.key < $1.key }) {
            #expect(!entry.zh.isEmpty && !entry.en.isEmpty, "\(key)")
            let english = Catalogue.placeholders(in: entry.en)
            #expect(Catalogue.placeholders(in: entry.zh) == english, "\(key): zh and en placeholders differ")
            if let one = entry.enOne {
                #expect(Catalogue.placeholders(in: one).isSubset(of: english), "\(key): enOne has other placeholders")
            }
        }
    }

    /// A Chinese text that is only the English copied would pass the placeholder check: each has Chinese
    /// characters or Chinese (full-width) punctuation in it.
    @Test func everyChineseTextIsChinese() {
        for (key, entry) in Catalogue.entries {
            let chinese = entry.zh.unicodeScalars.contains {
                (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value)
                    || (0xFF00...0xFFEF).contains($0.value)
            }
            #expect(chinese, "\(key): \(entry.zh)")
        }
    }

    @Test func placeholdersAreFilledInEitherLanguage() {
        #expect(Catalogue.text("lang.unknown", ["value": "fr"], in: .en) == "Error: --lang takes zh or en, not 'fr'")
        #expect(Catalogue.text("lang.unknown", ["value": "fr"], in: .zh) == "错误：--lang 只能是 zh 或 en，不能是“fr”")
        #expect(Catalogue.text("no.such.key", in: .zh) == "no.such.key")
    }

    /// The sync errors a person acts on, in Chinese; the clients' tests assert the English ones from a real sync
    /// (ConnectionLossMessageTests), and CLIInterruptTests the Ctrl-C line in both languages.
    @Test func syncErrorsInChinese() {
        let address = ["address": "127.0.0.1:7420"]
        #expect(
            Catalogue.text("sync.server-gone", address, in: .zh)
                == "127.0.0.1:7420 的服务器在同步过程中停止响应；数据没有丢失：等服务器恢复后重新运行 `street sync`"
        )
        #expect(
            Catalogue.text("sync.connection-lost", address, in: .zh)
                == "与 127.0.0.1:7420 的连接在同步过程中断开；数据没有丢失：请重新运行 `street sync`"
        )
        #expect(Catalogue.text("sync.unreachable", address, in: .zh).hasPrefix("连不上 127.0.0.1:7420 的区级服务器"))
        #expect(Catalogue.text("sync.unreachable", address, in: .en) == "server unreachable at 127.0.0.1:7420")
    }

    /// English plurals: "1 expenditure", "2 expenditures"; Chinese needs no plural.
    @Test func pluralsInEnglish() {
        #expect(Catalogue.text("count.expenditure", ["n": "1"], in: .en) == "1 expenditure")
        #expect(Catalogue.text("count.expenditure", ["n": "2"], in: .en) == "2 expenditures")
        #expect(Catalogue.text("count.expenditure", ["n": "2"], in: .zh) == "2 笔支出")
        #expect(Catalogue.text("cell.items", ["n": "1"], in: .en) == "1 item")
    }

    @Test(arguments: [
        (["LANG": "zh_CN.UTF-8"], Language.zh),
        (["LANG": "zh_TW.Big5"], .zh),
        (["LANG": "zh"], .zh),
        (["LANG": "C.UTF-8"], .en),
        (["LANG": "en_US.UTF-8"], .en),
        ([:], .en),
        // The first non-empty of LC_ALL, LC_MESSAGES, LANG decides (POSIX).
        (["LC_ALL": "C", "LANG": "zh_CN.UTF-8"], .en),
        (["LC_ALL": "", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "C"], .zh),
        (["LC_MESSAGES": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"], .en),
        (["LC_ALL": "zh_CN.GB18030", "LANG": "C"], .zh),
        (["LANG": "zu_ZA.UTF-8"], .en),
    ])
    func locale(environment: [String: String], language: Language) {
        #expect(Language.fromLocale(environment) == language, "\(environment)")
    }

    @Test func langOptionOverridesTheEnvironmentAndLeavesTheParser() throws {
        let chinese = ["LANG": "zh_CN.UTF-8"]
        let english = ["LANG": "C.UTF-8"]
        #expect(
            try Language.choose(arguments: ["status", "--lang", "en", "--utc"], environment: chinese)
                == Language.Choice(language: .en, arguments: ["status", "--utc"])
        )
        #expect(
            try Language.choose(arguments: ["--lang=zh", "status"], environment: english)
                == Language.Choice(language: .zh, arguments: ["status"])
        )
        #expect(try Language.choose(arguments: [], environment: ["JIXIAO_LANG": "zh", "LANG": "C"]).language == .zh)
        #expect(
            try Language.choose(arguments: [], environment: ["JIXIAO_LANG": "en", "LANG": "zh_CN"]).language == .en
        )
        #expect(
            try Language.choose(arguments: ["--lang", "zh"], environment: ["JIXIAO_LANG": "en"]).language == .zh
        )
        // After `--` it is an argument like any other.
        #expect(
            try Language.choose(arguments: ["note", "--", "--lang", "zh"], environment: english)
                == Language.Choice(language: .en, arguments: ["note", "--", "--lang", "zh"])
        )
        #expect(throws: Language.UnknownLanguage(value: "fr")) {
            try Language.choose(arguments: ["--lang", "fr"], environment: english)
        }
        #expect(throws: Language.UnknownLanguage(value: "")) {
            try Language.choose(arguments: ["--lang"], environment: english)
        }
    }
}
