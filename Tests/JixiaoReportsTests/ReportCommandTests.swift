import Foundation
import JixiaoTestSupport
import Testing

/// Runs the built `district` binary, as a clerk would.
@Suite("district report (the built binary)")
struct ReportCommandTests {
    /// `.build/debug/district` of this checkout, if built.
    static let binary: String? = BuiltBinary("district").isBuilt ? BuiltBinary("district").path : nil

    /// Runs `district ARGUMENTS` without `$JIXIAO_DISTRICT_DB` unless `environment` sets it.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> BuiltBinary.Result {
        var changes: [String: String?] = ["JIXIAO_DISTRICT_DB": nil]
        for (key, value) in environment { changes[key] = value }
        return try BuiltBinary("district").run(arguments, environment: changes)
    }

    @Test(.enabled(if: binary != nil, "build the district binary first (swift build)"))
    func markdownToStdout() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let result = try Self.run(["report", "--db", district.path, "--project", "LT2021", "--year", "2021"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# 2021年度蓝天办重点项目绩效自评报告"))
        for figure in ["50万元", "49.88418万元", "95.9万元", "26.8173万元", "69.0827万元", "76.70148万元", "94.76"] {
            #expect(result.stdout.contains(figure), "missing \(figure)")
        }
        // $JIXIAO_DISTRICT_DB works like --db.
        let viaEnvironment = try Self.run(
            ["report", "--project", "LT2021", "--year", "2021", "--format", "csv"],
            environment: ["JIXIAO_DISTRICT_DB": district.path]
        )
        #expect(viaEnvironment.status == 0)
        #expect(viaEnvironment.stdout.contains("总分,,,,,,100,94.76,自评等级：优"))
    }

    @Test(.enabled(if: binary != nil, "build the district binary first (swift build)"))
    func allFormatsIntoADirectory() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let out = district.directory + "/out"
        let result = try Self.run(["report", "--db", district.path, "--all", "--year", "2021", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("LT2021\t执行率 52.57%\t得分 94.76\t优"))
        for ext in ["md", "html", "csv", "json"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/LT2021.\(ext)"), "missing LT2021.\(ext)")
        }
        // The folder was filled under a temporary name and renamed: nothing else is left beside it.
        let beside = try FileManager.default.contentsOfDirectory(atPath: district.directory)
        #expect(beside.filter { !$0.hasPrefix("district.db") }.sorted() == ["out"])
        let json = try Data(contentsOf: URL(fileURLWithPath: "\(out)/LT2021.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(((object["budget"] as? [String: Any])?["spent"] as? NSNumber)?.int64Value == 76_701_480)
    }

    @Test(.enabled(if: binary != nil, "build the district binary first (swift build)"))
    func refusals() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let unknown = try Self.run(["report", "--db", district.path, "--project", "NOPE", "--year", "2021"])
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr
                == "project \"NOPE\" of 2021 is not in the district database; import the plan first (district plan import)\n"
        )
        let badFormat = try Self.run(
            ["report", "--db", district.path, "--project", "LT2021", "--year", "2021", "--format", "xlsx"])
        #expect(badFormat.status == 64)
        #expect(badFormat.stderr.contains("Please provide one of 'md', 'html', 'csv' or 'json'."))
        let allWithoutOut = try Self.run(["report", "--db", district.path, "--all", "--year", "2021"])
        #expect(allWithoutOut.status == 64)
        #expect(allWithoutOut.stderr.contains("--out DIR"))
        // No plan for the year: refused before anything is created.
        let out = district.directory + "/out2022"
        let noPlan = try Self.run(["report", "--db", district.path, "--all", "--year", "2022", "--out", out])
        #expect(noPlan.status == 1)
        #expect(
            noPlan.stderr
                == "no project of 2022 in \(district.path): import that year's plan first (district plan import)\n"
        )
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
