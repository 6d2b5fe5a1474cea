import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

/// `district office rotate-secret|disable|enable` through the built binary.
@Suite struct OfficeLifecycleCommandTests {
    @Test func rotateSecretWritesANewEnrolmentFileAndNeverPrintsTheSecret() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let old = try Seed.office(try cli.database(), "wangluyuan", "望麓园街道")
        let result = try cli.run("office", "rotate-secret", "wangluyuan", "--server", "district.example:7420")
        #expect(result.status == 0, "\(result)")
        let path = cli.folder.appendingPathComponent("wangluyuan.enrol").path
        #expect(result.stdout.contains("enrolment file: wangluyuan.enrol\n"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("street config --enrol wangluyuan.enrol\n"))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let file = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: String]
        )
        let stored = try #require(try cli.database().secret(of: "wangluyuan"))
        #expect(file["secret"] == stored.hex)
        #expect(file["server"] == "district.example:7420")
        #expect(file["office"] == "wangluyuan" && file["format"] == "jixiao-enrolment/1")
        #expect(file["certificate"]?.hasPrefix("sha256:") == true)
        #expect(stored != old)
        #expect(!result.stdout.contains(stored.hex) && !result.stderr.contains(stored.hex))
        #expect(result.stderr.contains("the old secret no longer works"))
        // Again: a new secret replaces the file; `office enrol` writes the current one again without changing it.
        #expect(try cli.run("office", "rotate-secret", "wangluyuan").status == 0)
        let newer = try #require(try cli.database().secret(of: "wangluyuan"))
        #expect(newer != stored)
        let reissued = try cli.run("office", "enrol", "wangluyuan", "--out", "again.enrol")
        #expect(reissued.status == 0, "\(reissued)")
        let again = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: cli.folder.appendingPathComponent("again.enrol"))
            ) as? [String: String]
        )
        #expect(again["secret"] == newer.hex)
        #expect(try cli.database().secret(of: "wangluyuan") == newer)
    }

    @Test func tlsShowAndRotate() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let shown = try cli.run("tls", "show")
        #expect(shown.status == 0)
        let current = try #require(shown.stdout.firstMatch(of: /certificate: (sha256:[0-9a-f]{64})/)).1
        #expect(!shown.stdout.contains("staged"))
        // Local time with its offset (the tests' TZ is Asia/Shanghai), or UTC with --utc.
        #expect(shown.stdout.contains(/\(since \d{4}-\d\d-\d\d \d\d:\d\d \+08:00\)\n$/), "\(shown.stdout)")
        let utc = try cli.run("tls", "show", "--utc")
        #expect(utc.stdout.contains(/\(since \d{4}-\d\d-\d\d \d\d:\d\d \+00:00\)\n$/), "\(utc.stdout)")
        #expect(try cli.run("tls", "rotate", "--activate").status == 1)
        let staged = try cli.run("tls", "rotate", "--stage")
        #expect(staged.status == 0)
        let next = try #require(staged.stdout.firstMatch(of: /staged: (sha256:[0-9a-f]{64})/)).1
        #expect(next != current)
        #expect(try cli.run("tls", "show").stdout.contains("staged:      \(next)"))
        let activated = try cli.run("tls", "rotate", "--activate")
        #expect(activated.stdout == "certificate: \(next)\n")
        let after = try cli.run("tls", "show").stdout
        #expect(after.contains("certificate: \(next)") && !after.contains("staged"))
        #expect(try cli.run("tls", "rotate").status == 64)
        // `district backup` carries the key pair and certificate: the copy presents the same one.
        #expect(try cli.run("backup", "copy.db").status == 0)
        #expect(try cli.run("tls", "show", "--db", "copy.db").stdout == after)
        // The key never appears in what the commands print.
        for output in [shown.stdout, staged.stdout, activated.stdout, after] { #expect(!output.contains("PRIVATE")) }
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
