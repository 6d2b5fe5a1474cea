import Foundation
import JixiaoTestSupport
import Testing

/// `district` speaks Chinese under a Chinese locale and English otherwise: help, a refusal and a table, exactly.
@Suite struct LanguageCommandTests {
    static let chinese: [String: String?] = ["LANG": "zh_CN.UTF-8", "COLUMNS": "100"]
    static let english: [String: String?] = ["LANG": "C.UTF-8", "COLUMNS": "100"]

    /// A district with one enrolled office that has never synced.
    static func district() throws -> DistrictCLI {
        let cli = try DistrictCLI()
        let added = try cli.run("office", "add", "--code", "wangluyuan", "--name", "望麓园街道")
        guard added.status == 0 else { throw CLIError(message: "office add failed: \(added)") }
        return cli
    }

    @Test func helpInBothLanguages() throws {
        let cli = try DistrictCLI(initialize: false)
        defer { cli.remove() }
        let zh = try cli.run(["office", "list", "--help"], environment: Self.chinese)
        #expect(zh.status == 0)
        #expect(
            zh.stdout == """
                概述：列出已注册的单位及其最近一次同步。

                时间为本地时间并带时区偏移（`2026-12-01 14:52 +08:00`）；--utc 显示 UTC。

                用法：district office list [--utc] [--db <path>] [--verbose]

                选项：
                  --utc                   用 UTC 显示时间，而不是本地时间。
                  --db <path>             区级数据库文件。
                  --verbose               在标准错误上输出调试信息。
                  --version               显示版本号。
                  -h, --help              显示帮助信息。


                """
        )
        let en = try cli.run(["office", "list", "--help"], environment: Self.english)
        #expect(en.status == 0)
        #expect(
            en.stdout == """
                OVERVIEW: List the enrolled offices and their last sync.

                Times are local with their offset (`2026-12-01 14:52 +08:00`); --utc shows UTC.

                USAGE: district office list [--utc] [--db <path>] [--verbose]

                OPTIONS:
                  --utc                   Show times in UTC instead of local time.
                  --db <path>             The district database file.
                  --verbose               Log debugging detail to stderr.
                  --version               Show the version.
                  -h, --help              Show help information.


                """
        )
        // The root help names the language switch in both languages.
        let root = try cli.run(["--help"], environment: Self.chinese)
        #expect(root.stdout.contains("--lang zh|en（或\n$JIXIAO_LANG）选择语言"), "\(root.stdout)")
        #expect(root.stdout.contains("  serve                   通过 TCP 接收各单位的同步，直到被中断（Ctrl-C 或 SIGTERM）。\n"))
    }

    @Test func tableInBothLanguages() throws {
        let cli = try Self.district()
        defer { cli.remove() }
        let zh = try cli.run(["office", "list"], environment: Self.chinese)
        #expect(zh.status == 0)
        #expect(
            zh.stdout == """
                代码        名称        类型  启用  数据行数  最近同步  结果
                wangluyuan  望麓园街道  街道  是    0         从未同步

                """
        )
        let en = try cli.run(["office", "list"], environment: Self.english)
        #expect(
            en.stdout == """
                code        name        kind    enabled  rows  last_sync  result
                wangluyuan  望麓园街道  street  yes      0     never

                """
        )
    }

    /// An unknown office in a listing: refused with the enrolled codes, status 1, in either language.
    @Test func refusalInBothLanguages() throws {
        let cli = try Self.district()
        defer { cli.remove() }
        let zh = try cli.run(["office", "devices", "wangluyuen"], environment: Self.chinese)
        #expect(zh.status == 1)
        #expect(zh.stdout == "")
        #expect(zh.stderr == "没有注册代码为 wangluyuen 的单位；已注册的单位有 wangluyuan\n")
        let en = try cli.run(["office", "devices", "wangluyuen"], environment: Self.english)
        #expect(en.status == 1)
        #expect(en.stderr == "no office with code wangluyuen is enrolled; the enrolled offices are wangluyuan\n")
    }

    /// `--lang` beats the locale, `JIXIAO_LANG` beats the locale, and a wrong `--lang` is misuse (status 64).
    @Test func overrides() throws {
        let cli = try Self.district()
        defer { cli.remove() }
        let english = try cli.run(["office", "list", "--lang", "en"], environment: Self.chinese)
        #expect(english.stdout.hasPrefix("code        name"))
        let chinese = try cli.run(["--lang=zh", "office", "list"], environment: Self.english)
        #expect(chinese.stdout.hasPrefix("代码        名称"))
        let variable = try cli.run(["office", "list"], environment: ["LANG": "C.UTF-8", "JIXIAO_LANG": "zh"])
        #expect(variable.stdout.hasPrefix("代码        名称"))
        // LC_ALL comes before LANG (POSIX).
        let lcAll = try cli.run(["office", "list"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C"])
        #expect(lcAll.stdout.hasPrefix("code        name"))
        let wrong = try cli.run(["office", "list", "--lang", "fr"], environment: Self.english)
        #expect(wrong.status == 64)
        #expect(wrong.stderr == "Error: --lang takes zh or en, not 'fr'\n")
        let wrongZh = try cli.run(["office", "list", "--lang", "fr"], environment: Self.chinese)
        #expect(wrongZh.stderr == "错误：--lang 只能是 zh 或 en，不能是“fr”\n")
    }

    /// The errors a person acts on, in Chinese (their English forms are asserted in RefusalCommandTests).
    @Test func portInUseInChinese() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let first = try LiveServer(database: cli.databasePath)
        defer { first.stop() }
        let second = try cli.run(["serve", "--port", String(first.port)], environment: Self.chinese)
        #expect(second.status == 1)
        #expect(
            second.stderr
                == "127.0.0.1 上的端口 \(first.port) 已被占用（另一个 district serve？）：请先停掉它，或用 --port 换一个端口\n"
        )
    }

    /// A plan's problems in either language: each with its place, then the count; nothing imported, status 1.
    @Test func planProblemsInBothLanguages() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let plan = try cli.file(
            "plan.json",
            Data(
                (#"{"format": "jixiao-plan/1", "year": 2021, "projects": [{"code": "JD2021", "name": "x", "#
                    + #""department": "d", "funds": [], "categories": [{"code": "XC", "name": "宣传"}], "#
                    + #""indicators": [], "colour": 1}]}"#).utf8
            )
        )
        #expect(plan.hasSuffix("/plan.json"))
        let zh = try cli.run(["plan", "import", "plan.json"], environment: Self.chinese)
        #expect(zh.status == 1)
        #expect(
            zh.stderr == """
                plan.json: projects[0] "JD2021": 未知字段“colour”（可用字段：code, year, name, department, implementer, goal, offices, funds, categories, indicators, rules）
                plan.json: projects[0] "JD2021": funds 为空：项目至少要有一个资金来源
                plan.json: projects[0] "JD2021": 该项目没有指标；其指标分值合计必须为 90（另外 10 分是预算执行率）
                plan.json: 计划有 3 处问题；没有导入任何内容

                """
        )
        let en = try cli.run(["plan", "import", "plan.json"], environment: Self.english)
        #expect(en.status == 1)
        #expect(en.stderr.hasSuffix("plan.json: the plan has 3 problems; nothing was imported\n"), "\(en.stderr)")
        #expect(
            en.stderr.contains(#"plan.json: projects[0] "JD2021": funds is empty: a project needs at least one fund"#)
        )
    }

    @Test func planNotUTF8InChinese() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let plan = try cli.file(
            "plan.json",
            Data("{\"格式\": \"计划\"}".data(using: String.Encoding(rawValue: 0x8000_0632))!)
        )
        let result = try cli.run(["plan", "import", plan], environment: Self.chinese)
        #expect(result.status == 1)
        #expect(result.stderr.contains("不是 UTF-8 文本（看起来是 GB18030）：请另存为 UTF-8"), "\(result.stderr)")
    }
}
