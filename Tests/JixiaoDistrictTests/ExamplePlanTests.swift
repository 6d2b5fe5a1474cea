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
}
