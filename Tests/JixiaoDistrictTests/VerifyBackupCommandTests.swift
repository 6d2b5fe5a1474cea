import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoTestSupport
import Testing

/// `district verify` and `district backup` through the built binary.
@Suite struct VerifyBackupCommandTests {
    @Test func verifyPassesOnASoundDatabase() throws {
        let cli = try StatusCommandTests.seeded()
        defer { cli.remove() }
        let result = try cli.run("verify")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "integrity_check: ok")
        let jinduban = try #require(lines.first { $0.hasPrefix("jinduban") })
        let digest = try cli.database().digest(office: "jinduban")
        #expect(jinduban.contains("  3  "))  // expenditures
        #expect(jinduban.contains(digest.description))
        #expect(jinduban.hasSuffix("ok"))
        #expect(lines.first { $0.hasPrefix("xinhe") }?.hasSuffix("never synced") == true)
    }

    @Test func verifyFailsWhenRowsDoNotMatchTheirDigest() throws {
        let cli = try StatusCommandTests.seeded()
        defer { cli.remove() }
        try SQLiteShell.execute(
            "UPDATE office_digest SET h1 = h1 + 1 WHERE office = 'wangluyuan';",
            on: cli.databasePath
        )
        let result = try cli.run("verify")
        #expect(result.status == 1)
        #expect(result.stdout.contains("DIGEST MISMATCH"))
        #expect(result.stderr.contains("verify FAILED"))
    }

    @Test func verifyNotesRowsChangedSinceTheLastAgreedSync() throws {
        let cli = try StatusCommandTests.seeded()
        defer { cli.remove() }
        let database = try cli.database()
        _ = try database.applyPush(
            office: "wangluyuan",
            epoch: "epoch-wangluyuan",
            fromSequence: 3,
            toSequence: 4,
            changes: [try Seed.value("wangluyuan", "JD29", "2021-05", 31)],
            fullSnapshot: false
        )
        let result = try cli.run("verify")
        #expect(result.status == 0)
        #expect(
            result.stdout.split(separator: "\n").first { $0.hasPrefix("wangluyuan") }?.hasSuffix(
                "changed since the last agreed sync"
            ) == true
        )
    }

    @Test func backupRefusesAnExistingFile() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let target = try cli.file("taken.db", Data("x".utf8))
        let result = try cli.run("backup", target)
        #expect(result.status != 0)
        #expect(result.stderr.contains("taken.db already exists: refusing to overwrite it; choose a new file name"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data("x".utf8))
    }

    /// Backups taken while another thread keeps pushing rows open, pass integrity_check, and hold a consistent
    /// state: every push is there whole or not at all.
    @Test func backupDuringConcurrentWritesIsConsistent() async throws {
        let cli = try StatusCommandTests.seeded()
        defer { cli.remove() }
        let databasePath = cli.databasePath
        let writer = Task.detached { () throws -> Int in
            let database = try DistrictDatabase.open(at: databasePath)
            var sequence: Int64 = 3
            for batch in 0..<60 {
                // Each push adds ten expenditures of 1 元: a consistent copy holds a multiple of ten of them.
                let changes = try (0..<10).map {
                    try Seed.expenditure("wangluyuan", "JD2021", "XC", "BJ", "1", "2021-08-01", id: "b\(batch)-\($0)")
                }
                _ = try database.applyPush(
                    office: "wangluyuan",
                    epoch: "epoch-wangluyuan",
                    fromSequence: sequence,
                    toSequence: sequence + 10,
                    changes: changes,
                    fullSnapshot: false
                )
                sequence += 10
            }
            return 60
        }
        var copies: [String] = []
        for i in 0..<3 {
            let target = cli.folder.appendingPathComponent("backup-\(i).db").path
            let result = try cli.run("backup", target)
            #expect(result.status == 0, "backup \(i): \(result.stderr)")
            copies.append(target)
        }
        #expect(try await writer.value == 60)
        for copy in copies {
            let database = try DistrictDatabase.open(at: copy)
            #expect(try database.integrityCheck() == ["ok"])
            let held = try database.rowCounts(office: "wangluyuan").expenditures
            #expect(held % 10 == 0)
            #expect(try database.digest(office: "wangluyuan") == (try database.recomputedDigest(office: "wangluyuan")))
            let verify = try DistrictCLI.verify(copy)
            #expect(verify.status == 0)
        }
    }
}

extension DistrictCLI {
    /// Runs `district verify --db PATH`.
    static func verify(_ path: String) throws -> Result {
        let cli = try DistrictCLI(initialize: false)
        defer { cli.remove() }
        return try cli.run("verify", "--db", path)
    }
}
