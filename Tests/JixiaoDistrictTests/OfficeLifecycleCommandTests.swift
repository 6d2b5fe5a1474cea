import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

/// `district office rotate-secret|disable|enable` through the built binary.
@Suite struct OfficeLifecycleCommandTests {
    @Test func rotateSecretPrintsANewSecretOnceAndReplacesTheOld() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let old = try Seed.office(try cli.database(), "wangluyuan", "望麓园街道")
        let result = try cli.run("office", "rotate-secret", "wangluyuan")
        #expect(result.status == 0)
        let printed = result.stdout.trimmingCharacters(in: .newlines)
        #expect(printed.count == 64)
        #expect(printed.allSatisfy { $0.isHexDigit })
        let stored = try #require(try cli.database().secret(of: "wangluyuan"))
        #expect(stored.hex == printed)
        #expect(stored != old)
        #expect(!result.stderr.contains(printed))
        #expect(result.stderr.contains("the old one no longer works"))
        let again = try cli.run("office", "rotate-secret", "wangluyuan")
        #expect(again.stdout.trimmingCharacters(in: .newlines) != printed)
    }

    @Test func disableAndEnable() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        _ = try Seed.office(try cli.database(), "xinhe", "新河街道")
        let disabled = try cli.run("office", "disable", "xinhe")
        #expect(disabled.status == 0)
        #expect(disabled.stderr == "office xinhe is disabled: it can no longer sync\n")
        #expect(try cli.database().office("xinhe")?.enabled == false)
        #expect(try cli.run("office", "disable", "xinhe").stderr == "office xinhe was already disabled\n")
        let enabled = try cli.run("office", "enable", "xinhe")
        #expect(enabled.status == 0)
        #expect(enabled.stderr == "office xinhe is enabled\n")
        #expect(try cli.database().office("xinhe")?.enabled == true)
    }

    @Test(arguments: [
        ["office", "disable", "nobody"], ["office", "enable", "nobody"], ["office", "rotate-secret", "nobody"],
    ])
    func unknownOfficesAreRefused(arguments: [String]) throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let result = try cli.run(arguments)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "no office with code nobody is enrolled; none is yet: enrol one with `district office add`\n"
        )
        _ = try Seed.office(try cli.database(), "xinhe", "新河街道")
        _ = try Seed.office(try cli.database(), "jinduban", "区禁毒办")
        let listed = try cli.run(arguments)
        #expect(listed.status == 1)
        #expect(listed.stderr == "no office with code nobody is enrolled; the enrolled offices are jinduban, xinhe\n")
    }

    @Test(arguments: [["expenses", "list", "--office", "nobody"], ["values", "list", "--office", "nobody"]])
    func listingsFilteredByAnUnknownOfficeAreRefused(arguments: [String]) throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        _ = try Seed.office(try cli.database(), "xinhe", "新河街道")
        let result = try cli.run(arguments)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "no office with code nobody is enrolled; the enrolled offices are xinhe\n")
        #expect(try cli.run(Array(arguments.dropLast()) + ["xinhe"]).status == 0)
    }

    @Test func officeListShowsLocalTimeOrUTC() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let database = try cli.database()
        _ = try Seed.office(database, "xinhe", "新河街道")
        try Seed.sync(database, "xinhe", [], at: "2026-12-01T06:52:50Z")
        let local = try cli.run("office", "list")
        #expect(local.status == 0)
        #expect(local.stdout.split(separator: "\n").last?.contains("  2026-12-01 14:52 +08:00  ok") == true, "\(local)")
        let utc = try cli.run("office", "list", "--utc")
        #expect(utc.status == 0)
        #expect(utc.stdout.split(separator: "\n").last?.contains("  2026-12-01 06:52 +00:00  ok") == true, "\(utc)")
    }
}
