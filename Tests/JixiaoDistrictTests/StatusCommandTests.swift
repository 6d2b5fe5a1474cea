import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

/// `district status`, `expenses list`, `values list` through the built binary, with a complete, a partial and a
/// silent office.
@Suite struct StatusCommandTests {
    /// jinduban sends everything due in 2021Q2; wangluyuan two of its three monthly JD29 values; xinhe nothing.
    static func seeded() throws -> DistrictCLI {
        let cli = try DistrictCLI()
        try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8)))
        let database = try cli.database()
        _ = try Seed.office(database, "jinduban", "区禁毒办")
        _ = try Seed.office(database, "wangluyuan", "望麓园街道")
        _ = try Seed.office(database, "xinhe", "新河街道")
        try Seed.sync(
            database,
            "jinduban",
            [
                try Seed.expenditure("jinduban", "JD2021", "XC", "BJ", "1000", "2021-04-10", id: "e1"),
                try Seed.expenditure("jinduban", "JD2021", "JL", "BJ", "500.50", "2021-06-30", id: "e2"),
                try Seed.expenditure("jinduban", "JD2021", "XC", "BJ", "100", "2021-07-01", id: "e3"),
                try Seed.value("jinduban", "JD01", "2021Q2", 12),
                try Seed.value("jinduban", "JD29", "2021-04", 200),
                try Seed.value("jinduban", "JD29", "2021-05", 210),
                try Seed.value("jinduban", "JD29", "2021-06", 220),
                Seed.narrative("jinduban", "JD2021", .highlights),
            ],
            at: "2021-07-01T09:00:00Z"
        )
        try Seed.sync(
            database,
            "wangluyuan",
            [
                try Seed.value("wangluyuan", "JD29", "2021-04", 30),
                try Seed.value("wangluyuan", "JD29", "2021-06", 35),
                try Seed.value("wangluyuan", "LT01", "2021", 43, label: "伍家岭站点"),
            ],
            at: "2021-07-02T10:00:00Z"
        )
        return cli
    }

    @Test func quarterStatusAsCSV() throws {
        let cli = try Self.seeded()
        defer { cli.remove() }
        let result = try cli.run("status", "--period", "2021Q2", "--format", "csv")
        #expect(result.status == 0)
        #expect(
            result.stdout == [
                "office,name,project,expenditures,amount,values,narratives,last_sync,complete,review",
                "jinduban,区禁毒办,JD2021,2,1500.50,4/4,1,2021-07-01T09:00:00Z,yes,draft",
                "jinduban,区禁毒办,LT2021,0,0.00,0/0,0,2021-07-01T09:00:00Z,yes,draft",
                "wangluyuan,望麓园街道,JD2021,0,0.00,2/3,0,2021-07-02T10:00:00Z,no,draft",
                "wangluyuan,望麓园街道,LT2021,0,0.00,0/0,0,2021-07-02T10:00:00Z,yes,draft",
                "xinhe,新河街道,LT2021,0,0.00,0/0,0,never,no,draft",
            ].joined(separator: "\r\n") + "\r\n"
        )
    }

    @Test func quarterStatusAsTableEndsWithTheSummary() throws {
        let cli = try Self.seeded()
        defer { cli.remove() }
        let result = try cli.run("status", "--period", "2021Q2")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 10)
        #expect(lines[6] == "1 of 3 offices complete for the period 2021Q2")
        // Then what the incomplete ones still owe, which the table view names too.
        #expect(lines[7] == "missing:")
        #expect(lines[8].hasPrefix("  wangluyuan JD2021: 1 value (JD"), "\(lines[8])")
        #expect(lines[8] == "  wangluyuan JD2021: 1 value (JD29 2021-05)")
        #expect(lines[9] == "  xinhe LT2021: never synced")
        // Columns line up although names mix wide Chinese and narrow Latin characters.
        #expect(
            lines[1]
                == "jinduban    区禁毒办    JD2021              2  1,500.50     4/4           1  2021-07-01 17:00 +08:00  yes       draft"
        )
        #expect(
            lines[3]
                == "wangluyuan  望麓园街道  JD2021              0      0.00     2/3           0  2021-07-02 18:00 +08:00  no        draft"
        )
    }

    @Test func statusTableInUTC() throws {
        let cli = try Self.seeded()
        defer { cli.remove() }
        let result = try cli.run("status", "--period", "2021Q2", "--utc")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines[1]
                == "jinduban    区禁毒办    JD2021              2  1,500.50     4/4           1  2021-07-01 09:00 +00:00  yes       draft"
        )
    }

    @Test func yearStatusAsJSON() throws {
        let cli = try Self.seeded()
        defer { cli.remove() }
        let result = try cli.run("status", "--year", "2021", "--format", "json")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["period"] as? String == "2021")
        #expect(json["summary"] as? String == "0 of 3 offices complete for the period 2021")
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.count == 5)
        // wangluyuan owes JD28 (year), JD29 (12 months), JD40 (year) on JD2021: 14 values, 2 received.
        #expect(rows[2]["valuesExpected"] as? Int == 14)
        #expect(rows[2]["valuesReceived"] as? Int == 2)
        #expect((rows[2]["missingValues"] as? [String])?.first == "JD28 2021")
        // On LT2021 it owes LT01 and LT02 for the year; LT01 is there (labelled).
        #expect(rows[3]["valuesReceived"] as? Int == 1)
        #expect(rows[3]["valuesExpected"] as? Int == 2)
        #expect(rows[3]["narrativesExpected"] as? Int == 3)
        #expect(rows[4]["lastSync"] is NSNull)
        // JSON is a machine format: ISO 8601 with its offset, whatever the time zone (the test runs in 北京时间).
        #expect(rows[0]["lastSync"] as? String == "2021-07-01T09:00:00Z")
    }

    @Test func refusesAPeriodThatIsNotOne() throws {
        let cli = try Self.seeded()
        defer { cli.remove() }
        // Misuse, found by the parser: the message, the option's help, the usage; exit status 64.
        let bad = try cli.run("status", "--period", "2021Q5")
        #expect(bad.status == 64)
        #expect(
            bad.stderr.hasPrefix(
                """
                Error: The value '2021Q5' is invalid for '--period <period>'
                Help:  --period <period>  The period: 2021, 2021Q2 or 2021-06.
                Usage: district status
                """
            )
        )
        let mismatch = try cli.run("status", "--year", "2020", "--period", "2021Q1")
        #expect(mismatch.status == 64)
        #expect(mismatch.stderr.hasPrefix("Error: --period 2021Q1 is not in --year 2020\nUsage: district status"))
        // A refusal of the data: one line, exit status 1.
        let otherYear = try cli.run("status", "--period", "2020Q1")
        #expect(otherYear.status == 1)
        #expect(otherYear.stderr == "no projects for year 2020 (years with projects: 2021)\n")
    }

    @Test func expensesListFiltersByOfficeAndPeriod() throws {
        let cli = try Self.seeded()
        defer { cli.remove() }
        let result = try cli.run("expenses", "list", "--office", "jinduban", "--period", "2021Q2", "--format", "csv")
        #expect(result.status == 0)
        #expect(
            result.stdout == [
                "office,project,category,fund,amount,date,voucher,payee,note,id",
                "jinduban,JD2021,XC,BJ,1000.00,2021-04-10,V-e1,收款方,,e1",
                "jinduban,JD2021,JL,BJ,500.50,2021-06-30,V-e2,收款方,,e2",
            ].joined(separator: "\r\n") + "\r\n"
        )
        // The table shows 元 with thousands separators; CSV above and JSON below keep plain numbers.
        let table = try cli.run("expenses", "list", "--office", "jinduban", "--period", "2021Q2")
        #expect(
            table.stdout.split(separator: "\n").map { String($0.prefix(43)) } == [
                "office    project  category  fund    amount",
                "jinduban  JD2021   XC        BJ    1,000.00",
                "jinduban  JD2021   JL        BJ      500.50",
            ]
        )
        let all = try cli.run("expenses", "list", "--project", "JD2021", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: String]])
        #expect(rows.map { $0["id"] } == ["e1", "e2", "e3"])
        #expect(rows.map { $0["amount"] } == ["1000.00", "500.50", "100.00"])
    }

    @Test func valuesListFiltersByProjectAndPeriod() throws {
        let cli = try Self.seeded()
        defer { cli.remove() }
        let result = try cli.run("values", "list", "--project", "LT2021", "--format", "csv")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("wangluyuan,LT01,2021,伍家岭站点,43,,"))
        let may = try cli.run("values", "list", "--period", "2021-05", "--format", "csv")
        #expect(
            may.stdout.split(separator: "\r\n").dropFirst().map { String($0.prefix(27)) } == [
                "jinduban,JD29,2021-05,,210,"
            ]
        )
    }
}
