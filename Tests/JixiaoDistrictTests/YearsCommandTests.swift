import Foundation
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage
import Testing

/// Two years of one plan on the command line: `district plan copy` starts 2022 from 2021 with the same codes, the
/// copy imports beside 2021, and `district report --project JD2021 --year 2022` reports the second year.
@Suite("Two years of the same codes, on the command line")
struct YearsCommandTests {
    @Test func copyImportAndReportTheSecondYear() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        #expect(try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8))).status == 0)
        let first = try cli.database().reference(year: 2021)

        // The copy: every code, target and weight kept, budgets emptied on request, the year moved.
        let copy = try cli.run("plan", "copy", "--from", "2021", "--to", "2022", "--empty-budgets")
        #expect(copy.status == 0, "\(copy.stderr)")
        let plan = try Plan(json: Data(copy.stdout.utf8))
        #expect(plan.year == 2022)
        #expect(plan.projects.map(\.project.code) == first.projects.map(\.code))
        #expect(plan.indicators.map(\.code) == first.indicators.map(\.code))
        #expect(plan.indicators.map(\.target) == first.indicators.map(\.target))
        #expect(plan.indicators.map(\.weight) == first.indicators.map(\.weight))
        #expect(plan.projects.flatMap(\.funds).allSatisfy { $0.initialBudget == .zero && $0.adjustedBudget == .zero })
        let kept = try cli.run("plan", "copy", "--from", "2021", "--to", "2022")
        #expect(
            try Plan(json: Data(kept.stdout.utf8)).projects.flatMap(\.funds).map(\.adjustedBudget)
                == first.funds.map(\.adjustedBudget)
        )

        // Imported, it is a second plan beside the first, with the same codes.
        let imported = try cli.run("plan", "import", try cli.file("plan-2022.json", Data(copy.stdout.utf8)))
        #expect(imported.status == 0, "\(imported.stderr)")
        let second = try cli.database().reference(year: 2022)
        #expect(second.projects.map(\.code) == first.projects.map(\.code))
        #expect(second.indicators.count == first.indicators.count)
        #expect(try cli.database().reference(year: 2021) == first)
        // The workbook copy (--out FILE.xlsx) holds the same plan: importing it changes nothing.
        #expect(
            try cli.run("plan", "copy", "--from", "2021", "--to", "2022", "--empty-budgets", "--out", "next.xlsx")
                .status
                == 0
        )
        let again = try cli.run("plan", "import", cli.folder.appendingPathComponent("next.xlsx").path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("plan 2022: no changes"), "\(again.stdout)")

        // One office reports both years; each year's report counts its own.
        let database = try cli.database()
        _ = try Seed.office(database, "wangluyuan", "望麓园街道")
        try Seed.sync(
            database,
            "wangluyuan",
            [
                try Seed.expenditure("wangluyuan", "JD2021", "XC", "BJ", "100", "2021-05-01"),
                try Seed.expenditure("wangluyuan", "JD2021", "XC", "BJ", "300", "2022-05-01"),
            ],
            at: "2022-06-01T00:00:00Z"
        )
        for (year, fen) in [(2021, 10_000), (2022, 30_000)] {
            let report = try cli.run("report", "--project", "JD2021", "--year", String(year), "--format", "json")
            #expect(report.status == 0, "\(report.stderr)")
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
            )
            let project = try #require(json["project"] as? [String: Any])
            let budget = try #require(json["budget"] as? [String: Any])
            #expect(project["year"] as? Int == year)
            #expect(budget["spent"] as? Int == fen, "\(year)")
            // 与上年比较: the 2022 report carries 2021's figures; 2021 has no year before it, so nothing.
            let comparison = json["yearOverYear"] as? [String: Any]
            if year == 2021 {
                #expect(comparison == nil)
            } else {
                #expect(comparison?["previousYear"] as? Int == 2021)
                #expect(comparison?["previousSpent"] as? Int == 10_000)
                let categories = try #require(comparison?["categories"] as? [[String: Any]])
                #expect(categories.map { $0["code"] as? String } == ["XC"])
                #expect(categories.first?["change"] as? Int == 20_000)
                let indicators = try #require(comparison?["indicators"] as? [[String: Any]])
                #expect(
                    indicators.map { $0["code"] as? String } == first.indicators(of: "JD2021", year: 2021).map(\.code)
                )
            }
        }
        let markdown = try cli.run("report", "--project", "JD2021", "--year", "2022")
        #expect(markdown.stdout.contains("### 与上年（2021年）比较"))
        #expect(markdown.stdout.contains("| 禁毒宣传 | 100.00 | 300.00 | 200.00 |"), "\(markdown.stdout)")
        let earlier = try cli.run("report", "--project", "JD2021", "--year", "2021")
        #expect(!earlier.stdout.contains("与上年"))
        // Without --year the project is ambiguous: the refusal lists the years.
        let ambiguous = try cli.run("report", "--project", "JD2021")
        #expect(ambiguous.status == 1)
        #expect(
            ambiguous.stderr
                == "project JD2021 is in the plans of several years (2021, 2022): give --year, e.g. --year 2022\n"
        )
        // A year that does not have it names those that do.
        let missing = try cli.run("report", "--project", "JD2021", "--year", "2023")
        #expect(missing.status == 1)
        #expect(
            missing.stderr.contains("project \"JD2021\" is not in the plan of 2023; it is in the plan of 2021, 2022")
        )
        // The copy of a year without a plan is refused, naming the years that have one.
        let none = try cli.run("plan", "copy", "--from", "2019", "--to", "2020")
        #expect(none.status == 1)
        #expect(none.stderr.contains("no projects for year 2019 (years with projects: 2021, 2022)"), "\(none.stderr)")
    }

    @Test func copyMovesTheYearInNames() throws {
        var plan = try Plan(json: Data(PlanFixtures.valid.utf8))
        plan.projects[0].project.name = "2021年度禁毒办重点项目"
        plan.projects[0].project.goal = "2021年底前完成"
        let copy = plan.copied(to: 2022)
        #expect(copy.projects[0].project.name == "2022年度禁毒办重点项目")
        #expect(copy.projects[0].project.goal == "2022年底前完成")
        #expect(copy.projects[0].project.code == "JD2021")
        #expect(copy.projects.allSatisfy { $0.project.year == 2022 })
        #expect(copy.projects.flatMap(\.funds).allSatisfy { $0.year == 2022 })
        #expect(copy.projects.flatMap(\.categories).allSatisfy { $0.year == 2022 })
        #expect(copy.indicators.allSatisfy { $0.year == 2022 })
        #expect(
            copy.projects.flatMap(\.funds).map(\.initialBudget) == plan.projects.flatMap(\.funds).map(\.initialBudget)
        )
        // Round trip through the import format: the copy reads back as the same plan.
        #expect(try Plan(json: copy.json()) == copy)
    }
}
