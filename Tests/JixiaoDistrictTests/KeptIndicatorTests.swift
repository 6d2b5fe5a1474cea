import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

/// A plan re-import that keeps a removed indicator (offices have values for it) takes it out of the score and says
/// what that does to the weights.
@Suite struct KeptIndicatorTests {
    @Test func aKeptIndicatorNoLongerScoresAndTheImportSaysWhatThatDoesToTheWeights() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        #expect(try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8))).status == 0)
        let database = try cli.database()
        _ = try Seed.office(database, "jinduban", "区禁毒办")
        try Seed.sync(
            database,
            "jinduban",
            [try Seed.value("jinduban", "JD01", "2021Q2", 12), try Seed.value("jinduban", "JD28", "2021", 2700)],
            at: "2021-07-01T09:00:00Z"
        )
        // JD01 (30 points) leaves the plan; JD28 takes its points, so the file's weights add up to 90.
        let edited = try PlanFixtures.edited { top in
            top.project(0) { project in
                var indicators = project["indicators"] as! [[String: Any]]
                indicators.removeFirst()
                indicators[0]["weight"] = 40
                project["indicators"] = indicators
            }
        }
        let result = try cli.run("plan", "import", try cli.file("edited.json", edited))
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stderr.contains(
                "indicator JD01 was removed from the plan but offices have 1 value for it: kept, but it no longer scores (weight 30 becomes 0); the other indicators of project JD2021 carry 90 points"
            ),
            "\(result)"
        )
        let kept = try #require(try database.reportRecords(project: "JD2021", year: 2021)?.indicators)
        #expect(kept.first { $0.code == "JD01" }?.weight == 0)
        #expect(kept.map(\.weight).reduce(0, +) == 90)
        let report = try cli.run("report", "--project", "JD2021", "--year", "2021", "--format", "md")
        #expect(report.status == 0, "\(report.stderr)")
        #expect(!report.stdout.contains("绩效指标分值合计为"), "the weights add up to 90 again")
        // Importing the same file again changes nothing and says the same.
        let again = try cli.run("plan", "import", try cli.file("edited.json", edited))
        #expect(
            again.stderr.contains(
                "indicator JD01 was removed from the plan but offices have 1 value for it: kept with weight 0, so it does not score; the other indicators of project JD2021 carry 90 points"
            ),
            "\(again)"
        )
    }
}
