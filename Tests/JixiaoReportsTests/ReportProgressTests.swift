import Foundation
import JixiaoTestSupport
import Testing

/// `district report --all` shows its progress on a terminal (stderr), and nothing when piped or with `--quiet`.
@Suite("district report --all progress")
struct ReportProgressTests {
    static let script = JixiaoTestSupport.ExternalTool("script")

    /// `district ARGUMENTS` under a pseudo-terminal (`script -q -e -c …`): what the terminal showed, CR LF as LF.
    static func onTerminal(_ arguments: [String], language: String) throws -> BuiltBinary.Result {
        let tool = try #require(script)
        let command = ([BuiltBinary("district").path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        var result = try tool.run(
            ["-q", "-e", "-c", command, "/dev/null"],
            environment: [
                "LANG": language, "LC_ALL": nil, "LC_MESSAGES": nil, "JIXIAO_LANG": nil, "TZ": "Asia/Shanghai",
            ]
        )
        result.stdout = result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        return result
    }

    @Test(.enabled(if: script != nil && BuiltBinary("district").isBuilt, "needs script (util-linux) and the binary"))
    func progressOnATerminalOnly() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let arguments = ["report", "--db", district.path, "--all", "--year", "2021", "--out"]

        let shown = try Self.onTerminal(arguments + [district.directory + "/tty"], language: "C.UTF-8")
        #expect(shown.status == 0, "\(shown)")
        #expect(shown.stdout.contains("report 1 of 1: LT2021\n"), "\(shown.stdout)")
        #expect(shown.stdout.contains("writing the files into \(district.directory)/tty…\n"))
        #expect(shown.stdout.contains("LT2021\t执行率 52.57%"))

        let chinese = try Self.onTerminal(arguments + [district.directory + "/zh"], language: "zh_CN.UTF-8")
        #expect(chinese.status == 0, "\(chinese)")
        #expect(chinese.stdout.contains("正在生成报告 1/1：LT2021\n"), "\(chinese.stdout)")

        let quiet = try Self.onTerminal(arguments + [district.directory + "/quiet", "--quiet"], language: "C.UTF-8")
        #expect(quiet.status == 0, "\(quiet)")
        #expect(!quiet.stdout.contains("report 1 of 1"), "\(quiet.stdout)")
        #expect(quiet.stdout.contains("LT2021\t执行率 52.57%"))

        // Piped (the test captures stderr in a file): the same run prints no progress.
        let piped = try BuiltBinary("district").run(arguments + [district.directory + "/piped"])
        #expect(piped.status == 0, "\(piped)")
        #expect(piped.stderr == "")
        #expect(piped.stdout.hasPrefix("LT2021\t执行率 52.57%"))
    }
}
