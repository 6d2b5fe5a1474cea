import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

/// The plan's validation rules and outliers through the built `district` binary: refused rules, and what
/// `district status` lists.
@Suite struct DataChecksCommandTests {
    static func plan(rules: [String]) throws -> Data {
        try PlanFixtures.edited { top in top.project(0) { $0["rules"] = rules } }
    }

    @Test(
        "a rule naming what the project does not have is refused, saying what it names",
        arguments: [
            (
                "JD01 <= JD93",
                "rule \"JD01 <= JD93\" names JD93, which is not an indicator of project JD2021 (nor spending, spending.CATEGORY, budget or budget.FUND)"
            ),
            (
                "JD30 <= 100",
                "rule \"JD30 <= 100\" names JD30, a formula indicator: a rule compares the values offices report"
            ),
            ("JD40 >= 1", "rule \"JD40 >= 1\" names JD40, a qualitative indicator: a rule compares numbers"),
            (
                "spending.ZZ <= 1",
                "rule \"spending.ZZ <= 1\" names spending.ZZ, but that is not a spending category of project JD2021"
            ),
            ("budget.ZZ >= 1", "rule \"budget.ZZ >= 1\" names budget.ZZ, but that is not a fund of project JD2021"),
            ("JD01 JD28", "rule \"JD01 JD28\" must compare two sides with one of <=, <, >=, >, = (e.g. JD03 <= JD02)"),
        ]
    )
    func refusedRule(rule: String, message: String) throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let result = try cli.run("plan", "import", try cli.file("plan.json", try Self.plan(rules: [rule])))
        #expect(result.status == 1)
        #expect(result.stderr.contains("plan.json: projects[0] \"JD2021\" rules[0]: \(message)\n"), "\(result)")
    }

    @Test func rulesAndPreviousCodesRoundTripThroughJSONAndTheWorkbook() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let data = try PlanFixtures.edited { top in
            top.project(0) { $0["rules"] = ["JD01 <= JD28", "spending.XC <= budget.BJ"] }
            top.element(0, "indicators", 0) { $0["previous"] = "JD01A" }
        }
        #expect(try cli.run("plan", "import", try cli.file("plan.json", data)).status == 0)
        let exported = try cli.run("plan", "export")
        #expect(exported.stdout.contains("\"rules\": [\"JD01 <= JD28\", \"spending.XC <= budget.BJ\"]"))
        #expect(exported.stdout.contains("\"previous\": \"JD01A\""))
        let out = cli.folder.appendingPathComponent("plan.xlsx").path
        #expect(try cli.run("plan", "export", "--format", "xlsx", "--out", out).status == 0)
        let again = try cli.run("plan", "import", out, "--dry-run")
        #expect(again.status == 0, "\(again)")
        #expect(!again.stdout.contains("rules"), "a workbook export imports back unchanged: \(again.stdout)")
        #expect(!again.stdout.contains("previous"), "\(again.stdout)")
        // Next year's copy keeps the rules and compares with this year's same code.
        let copy = try cli.run("plan", "copy", "--from", "2021", "--to", "2022")
        #expect(copy.status == 0, "\(copy)")
        #expect(copy.stdout.contains("\"rules\": [\"JD01 <= JD28\", \"spending.XC <= budget.BJ\"]"))
        #expect(!copy.stdout.contains("\"previous\""))
        // Without its rules, the JSON plan changes the project's rules.
        let dropped = try cli.run(
            "plan",
            "import",
            try cli.file("plain.json", Data(PlanFixtures.valid.utf8)),
            "--dry-run"
        )
        #expect(dropped.stdout.contains("rules"), "\(dropped.stdout)")
    }

    /// jinduban breaks three rules and has one outlying monthly value (far from its other months and from the
    /// other three offices' June); the other offices break none; the project breaks one budget rule.
    static func seeded() throws -> DistrictCLI {
        let cli = try DistrictCLI()
        let plan = try PlanFixtures.edited { top in
            top.project(0) {
                $0["rules"] = [
                    "JD29 <= JD28", "JD01 <= 10", "spending.XC <= 500", "spending >= budget", "spending <= budget",
                ]
                $0["offices"] = ["jinduban", "wangluyuan", "xinhe", "hongshan"]
            }
        }
        #expect(try cli.run("plan", "import", try cli.file("plan.json", plan)).status == 0)
        let database = try cli.database()
        _ = try Seed.office(database, "jinduban", "区禁毒办")
        _ = try Seed.office(database, "wangluyuan", "望麓园街道")
        _ = try Seed.office(database, "xinhe", "新河街道")
        _ = try Seed.office(database, "hongshan", "洪山街道")
        try Seed.sync(
            database,
            "jinduban",
            [
                try Seed.expenditure("jinduban", "JD2021", "XC", "BJ", "1000", "2021-04-10", id: "e1"),
                try Seed.expenditure("jinduban", "JD2021", "JL", "BJ", "500.50", "2021-06-30", id: "e2"),
                try Seed.expenditure("jinduban", "JD2021", "XC", "BJ", "100", "2021-07-01", id: "e3"),
                try Seed.value("jinduban", "JD01", "2021Q2", 12),
                try Seed.value("jinduban", "JD01", "2021Q3", 8),
                try Seed.value("jinduban", "JD28", "2021", 600),
            ]
                + [200, 210, 220, 205, 215, 2000].enumerated().map {
                    try Seed.value("jinduban", "JD29", "2021-0\($0.offset + 1)", $0.element)
                },
            at: "2021-07-01T09:00:00Z"
        )
        try Seed.sync(
            database,
            "wangluyuan",
            [try Seed.value("wangluyuan", "JD28", "2021", 300), try Seed.value("wangluyuan", "JD29", "2021-06", 200)],
            at: "2021-07-02T10:00:00Z"
        )
        try Seed.sync(database, "xinhe", [try Seed.value("xinhe", "JD29", "2021-06", 190)], at: "2021-07-02T10:00:00Z")
        try Seed.sync(
            database,
            "hongshan",
            [try Seed.value("hongshan", "JD29", "2021-06", 215)],
            at: "2021-07-02T10:00:00Z"
        )
        return cli
    }

    static let expectedChecks = [
        "  jinduban JD2021: 区禁毒办 for the year: breaks the rule JD29 <= JD28 (3050 against 600)",
        "  jinduban JD2021: 区禁毒办 2021Q2: breaks the rule JD01 <= 10 (12 against 10)",
        "  jinduban JD2021: 区禁毒办 for the year: breaks the rule spending.XC <= 500 (1100 against 500)",
        "  - JD2021: the whole project: breaks the rule spending >= budget (1600.5 against 12776000)",
        "  jinduban JD2021: 区禁毒办 2021-06 JD29: 2000 is unusual: more than 3 median absolute deviations from the office's other periods (median 210) and from the other offices' values for the period (median 200); check it",
    ]

    @Test func statusListsBrokenRulesAndOutliers() throws {
        let cli = try Self.seeded()
        defer { cli.remove() }
        let table = try cli.run("status", "--period", "2021")
        #expect(table.status == 0, "\(table)")
        let lines = table.stdout.components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex(of: "Data checks (they never change a score):"), "\(table.stdout)")
        #expect(Array(lines[(heading + 1)...].prefix(Self.expectedChecks.count)) == Self.expectedChecks)
        #expect(lines.count == heading + 1 + Self.expectedChecks.count + 1)

        let json = try cli.run("status", "--period", "2021", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let checks = try #require(object["checks"] as? [[String: Any]])
        #expect(checks.map { $0["kind"] as? String } == ["rule", "rule", "rule", "rule", "outlier"])
        #expect(checks.map { $0["office"] as? String } == ["jinduban", "jinduban", "jinduban", nil, "jinduban"])
        #expect(checks[0]["message"] as? String == "区禁毒办 for the year: breaks the rule JD29 <= JD28 (3050 against 600)")
        #expect(checks[3]["office"] is NSNull)

        // In Chinese.
        let chinese = try cli.run(
            ["status", "--period", "2021"],
            environment: ["LANG": "zh_CN.UTF-8", "COLUMNS": "100"]
        )
        #expect(chinese.stdout.contains("数据核查（不影响得分）：\n"), "\(chinese.stdout)")
        #expect(chinese.stdout.contains("  jinduban JD2021: 区禁毒办 2021Q2：不符合校验规则 JD01 <= 10（左边 12，右边 10）\n"))
        #expect(
            chinese.stdout.contains(
                "  jinduban JD2021: 区禁毒办 2021-06 JD29 的值 2000 异常：与本单位其他各期（中位数 210）和其他单位同期（中位数 200）都相差超过3个绝对中位差，请核实\n"
            )
        )

        // The report's 数据说明 lists them too, and they change no score.
        let report = try cli.run("report", "--project", "JD2021", "--year", "2021", "--format", "json")
        #expect(report.status == 0, "\(report.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let notes = try #require(parsed["dataNotes"] as? [String: Any])
        #expect((notes["ruleViolations"] as? [String])?.count == 4)
        #expect((notes["outliers"] as? [String])?.count == 1)
        #expect(report.stdout.contains("区禁毒办全年数据不符合校验规则 JD29 <= JD28（左边3050，右边600），请核实。"))
        #expect(report.stdout.contains("区禁毒办2021Q2数据不符合校验规则 JD01 <= 10（左边12，右边10），请核实。"))
        #expect(report.stdout.contains("全项目数据不符合校验规则 spending >= budget（左边1600.5，右边12776000），请核实。"))
        #expect(
            report.stdout.contains(
                "区禁毒办2021-06 JD29 毛发验毒筛查人数的数值2000偏离超过3个绝对中位差（本单位其他各期中位数210，其他单位同期中位数200），请核实；异常值照常计入，不改变得分。"
            )
        )
    }
}
