import Foundation
import Testing

@testable import JixiaoDistrict

/// The example plan of the seed district must import, and export back to an equal plan.
@Suite struct ExamplePlanTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Docs/examples/kaifu-2021/plan.json")
    static var exists: Bool { FileManager.default.fileExists(atPath: path.path) }

    @Test(.enabled(if: ExamplePlanTests.exists, "the example plan is not on this branch yet"))
    func exampleImportsAndRoundTrips() throws {
        let plan = try Plan(json: try Data(contentsOf: Self.path))
        #expect(plan.year == 2021)
        #expect(plan.projects.map(\.project.code) == ["JD2021", "LT2021"])
        #expect(try Plan(json: plan.json()) == plan)
        #expect(plan.warnings().isEmpty)
    }

    /// The small year before (`Docs/examples/kaifu-2020`) is the 禁毒办 project with 2021's codes, a plan of its own.
    @Test(.enabled(if: ExamplePlanTests.exists, "the example plan is not on this branch yet"))
    func thePreviousYearHasTheSameCodes() throws {
        let previous = try Plan(
            json: try Data(
                contentsOf: Self.path.deletingLastPathComponent().deletingLastPathComponent()
                    .appendingPathComponent("kaifu-2020/plan.json")
            )
        )
        let current = try Plan(json: try Data(contentsOf: Self.path))
        #expect(previous.year == 2020)
        #expect(previous.projects.map(\.project.name) == ["2020年度禁毒办重点项目"])
        #expect(previous.indicators.map(\.code) == current.projects[0].indicators.map(\.code))
        #expect(previous.problems().isEmpty)
        // What `district plan copy --from 2021 --to 2020` gives, but for the budget.
        var copy = current.copied(to: 2020)
        copy.projects = [copy.projects[0]]
        for f in copy.projects[0].funds.indices {
            copy.projects[0].funds[f].initialBudget = previous.projects[0].funds[f].initialBudget
            copy.projects[0].funds[f].adjustedBudget = previous.projects[0].funds[f].adjustedBudget
        }
        #expect(previous == copy)
    }
}
