import Foundation
import JixiaoStorage
import JixiaoTestSupport
import Testing

/// `street sync` shows its progress (megabytes and rows of the push and the pull, then that the district is storing
/// the rows) on a terminal only: under a pseudo-terminal (util-linux `script`), not with `--quiet`, not in a pipe.
@Suite struct CLISyncProgressTests {
    /// An office with 5,000 new expenditures to push (about 0.1 MB compressed) since its first sync, and a district
    /// serving it.
    static func officeWithRows(
        serverOptions: [String] = []
    ) throws -> (
        StreetCLI, DistrictDatabase, CLISyncTests.DistrictServer
    ) {
        let (cli, district, server) = try CLISyncTests.setUp(serverOptions: serverOptions)
        let first = try cli.run("sync")
        try #require(first.status == 0, "the first sync receives the projects: \(first)")
        let file = try cli.file("expenses.csv", CLIImportProgressTests.expenses())
        let imported = try cli.run("import", "expenses", file)
        try #require(imported.status == 0, "\(imported)")
        return (cli, district, server)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressLinesAppearOnATerminal() throws {
        let (cli, district, server) = try Self.officeWithRows()
        defer { server.stop() }
        let (output, status) = try CLIImportProgressTests().runOnTerminal(cli, ["sync", "--lang", "en"])
        #expect(status == 0, "\(output)")
        // The push (0.2 MB: one slice, so no line of the megabytes sent so far), then what the district is doing.
        #expect(output.contains("\rpush sent (5,000 rows); the district is checking and storing them…\u{1B}[K"))
        // The line is ended before the summary, which starts on a line of its own.
        #expect(output.contains("\u{1B}[K\r\nsynced wangluyuan: pushed 5000 changes"), "\(output)")
        #expect(try district.expenditures(office: "wangluyuan").count == CLIImportProgressTests.rows)

        let (chinese, _) = try CLIImportProgressTests().runOnTerminal(cli, ["sync", "--lang", "zh"])
        #expect(!chinese.contains("\u{1B}[K"), "nothing to push: no progress line\n\(chinese)")
    }

    /// The server told to report from the first rows on (a hidden option: by default it waits a second, longer than
    /// 5,000 rows take): PUSH_PROGRESS reaches the terminal as the district's storing line, in both languages.
    @Test(arguments: ["en", "zh"])
    func districtStoringShowsOnATerminal(language: String) throws {
        let (cli, district, server) = try Self.officeWithRows(
            serverOptions: ["--push-progress-ms", "0", "--push-progress-ms", "0"]
        )
        defer { server.stop() }
        let (output, status) = try CLIImportProgressTests().runOnTerminal(cli, ["sync", "--lang", language])
        #expect(status == 0, "\(output)")
        let storing =
            language == "zh"
            ? #/\r区里正在保存 [0-9,]+/5,000 行（[0-9]+%）\e\[K/#
            : #/\rthe district is storing the rows: [0-9,]+ of 5,000 \([0-9]+%\)\e\[K/#
        #expect(output.contains(storing), "\(output)")
        #expect(try district.expenditures(office: "wangluyuan").count == CLIImportProgressTests.rows)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func quietShowsNoProgressOnATerminal() throws {
        let (cli, district, server) = try Self.officeWithRows()
        defer { server.stop() }
        let (output, status) = try CLIImportProgressTests().runOnTerminal(cli, ["sync", "--quiet"])
        #expect(status == 0, "\(output)")
        #expect(!output.contains("\u{1B}[K") && !output.contains("push sent"), "\(output)")
        #expect(output.hasPrefix("synced wangluyuan: pushed 5000 changes"), "\(output)")
        #expect(try district.expenditures(office: "wangluyuan").count == CLIImportProgressTests.rows)
    }

    @Test func noProgressWhenStderrIsNotATerminal() throws {
        let (cli, _, server) = try Self.officeWithRows()
        defer { server.stop() }
        let result = try cli.run("sync")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("synced wangluyuan: pushed 5000 changes"), "\(result.stdout)")
    }
}
