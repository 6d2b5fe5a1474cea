import Foundation
import JixiaoConsole
import JixiaoTestSupport
import Testing

/// `street import` shows progress (rows and percent) on a terminal only: run under a pseudo-terminal with util-linux
/// `script`, and with stderr captured to a file as in a pipe or a log.
@Suite struct CLIImportProgressTests {
    static let rows = 5_000

    /// A valid expenditures file of `rows` rows with distinct vouchers.
    static func expenses(_ rows: Int = Self.rows) -> String {
        var text = "project,category,fund,amount,date,voucher,payee,note\n"
        for index in 1...rows {
            text += "JD2021,XC,BJ,\(index).50,2021-03-\(String(format: "%02d", index % 28 + 1)),记-\(index),长沙晚报,\n"
        }
        return text
    }

    /// Runs `street ARGUMENTS` under a pseudo-terminal (stdout and stderr both the terminal) and returns what the
    /// terminal showed and the exit status.
    func runOnTerminal(_ cli: StreetCLI, _ arguments: [String]) throws -> (output: String, status: Int32) {
        let street = BuiltBinary("street")
        try #require(street.isBuilt, "no street binary at \(street.path): run `swift build` first")
        let command = ([street.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            .joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["JIXIAO_STREET_DB"] = cli.databasePath
        environment["TZ"] = "Asia/Shanghai"
        environment["JIXIAO_LOG_LEVEL"] = nil
        process.environment = environment
        process.currentDirectoryURL = cli.folder
        let output = cli.folder.appendingPathComponent("terminal.out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (String(decoding: try Data(contentsOf: output), as: UTF8.self), process.terminationStatus)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressLinesAppearOnATerminal() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("expenses.csv", Self.expenses())
        let started = Date()
        let (output, status) = try runOnTerminal(cli, ["import", "expenses", file])
        let elapsed = Date().timeIntervalSince(started)
        #expect(status == 0, "\(output)")
        #expect(output.contains("\rreading \(file)…\u{1B}[K"))
        #expect(output.contains("\rchecking 0 of 5,000 rows (0%)\u{1B}[K"))
        #expect(output.contains("\rchecking 5,000 of 5,000 rows (100%)\u{1B}[K"))
        #expect(output.contains("\rstoring 5,000 of 5,000 rows (100%)\u{1B}[K"))
        // The progress line is ended before the summary, which starts on a line of its own.
        #expect(output.contains("storing 5,000 of 5,000 rows (100%)\u{1B}[K\r\nimported 5000 expenditures from"))
        // At most ten updates a second, besides the first and last of each phase.
        let updates = output.components(separatedBy: "\u{1B}[K").count - 1
        #expect(updates >= 5)
        #expect(updates <= 5 + Int((elapsed * 10).rounded(.up)), "\(updates) updates in \(elapsed) s")
        #expect(try cli.database().expenditures().count == Self.rows)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func quietShowsNoProgressOnATerminal() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("expenses.csv", Self.expenses())
        let (output, status) = try runOnTerminal(cli, ["import", "expenses", file, "--quiet"])
        #expect(status == 0, "\(output)")
        #expect(!output.contains("\u{1B}[K"))
        #expect(!output.contains("checking"))
        #expect(output.hasPrefix("imported 5000 expenditures from \(file) (UTF-8)"))
    }

    @Test func noProgressWhenStderrIsNotATerminal() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("expenses.csv", Self.expenses())
        let result = try cli.run("import", "expenses", file)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "imported 5000 expenditures from \(file) (UTF-8)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func valuesImportShowsProgressOnATerminalToo() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("values.csv", "indicator,period,value\nJD01,2021,12\n")
        let (output, status) = try runOnTerminal(cli, ["import", "values", file])
        #expect(status == 0, "\(output)")
        #expect(output.contains("\rchecking 1 of 1 rows (100%)\u{1B}[K"))
        #expect(output.contains("\rstoring 1 of 1 rows (100%)\u{1B}[K\r\nimported 1 indicator value from"))
    }

    @Test func progressLineKeepsToItsRate() {
        var now = 0.0
        var written: [String] = []
        let line = ProgressLine(onTerminal: true, rate: 10, clock: { now }, output: { written.append($0) })
        line.show("a")
        now = 0.05
        line.show("b")  // too soon
        line.show("c", force: true)  // the last step of a phase: shown anyway
        now = 0.1
        line.show("d")  // too soon after c
        now = 0.16
        line.show("e")
        line.show("e", force: true)  // the same text again: nothing to write
        line.finish()
        line.finish()  // once only
        #expect(written == ["\ra\u{1B}[K", "\rc\u{1B}[K", "\re\u{1B}[K", "\n"])
    }

    @Test func progressLineIsSilentOffATerminalOrWhenQuiet() {
        var written: [String] = []
        for line in [
            ProgressLine(onTerminal: false, output: { written.append($0) }),
            ProgressLine(quiet: true, onTerminal: true, output: { written.append($0) }),
        ] {
            line.show("x", force: true)
            line.finish()
            #expect(!line.isEnabled)
        }
        #expect(written.isEmpty)
        #expect(ProgressLine.percent(1, of: 3) == 33)
        #expect(ProgressLine.percent(0, of: 0) == 100)
    }
}
