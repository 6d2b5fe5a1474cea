import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

@testable import JixiaoDistrict

/// `district plan import|export` through the built binary.
@Suite struct PlanCommandTests {
    @Test(arguments: [
        (1, true, "plan 2021 (dry run): no changes (1 item is already up to date)"),
        (100, true, "plan 2021 (dry run): no changes (100 items are already up to date)"),
        (1, false, "plan 2021: no changes (1 item was already up to date)"),
        (15, false, "plan 2021: no changes (15 items were already up to date)"),
    ])
    func noChangesCountsItsItemsInGoodEnglish(unchanged: Int, dryRun: Bool, line: String) {
        let items = (0..<unchanged).map {
            PlanImportSummary.Item(action: .unchanged, kind: "indicator", key: "JD\($0)")
        }
        #expect(PlanImportSummary(year: 2021, items: items, dryRun: dryRun).lines == [line])
    }

    @Test func importThenReimportChangesNothing() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let plan = try cli.file("plan.json", Data(PlanFixtures.valid.utf8))
        let first = try cli.run("plan", "import", plan)
        #expect(first.status == 0)
        let lines = first.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "created project JD2021")
        #expect(lines.contains("created fund LT2021/SJ"))
        #expect(lines.contains("created category JD2021/JL"))
        #expect(lines.contains("created indicator JD30"))
        #expect(lines.last == "plan 2021: 15 created, 0 updated, 0 removed, 0 unchanged")
        #expect(first.stderr.contains("plan.json: warning: offices not enrolled yet: jinduban, wangluyuan"))
        let revision = try cli.database().referenceRevision()
        #expect(revision == 15)

        let second = try cli.run("plan", "import", plan)
        #expect(second.status == 0)
        #expect(second.stdout == "plan 2021: no changes (15 items were already up to date)\n")
        #expect(try cli.database().referenceRevision() == revision)

        let stored = try cli.database().reference(year: 2021)
        #expect(stored.projects.map(\.code) == ["JD2021", "LT2021"])
        #expect(stored.indicator("JD30", year: 2021)?.aggregation == .formula("JD29 / JD28 * 100"))
        #expect(
            stored.funds(of: "LT2021", year: 2021).map(\.adjustedBudget) == [
                Money(fen: 50_000_000), Money(fen: 95_900_001),
            ]
        )
    }

    @Test func reimportBumpsOnlyWhatChangedAndRemovesWhatIsGone() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8)))
        let before = try cli.database().referenceRevision()
        let edited = try PlanFixtures.typicalEdit()
        let result = try cli.run("plan", "import", try cli.file("edited.json", edited))
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                updated indicator JD01: target, weight
                updated indicator JD28: weight
                created fund LT2021/SHENG
                removed category JD2021/JL
                plan 2021: 1 created, 2 updated, 1 removed, 12 unchanged

                """
        )
        let database = try cli.database()
        #expect(try database.referenceRevision() == before + 4)
        let changes = try database.referenceChanges(since: before).changes
        #expect(changes.map(\.key) == ["JD01/2021", "JD28/2021", "LT2021/SHENG/2021", "JD2021/JL/2021"])
        #expect(changes.last?.operation == .delete)
        #expect(try database.reference().categories(of: "JD2021", year: 2021).map(\.code) == ["XC"])
    }

    @Test func anItemOfficesUseIsKeptNotRemoved() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8)))
        let database = try cli.database()
        _ = try Seed.office(database, "jinduban", "区禁毒办")
        try Seed.sync(
            database,
            "jinduban",
            [try Seed.expenditure("jinduban", "JD2021", "JL", "BJ", "800", "2021-05-01")],
            at: "2021-05-02T08:00:00Z"
        )
        let edited = try PlanFixtures.edited { top in
            top.project(0) { project in
                var categories = project["categories"] as! [[String: Any]]
                categories.removeLast()
                project["categories"] = categories
            }
        }
        let result = try cli.run("plan", "import", try cli.file("edited.json", edited))
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                kept category JD2021/JL: not in the file, kept: offices have 1 row naming it
                plan 2021: no changes (14 items were already up to date)

                """
        )
        #expect(
            result.stderr.contains(
                "edited.json: warning: category JD2021/JL is not in the file but offices have 1 row naming it: kept"
            )
        )
        #expect(try database.reference().categories(of: "JD2021", year: 2021).map(\.code) == ["XC", "JL"])
    }

    @Test func dryRunWritesNothing() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let result = try cli.run(
            "plan",
            "import",
            try cli.file("plan.json", Data(PlanFixtures.valid.utf8)),
            "--dry-run"
        )
        #expect(result.status == 0)
        #expect(
            result.stdout.hasSuffix(
                "plan 2021 (dry run, nothing written): 15 created, 0 updated, 0 removed, 0 unchanged\n"
            )
        )
        let database = try cli.database()
        #expect(try database.referenceRevision() == 0)
        #expect(try database.reference().isEmpty)
    }

    /// Each refusal: exit status 1, the problem on stderr prefixed with the file name, nothing written.
    @Test(arguments: [
        ("format", "plan.json: format is missing; the first field should be \"format\": \"jixiao-plan/1\""),
        (
            "duplicate",
            "plan.json: projects[1] \"JD2021\": project code \"JD2021\" is used twice (also projects[0]); codes must be unique"
        ),
        ("unit", "plan.json: projects[0] \"JD2021\" indicators[3] \"JD30\": unit is missing"),
        (
            "target",
            "plan.json: projects[0] \"JD2021\" indicators[1] \"JD28\": target is missing (年度指标值: a number, or text for a qualitative indicator)"
        ),
        (
            "direction",
            "plan.json: projects[0] \"JD2021\" indicators[0] \"JD01\": direction \"up\" is not one of: higher (正向), lower (反向), equal, qualitative (定性)"
        ),
        (
            "formula",
            "plan.json: projects[0] \"JD2021\" indicators[3] \"JD30\": formula \"JD29 / JD99 * 100\" names JD99, which is not an indicator of this plan"
        ),
        (
            "weights",
            "plan.json: projects[1] \"LT2021\": the indicators' weights add up to 91, not 90; the other 10 of the 100 points are the budget execution rate (预算执行率)"
        ),
        (
            "budget",
            "plan.json: projects[0] \"JD2021\" funds[0] \"BJ\": initialBudget is a JSON number (12776000); write budgets as quoted text, e.g. \"12776000\" for 元 or \"12776000万\" for 万元"
        ),
        (
            "money",
            "plan.json: projects[1] \"LT2021\" funds[0] \"BJ\": initialBudget is not money: amount \"五十万\" is not a number of 元; write 元 (\"500000\", \"1,234.56\") or 万元 (\"1277.6万\")"
        ),
        (
            "year",
            "plan.json: projects[1] \"LT2021\": year 2022 differs from the plan's year 2021; a plan holds one year"
        ),
    ])
    func refusals(name: String, line: String) throws {
        let edits: [String: (inout [String: Any]) -> Void] = [
            "format": { $0["format"] = nil },
            "duplicate": { top in top.project(1) { $0["code"] = "JD2021" } },
            "unit": { top in top.element(0, "indicators", 3) { $0["unit"] = nil } },
            "target": { top in top.element(0, "indicators", 1) { $0["target"] = nil } },
            "direction": { top in top.element(0, "indicators", 0) { $0["direction"] = "up" } },
            "formula": { top in top.element(0, "indicators", 3) { $0["formula"] = "JD29 / JD99 * 100" } },
            "weights": { top in top.element(1, "indicators", 1) { $0["weight"] = 45.5 } },
            "budget": { top in top.element(0, "funds", 0) { $0["initialBudget"] = 12_776_000 } },
            "money": { top in top.element(1, "funds", 0) { $0["initialBudget"] = "五十万" } },
            "year": { top in top.project(1) { $0["year"] = 2022 } },
        ]
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let data = try PlanFixtures.edited(try require(edits[name]))
        let result = try cli.run("plan", "import", try cli.file("plan.json", data))
        #expect(result.status == 1)
        #expect(result.stdout == "")
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains(line), "stderr was: \(result.stderr)")
        #expect(errors.last?.hasPrefix("plan.json: the plan has ") == true)
        #expect(errors.last?.hasSuffix("; nothing was imported") == true)
        #expect(try cli.database().reference().isEmpty)
    }

    /// Codes are unique within a year: next year's plan may reuse this year's codes, and its import leaves this
    /// year's plan alone.
    @Test func acceptsTheSameCodesInAnotherYear() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8)))
        let before = try cli.database().reference(year: 2021)
        let nextYear = try PlanFixtures.edited { top in
            top["year"] = 2022
            top.project(1) {
                $0["code"] = "LT2022"
                $0["year"] = 2022
            }
        }
        let result = try cli.run("plan", "import", try cli.file("plan2022.json", nextYear))
        #expect(result.status == 0, "stderr was: \(result.stderr)")
        let next = try cli.database().reference(year: 2022)
        #expect(next.projects.map(\.code) == ["JD2021", "LT2022"])
        #expect(next.indicators.map(\.code) == before.indicators.map(\.code))
        #expect(next.indicators.allSatisfy { $0.year == 2022 })
        #expect(try cli.database().reference(year: 2021) == before)
        // Importing the 2021 file again changes nothing: the 2022 plan is not a change of it.
        let again = try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8)))
        #expect(again.status == 0)
        #expect(try cli.database().reference(year: 2021) == before)
        #expect(try cli.database().reference(year: 2022) == next)
    }

    @Test func refusesAMissingFileAndAMissingDatabase() throws {
        let cli = try DistrictCLI(initialize: false)
        defer { cli.remove() }
        let noFile = try cli.run("plan", "import", "nowhere.json")
        #expect(noFile.status != 0)
        #expect(noFile.stderr.contains("cannot read nowhere.json"))
        let noDatabase = try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8)))
        #expect(noDatabase.status != 0)
        #expect(noDatabase.stderr.contains("no database at"))
    }

    @Test func exportWritesThePlanBackAndReimportsWithoutChanges() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8)))
        let exported = try cli.run("plan", "export")
        #expect(exported.status == 0)
        let original = try Plan(json: Data(PlanFixtures.valid.utf8))
        #expect(try Plan(json: Data(exported.stdout.utf8)) == original)
        #expect(exported.stdout == original.jsonText())

        let out = cli.folder.appendingPathComponent("out.json").path
        #expect(try cli.run("plan", "export", "--year", "2021", "--out", out).status == 0)
        let again = try cli.run("plan", "import", out)
        #expect(again.stdout == "plan 2021: no changes (15 items were already up to date)\n")
        let refused = try cli.run("plan", "export", "--out", out)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("already exists"))
        let noYear = try cli.run("plan", "export", "--year", "2030")
        #expect(noYear.status != 0)
        #expect(noYear.stderr.contains("no projects for year 2030 (years with projects: 2021)"))
    }

    @Test(.enabled(if: ExamplePlanTests.exists)) func theExamplePlanImports() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let result = try cli.run("plan", "import", ExamplePlanTests.path.path)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").last?.hasPrefix("plan 2021: ") == true)
        #expect(try cli.run("plan", "import", ExamplePlanTests.path.path).stdout.hasPrefix("plan 2021: no changes"))
    }
}
