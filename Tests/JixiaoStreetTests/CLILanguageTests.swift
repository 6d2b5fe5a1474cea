import Foundation
import JixiaoConsole
import Testing

/// `street` speaks Chinese under a Chinese locale and English otherwise: help, a refusal and a table, exactly.
@Suite struct CLILanguageTests {
    static let chinese: [String: String?] = ["LANG": "zh_CN.UTF-8"]
    static let english: [String: String?] = ["LANG": "C.UTF-8"]

    @Test func helpInBothLanguages() throws {
        let cli = try StreetCLI()
        let zh = try cli.run(["projects", "--help"], environment: Self.chinese)
        #expect(zh.status == 0)
        #expect(
            zh.stdout == """
                概述：列出从区里收到的项目、资金来源、类别和指标。

                在 `street expense add`、`street value set` 和 CSV 导入中使用这些代码。

                用法：street projects [--project <code>] [--db <path>] [--verbose]

                选项：
                  --project <code>        只列此项目。
                  --db <path>             单位数据库文件。
                  --verbose               在标准错误上输出调试信息。
                  --version               显示版本号。
                  -h, --help              显示帮助信息。


                """
        )
        let en = try cli.run(["projects", "--help"], environment: Self.english)
        #expect(en.stdout == CLIHelpTests.expected.first { $0.0 == "projects" }?.1)
    }

    @Test func tableInBothLanguages() throws {
        let cli = try StreetCLI.seeded()
        let zh = try cli.run(["projects", "--project", "lt2021"], environment: Self.chinese)
        #expect(zh.status == 0)
        #expect(
            zh.stdout == """
                项目
                代码    年度  名称        主管部门
                ------  ----  ----------  ----------------------------
                LT2021  2021  蓝天保卫战  开福区蓝天保卫战指挥部办公室

                资金来源
                项目    代码  名称          年初预算(元)  全年预算(元)
                ------  ----  ------------  ------------  ------------
                LT2021  BJ    本级财政拨款    500,000.00    500,000.00
                LT2021  SJ    市级奖补资金    959,000.00    959,000.00

                类别
                项目    代码  名称
                ------  ----  ----------------
                LT2021  PX    臭氧污染防治培训

                指标
                代码  项目    名称            计量单位  目标值  方向    频率
                ----  ------  --------------  --------  ------  ------  ----
                LT01  LT2021  空气质量优良率  %             80  正向 ≥  月

                """
        )
        let en = try cli.run(["projects", "--project", "lt2021"], environment: Self.english)
        #expect(
            en.stdout == """
                projects
                code    year  name        department
                ------  ----  ----------  ----------------------------
                LT2021  2021  蓝天保卫战  开福区蓝天保卫战指挥部办公室

                funds
                project  code  name          initial_budget  adjusted_budget
                -------  ----  ------------  --------------  ---------------
                LT2021   BJ    本级财政拨款      500,000.00       500,000.00
                LT2021   SJ    市级奖补资金      959,000.00       959,000.00

                categories
                project  code  name
                -------  ----  ----------------
                LT2021   PX    臭氧污染防治培训

                indicators
                code  project  name            unit  target  direction  frequency
                ----  -------  --------------  ----  ------  ---------  ---------
                LT01  LT2021   空气质量优良率  %         80  higher ≥   month

                """
        )
    }

    /// An unknown code: refused with the valid ones listed, status 1, in either language; nothing stored.
    @Test func refusalInBothLanguages() throws {
        let cli = try StreetCLI.seeded()
        let arguments = [
            "expense", "add", "--project", "XX", "--category", "XC", "--amount", "10", "--date", "2021-06-26",
        ]
        let zh = try cli.run(arguments, environment: Self.chinese)
        #expect(zh.status == 1)
        #expect(zh.stdout == "")
        #expect(zh.stderr == "项目“XX”不存在；可用的项目：JD2021, LT2021, OLD2020\n")
        let en = try cli.run(arguments, environment: Self.english)
        #expect(en.status == 1)
        #expect(en.stderr == "project \"XX\" is not known; valid projects: JD2021, LT2021, OLD2020\n")
        #expect(try cli.database().expenditures().isEmpty)
    }

    /// An import's check, in either language: the summary with its count, each problem with its line, status 1.
    @Test func importRefusalInBothLanguages() throws {
        let cli = try StreetCLI.seeded()
        let unknown = try cli.file(
            "unknown.csv",
            "project,category,fund,amount,date,colour\nJD2021,XC,BJ,10,2021-03-01,red\n"
        )
        let zhUnknown = try cli.run(["import", "expenses", unknown], environment: Self.chinese)
        #expect(zhUnknown.status == 1)
        #expect(zhUnknown.stderr.hasPrefix("导入被拒绝；没有保存任何数据\n"), "\(zhUnknown.stderr)")
        #expect(zhUnknown.stderr.contains("未知的列“colour”；可用的列：项目, "), "\(zhUnknown.stderr)")
        let rows = try cli.file(
            "rows.csv",
            "project,category,fund,amount,date\nJD2021,XC,BJ,10,2021-03-01,x\nJD2021,XC,BJ,20,2021-03-02\n"
        )
        let zh = try cli.run(["import", "expenses", rows], environment: Self.chinese)
        #expect(zh.status == 1)
        #expect(zh.stderr.hasPrefix("导入被拒绝：1 行有误（共 2 行）；没有保存任何数据\n"), "\(zh.stderr)")
        #expect(
            zh.stderr.contains("有 6 个字段，但表头只有 5 列（像 1,234.56 这样的金额须加引号，Excel 导出时就是这样）"),
            "\(zh.stderr)"
        )
        let en = try cli.run(["import", "expenses", rows], environment: Self.english)
        #expect(en.status == 1)
        #expect(en.stderr.hasPrefix("import refused: 1 row is wrong (of 2); nothing was stored\n"), "\(en.stderr)")
        #expect(en.stderr.contains("6 fields but the header has 5 columns"), "\(en.stderr)")
        #expect(try cli.database().expenditures().isEmpty)
    }

    /// No database yet: what to run first, in either language.
    @Test func missingDatabaseInBothLanguages() throws {
        let cli = try StreetCLI()
        let zh = try cli.run(["status"], environment: Self.chinese)
        #expect(zh.status == 1)
        #expect(
            zh.stderr
                == "\(cli.databasePath) 处没有数据库：请先运行 `street init --enrol FILE`（FILE 是区里给的注册文件），或用 --db 指定数据库\n"
        )
        let en = try cli.run(["status", "--lang", "en"], environment: Self.chinese)
        #expect(
            en.stderr
                == "no database at \(cli.databasePath): run `street init --enrol FILE` first (FILE is the enrolment "
                + "file from the district), or pass --db\n"
        )
    }

    /// `street todo` and `street status` in Chinese: one language per table, keys aligned by display width.
    @Test func todoAndStatusInChinese() throws {
        let cli = try StreetCLI.seeded()
        #expect(try cli.run("value", "set", "--indicator", "LT01", "--period", "2021-05", "--value", "81").status == 0)
        let todo = try cli.run(["todo", "--period", "2021Q2"], environment: Self.chinese)
        #expect(todo.status == 0, "\(todo)")
        #expect(
            todo.stdout == """
                项目    指标  名称            计量单位  目标值  期间
                LT2021  LT01  空气质量优良率  %             80  2021-04
                LT2021  LT01  空气质量优良率  %             80  2021-06

                2021Q2 还缺 2 个值

                """
        )
        let status = try cli.run(["status"], environment: Self.chinese)
        #expect(status.status == 0, "\(status)")
        let lines = status.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "单位:             wangluyuan", "\(status.stdout)")
        #expect(lines.contains("最近同步:         从未同步"), "\(status.stdout)")
        #expect(lines.contains("区里未确认的修改: 1"), "\(status.stdout)")
        #expect(lines.contains("已录入:           0 笔支出，1 个指标值，0 项文字说明"), "\(status.stdout)")
    }
}

