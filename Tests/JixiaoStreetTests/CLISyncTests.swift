import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoTestSupport
import Testing

/// Every change made through the `street` commands reaches the district on the next `street sync`: expenditures
/// added, edited and deleted, values set, replaced and deleted, narratives set and replaced, an import. Runs the
/// built `street` and a real `district serve` on 127.0.0.1 with an OS-assigned port.
@Suite struct CLISyncTests {
    /// `district serve` in the background on a free port.
    final class DistrictServer {
        let process = Process()
        let port: Int
        private let errors = Pipe()

        init(database: String, options: [String] = []) throws {
            process.executableURL = BuiltBinary("district").url
            process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0", "--db", database] + options
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // "serving PATH on 127.0.0.1:PORT; stop with Ctrl-C"
            var seen = ""
            var found: Int?
            let deadline = Date().addingTimeInterval(30)
            while found == nil && Date() < deadline {
                let chunk = errors.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += String(decoding: chunk, as: UTF8.self)
                if let range = seen.range(of: "on 127.0.0.1:"), let end = seen[range.upperBound...].firstIndex(of: ";")
                {
                    found = Int(seen[range.upperBound..<end])
                }
            }
            guard let found else {
                process.terminate()
                throw StreetCLI.CLIError(message: "district serve did not start: \(seen)")
            }
            port = found
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// A district database with the fixture plan and office `wangluyuan`, its server running, and a street
    /// database set up with `street init` for that office.
    static func setUp(serverOptions: [String] = []) throws -> (StreetCLI, DistrictDatabase, DistrictServer) {
        let cli = try StreetCLI()
        let districtPath = cli.folder.appendingPathComponent("district.db").path
        let district = try DistrictDatabase.create(at: districtPath, name: "开福区")
        try district.writeReference { writer in
            for project in Fixtures.reference.projects { try writer.upsert(project) }
            for fund in Fixtures.reference.funds { try writer.upsert(fund) }
            for category in Fixtures.reference.categories { try writer.upsert(category) }
            for indicator in Fixtures.reference.indicators { try writer.upsert(indicator) }
        }
        let secret = OfficeSecret.random()
        try district.addOffice(Office(code: "wangluyuan", name: "望麓园街道", kind: .street), secret: secret)
        let server = try DistrictServer(database: districtPath, options: serverOptions)
        let secretFile = try cli.file("initial-secret.txt", secret.hex + "\n")
        let initialised = try cli.run(
            "init",
            "--server",
            "127.0.0.1:\(server.port)",
            "--office",
            "wangluyuan",
            "--secret-file",
            secretFile
        )
        #expect(initialised.status == 0, "\(initialised)")
        return (cli, district, server)
    }

    @Test("a rotated secret and a moved server are applied with street config: rows, log and epoch kept")
    func configAppliesNewSettings() throws {
        let (cli, district, server) = try Self.setUp()
        defer { server.stop() }
        #expect(try cli.run("sync").status == 0)
        let added = try cli.run(
            "expense",
            "add",
            "--project",
            "JD2021",
            "--category",
            "XC",
            "--amount",
            "100",
            "--date",
            "2021-03-01"
        )
        #expect(added.status == 0, "\(added)")
        #expect(try cli.run("sync").status == 0)
        let epoch = try cli.database().settings().epoch
        // The district rotates the secret: the old one is refused, the office database is not touched.
        let secret = OfficeSecret.random()
        try district.setSecret(secret, office: "wangluyuan")
        let refused = try cli.run("sync")
        #expect(refused.status == 1 && refused.stderr.contains("authentication failed"), "\(refused)")
        let unsent = try cli.run(
            "expense",
            "add",
            "--project",
            "JD2021",
            "--category",
            "XC",
            "--amount",
            "7",
            "--date",
            "2021-04-01"
        )
        #expect(unsent.status == 0)
        // A file that does not hold a secret is refused and changes nothing.
        let bad = try cli.file("bad.txt", "not a secret\n")
        let badConfig = try cli.run("config", "--secret-file", bad)
        #expect(badConfig.status == 1)
        #expect(
            badConfig.stderr
                == "\(bad) does not hold an office secret: 64 hexadecimal digits, as the district gave them\n"
        )
        let file = try cli.file("secret.txt", secret.hex + "\n")
        let configured = try cli.run("config", "--secret-file", file)
        #expect(configured.status == 0, "\(configured)")
        #expect(configured.stdout.contains("server: 127.0.0.1:\(server.port)\n"))
        #expect(!configured.stdout.contains(secret.hex) && !configured.stderr.contains(secret.hex))
        let synced = try cli.run("sync")
        #expect(synced.status == 0, "\(synced)")
        #expect(try district.expenditures(office: "wangluyuan").count == 2)
        #expect(try cli.database().settings().epoch == epoch)
        #expect(try cli.database().settings().secret == secret)
        // A moved server: the new address is stored as given.
        let moved = try cli.run("config", "--server", "district.example:7421")
        #expect(moved.status == 0 && moved.stdout.contains("server: district.example:7421\n"), "\(moved)")
        #expect(try cli.database().settings().server.description == "district.example:7421")
        let both = try cli.run("config", "--secret-file", file, "--secret-stdin")
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("Error: give the secret one way: --secret-file or --secret-stdin\n"))
    }

