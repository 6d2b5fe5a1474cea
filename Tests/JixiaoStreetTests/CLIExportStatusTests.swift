import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

/// `street export …` and `street status`, run through the built binary.
@Suite struct CLIExportStatusTests {
    func recordSome(_ cli: StreetCLI) throws -> String {
        let id = try cli.run(
            "expense",
            "add",
            "--project",
            "JD2021",
            "--category",
            "XC",
            "--amount",
            "1234.5",
            "--date",
            "2021-06-26",
            "--payee",
            "长沙晚报, 广告部"
        ).stdout.trimmingCharacters(in: .newlines)
        #expect(
            try cli.run(
                "value",
                "set",
                "--indicator",
                "LT01",
                "--period",
                "2021-06",
                "--value",
                "80.6",
                "--label",
                "伍家岭站点"
            ).status == 0
        )
        return id
    }

    @Test func exportsCSVAndJSONToStdout() throws {
        let cli = try StreetCLI.seeded()
        let id = try recordSome(cli)
        let csv = try cli.run("export", "expenses")
        #expect(csv.status == 0)
        #expect(
            csv.stdout
                == "id,project,category,fund,amount,date,voucher,payee,note\r\n"
                + "\(id),JD2021,XC,BJ,1234.50,2021-06-26,,\"长沙晚报, 广告部\",\r\n"
        )
        #expect(csv.stderr == "")
        let json = try cli.run("export", "values", "--format", "json")
        let valueID = try #require(try cli.database().values().first?.id)
        #expect(
            json.stdout == """
                [
                  {
                    "id" : "\(valueID)",
                    "indicator" : "LT01",
                    "label" : "伍家岭站点",
                    "note" : "",
                    "office" : "wangluyuan",
                    "period" : "2021-06",
                    "value" : 80.6
                  }
                ]

                """
        )
        let table = try cli.run("export", "values", "--format", "table")
        #expect(table.status != 0)
    }

    @Test func exportsToAFileWithABOMThatImportsBack() throws {
        let cli = try StreetCLI.seeded()
        _ = try recordSome(cli)
        let out = cli.folder.appendingPathComponent("values.csv").path
        let result = try cli.run("export", "values", "--out", out)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "wrote 1 indicator value to \(out)\n")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: bytes.dropFirst(3), as: UTF8.self)
                == "indicator,period,value,label,note\r\nLT01,2021-06,80.6,伍家岭站点,\r\n"
        )

        let other = try StreetCLI.seeded()
        let imported = try other.run("import", "values", out)
        #expect(imported.stderr == "imported 1 indicator value from \(out) (UTF-8 with BOM)\n")
        #expect(try other.database().values().map(\.value) == [.number(80.6)])
    }

    @Test func statusBeforeAndAfterASync() throws {
        let cli = try StreetCLI.seeded()
        _ = try recordSome(cli)
        let before = try cli.run("status")
        #expect(before.status == 0)
        #expect(
            before.stdout == """
                office:                 wangluyuan
                server:                 127.0.0.1:7420
                database:               \(cli.databasePath)
                device:                 \(try cli.database().settings().epoch)
                last sync:              never
                unacknowledged changes: 2
                digests:                unknown (no completed sync yet)
                received:               3 projects, 3 indicators
                recorded:               1 expenditure, 1 indicator value, 0 notes

                """
        )
        // What `street sync` records: a success with matching digests, then a failed attempt.
        let database = try cli.database()
        try database.acknowledge(upTo: 2, districtEpoch: "e")
        try database.record(
            OfficeSessionRecord(
                startedAt: "2021-07-01T08:00:00Z",
                finishedAt: "2021-07-01T08:00:01Z",
                result: "ok: pushed 2, pulled 0",
                ok: true,
                pushed: 2,
                digestMatch: true
            )
        )
        try database.record(
            OfficeSessionRecord(
                startedAt: "2021-07-02T08:00:00Z",
                finishedAt: "2021-07-02T08:00:05Z",
                result: "failed: connection refused by 127.0.0.1:7420",
                ok: false
            )
        )
        let after = try cli.run("status")
        #expect(
            after.stdout == """
                office:                 wangluyuan
                server:                 127.0.0.1:7420
                database:               \(cli.databasePath)
                device:                 \(try cli.database().settings().epoch)
                last sync:              2021-07-01 16:00 +08:00 ok: pushed 2, pulled 0
                last failure:           2021-07-02 16:00 +08:00 failed: connection refused by 127.0.0.1:7420
                unacknowledged changes: 0
                digests:                matched
                received:               3 projects, 3 indicators
                recorded:               1 expenditure, 1 indicator value, 0 notes

                """
        )
        // --utc shows the same times in UTC.
        let utc = try cli.run("status", "--utc")
        #expect(utc.status == 0)
        #expect(utc.stdout.contains("last sync:              2021-07-01 08:00 +00:00 ok: pushed 2, pulled 0\n"))
        #expect(utc.stdout.contains("last failure:           2021-07-02 08:00 +00:00 failed: connection refused"))
    }
}