/// swift-argument-parser's own words in Chinese (`ParserWords`), and left alone in English.
@Suite struct ParserWordsTests {
    @Test func chineseHeadersPhrasesAndRefusals() {
        let help = """
            OVERVIEW: 列出项目。

            USAGE: street projects [--db <path>]

            ARGUMENTS:
              <id>                    支出的 id。

            OPTIONS:
              --port <port>           端口。 (default: 7420)
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              add                     记一笔支出。

              See 'street help <subcommand>' for detailed help.
            """
        #expect(
            ParserWords.translated(help, to: .zh) == """
                概述：列出项目。

                用法：street projects [--db <path>]

                参数：
                  <id>                    支出的 id。

                选项：
                  --port <port>           端口。（默认：7420）
                  --version               显示版本号。
                  -h, --help              显示帮助信息。

                子命令：
                  add                     记一笔支出。

                  用“street help <子命令>”查看子命令的详细帮助。
                """
        )
        let refusal = """
            Error: The value 'x' is invalid for '--port <port>'
            Help:  --port <port>  端口。
            Usage: district serve [--port <port>]
              See 'district serve --help' for more information.
            """
        #expect(
            ParserWords.translated(refusal, to: .zh) == """
                错误：“--port <port>”的取值“x”无效
                说明： --port <port>  端口。
                用法：district serve [--port <port>]
                  用“district serve --help”查看更多说明。
                """
        )
        #expect(ParserWords.translated(help, to: .en) == help)
        #expect(ParserWords.translated("Error: Unknown option '--bogus'", to: .zh) == "错误：未知选项“--bogus”")
    }

    @Test func refusalOfTheParserInChineseWithItsStatus() throws {
        let cli = try StreetCLI()
        let result = try cli.run(["projects", "--bogus"], environment: CLILanguageTests.chinese)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix("错误：未知选项“--bogus”\n"), "\(result.stderr)")
        #expect(result.stderr.contains("用“street projects --help”查看更多说明。"), "\(result.stderr)")
    }
}