    @Test func everyChangeReachesTheDistrict() throws {
        let (cli, district, server) = try Self.setUp()
        defer { server.stop() }
        let first = try cli.run("sync")
        #expect(first.status == 0, "\(first)")
        #expect(try cli.run("projects").stdout.contains("JD2021   2021  禁毒办专项  开福区禁毒委员会办公室\n"))

        func add(_ arguments: String...) throws -> String {
            let result = try cli.run(["expense", "add"] + arguments)
            #expect(result.status == 0, "\(result)")
            return result.stdout.trimmingCharacters(in: .newlines)
        }
        let kept = try add("--project", "JD2021", "--category", "XC", "--amount", "100", "--date", "2021-03-01")
        let edited = try add("--project", "JD2021", "--category", "JD", "--amount", "200", "--date", "2021-04-01")
        let deleted = try add(
            "--project",
            "LT2021",
            "--category",
            "PX",
            "--fund",
            "SJ",
            "--amount",
            "300",
            "--date",
            "2021-05-01"
        )
        #expect(try cli.run("value", "set", "--indicator", "JD01", "--period", "2021", "--value", "10").status == 0)
        #expect(try cli.run("value", "set", "--indicator", "JD09", "--period", "2021", "--value", "达成").status == 0)
        #expect(
            try cli.run("note", "set", "--project", "JD2021", "--section", "highlights", "--text", "初稿").status == 0
        )
        #expect(try cli.run("sync").status == 0)
        #expect(try district.expenditures(office: "wangluyuan").count == 3)

        // After a first sync: edits, deletes, replacements and an import.
        #expect(try cli.run("expense", "edit", edited, "--amount", "250.5", "--payee", "湖南某公司").status == 0)
        #expect(try cli.run("expense", "delete", deleted).status == 0)
        #expect(try cli.run("value", "set", "--indicator", "JD01", "--period", "2021", "--value", "12").status == 0)
        #expect(try cli.run("value", "delete", "--indicator", "JD09", "--period", "2021").status == 0)
        #expect(
            try cli.run(
                "value",
                "set",
                "--indicator",
                "LT01",
                "--period",
                "2021-06",
                "--value",
                "80.6",
                "--label",
                "伍家岭站点"
            ).status == 0
        )
        #expect(
            try cli.run("note", "set", "--project", "JD2021", "--section", "highlights", "--text", "定稿").status == 0
        )
        #expect(try cli.run("note", "set", "--project", "LT2021", "--section", "problems", "--text", "无").status == 0)
        let file = try cli.file("more.csv", "项目,类别,金额,日期,凭证号\nJD2021,XC,\"1,000.00\",2021-06-01,记-9\n")
        #expect(try cli.run("import", "expenses", file).status == 0)
        let second = try cli.run("sync")
        #expect(second.status == 0, "\(second)")

        let street = try cli.database()
        #expect(try street.pendingCount() == 0)
        #expect(try district.recomputedDigest(office: "wangluyuan") == street.recomputedDigest())
        let sort: (Expenditure, Expenditure) -> Bool = { $0.id < $1.id }
        #expect(
            try district.expenditures(office: "wangluyuan").sorted(by: sort) == street.expenditures().sorted(by: sort)
        )
        let districtRows = try district.expenditures(office: "wangluyuan")
        #expect(Set(districtRows.map(\.id)).isSuperset(of: [kept, edited]))
        #expect(!districtRows.map(\.id).contains(deleted))
        #expect(districtRows.first { $0.id == edited }?.amount == Money(fen: 25_050))
        #expect(districtRows.first { $0.id == edited }?.payee == "湖南某公司")
        let values = try district.values(office: "wangluyuan")
        #expect(
            Set(values.map { "\($0.indicator) \($0.period) \($0.value.display)" }) == [
                "JD01 2021 12", "LT01 2021-06 80.6",
            ]
        )
        let notes = try district.narratives(office: "wangluyuan")
        #expect(
            Set(notes.map { "\($0.project) \($0.section.rawValue) \($0.text)" }) == [
                "JD2021 highlights 定稿", "LT2021 problems 无",
            ]
        )

        let status = try cli.run("status")
        #expect(status.stdout.contains("unacknowledged changes: 0\n"))
        #expect(status.stdout.contains("digests:                matched\n"))
    }

    @Test func oneHundredThousandImportedRowsAreStoredAndSynced() throws {
        let (cli, district, server) = try Self.setUp()
        defer { server.stop() }
        #expect(try cli.run("sync").status == 0)
        var text = "project,category,fund,amount,date,voucher,payee,note\n"
        text.reserveCapacity(6_000_000)
        for row in 0..<100_000 {
            text += "JD2021,XC,BJ,\(row + 1).25,2021-\(row % 12 + 1)-\(row % 28 + 1),V\(row),某某公司\(row % 50),\n"
        }
        let file = try cli.file("big.csv", text)
        let imported = try cli.run("import", "expenses", file)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stderr == "imported 100000 expenditures from \(file) (UTF-8)\n")
        // Stored in one transaction: every row, the change log and the digest together.
        let database = try cli.database()
        #expect(try database.pendingCount() == 100_000)
        #expect(try database.digest() == database.recomputedDigest())
        let total = try database.expenditures().reduce(Money.zero) { $0 + $1.amount }
        let expected: Int64 = (100_000 * 100_001 / 2) * 100 + 100_000 * 25  // Σ (n + 0.25) 元, n = 1…100,000
        #expect(total == Money(fen: expected))

        let synced = try cli.run("sync")
        #expect(synced.status == 0, "\(synced)")
        #expect(try district.rowCounts(office: "wangluyuan").expenditures == 100_000)
        #expect(try district.recomputedDigest(office: "wangluyuan") == cli.database().recomputedDigest())
        #expect(try cli.database().pendingCount() == 0)
    }
}
