import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoTestSupport
import Testing

/// A `district serve` process on 127.0.0.1 with an OS-assigned port.
final class LiveServer {
    let process = Process()
    let port: Int
    private let errors = Pipe()

    /// Starts the server on `database` and waits for its "serving … on 127.0.0.1:PORT" line.
    init(database: String) throws {
        process.executableURL = DistrictCLI.binary
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0", "--db", database]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        var found: Int?
        while found == nil && Date() < deadline {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            if let range = text.range(of: #"on 127\.0\.0\.1:(\d+)"#, options: .regularExpression) {
                found = Int(text[range].split(separator: ":").last ?? "")
            }
        }
        guard let found else {
            process.terminate()
            throw CLIError(message: "the server did not start: \(text)")
        }
        port = found
        // Keep draining stderr so session log lines can never fill the pipe and block the server.
        errors.fileHandleForReading.readabilityHandler = { handle in _ = handle.availableData }
    }

    /// Stops the server with SIGINT and waits for it.
    func stop() {
        errors.fileHandleForReading.readabilityHandler = nil
        if process.isRunning {
            process.interrupt()
            process.waitUntilExit()
        }
    }

    deinit { stop() }
}

/// Runs the built `street` binary against a given database.
enum StreetCLI {
    /// Starts `street ARGS… --db PATH` without waiting for it.
    static func spawn(_ arguments: [String], db: String) throws -> BuiltBinary.Running {
        try BuiltBinary("street").start(arguments + ["--db", db], environment: ["JIXIAO_LOG_LEVEL": nil])
    }

    /// Runs `street ARGS… --db PATH` to the end.
    @discardableResult
    static func run(_ arguments: [String], db: String) throws -> DistrictCLI.Result {
        try spawn(arguments, db: db).finish()
    }

    /// `street init` for `office` against `port`, in `folder`; returns the database path.
    static func initialize(
        office: String,
        secret: OfficeSecret,
        port: Int,
        in folder: URL,
        name: String? = nil
    ) throws
        -> String
    {
        let path = folder.appendingPathComponent("\(name ?? office).street.db").path
        let secretFile = folder.appendingPathComponent("\(name ?? office).secret").path
        try Data((secret.hex + "\n").utf8).write(to: URL(fileURLWithPath: secretFile))
        let result = try run(
            ["init", "--server", "127.0.0.1:\(port)", "--office", office, "--secret-file", secretFile],
            db: path
        )
        guard result.status == 0 else { throw CLIError(message: "street init failed: \(result.stderr)") }
        return path
    }
}

/// The district command line against a live server and real `street sync` runs.
@Suite(.serialized) struct LiveServerTests {
    @Test func aDisabledOfficeAndARotatedSecretAreRefused() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8)))
        let secret = try Seed.office(try cli.database(), "wangluyuan", "望麓园街道")
        let server = try LiveServer(database: cli.databasePath)
        defer { server.stop() }
        let street = try StreetCLI.initialize(office: "wangluyuan", secret: secret, port: server.port, in: cli.folder)

        let first = try StreetCLI.run(["sync"], db: street)
        #expect(first.status == 0, "first sync: \(first.stderr)")

        #expect(try cli.run("office", "disable", "wangluyuan").status == 0)
        let disabled = try StreetCLI.run(["sync"], db: street)
        #expect(disabled.status != 0)
        #expect(disabled.stderr.lowercased().contains("disabled"), "stderr: \(disabled.stderr)")

        #expect(try cli.run("office", "enable", "wangluyuan").status == 0)
        #expect(try StreetCLI.run(["sync"], db: street).status == 0)

        let rotated = try cli.run("office", "rotate-secret", "wangluyuan", "--server", "127.0.0.1:\(server.port)")
        #expect(rotated.status == 0)
        let refused = try StreetCLI.run(["sync"], db: street)
        #expect(refused.status != 0, "the old secret still works")

        // A new computer of the office, set up from the new enrolment file.
        let enrolment = cli.folder.appendingPathComponent("wangluyuan.enrol").path
        let fresh = cli.folder.appendingPathComponent("fresh.street.db").path
        #expect(try StreetCLI.run(["init", "--enrol", enrolment], db: fresh).status == 0)
        let accepted = try StreetCLI.run(["sync"], db: fresh)
        #expect(accepted.status == 0, "sync with the new secret: \(accepted.stderr)")
    }

    @Test func planChangesReachAnOfficeOnItsNextSync() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8)))
        let secret = try Seed.office(try cli.database(), "jinduban", "区禁毒办")
        let server = try LiveServer(database: cli.databasePath)
        defer { server.stop() }
        let street = try StreetCLI.initialize(office: "jinduban", secret: secret, port: server.port, in: cli.folder)
        #expect(try StreetCLI.run(["sync"], db: street).status == 0)
        let before = try StreetDatabase.open(at: street).reference()
        #expect(before.indicator("JD01", year: 2021)?.target == "50")
        #expect(before.categories(of: "JD2021", year: 2021).map(\.code) == ["XC", "JL"])

        let edited = try PlanFixtures.typicalEdit()
        let imported = try cli.run("plan", "import", try cli.file("edited.json", edited))
        #expect(imported.status == 0)
        let second = try StreetCLI.run(["sync"], db: street)
        #expect(second.status == 0, "second sync: \(second.stderr)")
        let after = try StreetDatabase.open(at: street).reference()
        #expect(after.indicator("JD01", year: 2021)?.target == "60")
        #expect(after.indicator("JD28", year: 2021)?.weight == 20)
        #expect(after.categories(of: "JD2021", year: 2021).map(\.code) == ["XC"])
        #expect(after.funds(of: "LT2021", year: 2021).map(\.code) == ["BJ", "SJ", "SHENG"])
        #expect(after.funds(of: "LT2021", year: 2021).last?.initialBudget == Money(fen: 10_000_000))
    }

    @Test func aBackupTakenDuring20ConcurrentSyncsIsSound() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8)))
        let database = try cli.database()
        let offices = (1...20).map { "office\($0)" }
        var secrets: [String: OfficeSecret] = [:]
        for office in offices { secrets[office] = try Seed.office(database, office, "街道\(office)") }
        let server = try LiveServer(database: cli.databasePath)
        defer { server.stop() }
        var streets: [String] = []
        for office in offices {
            let path = try StreetCLI.initialize(
                office: office,
                secret: secrets[office]!,
                port: server.port,
                in: cli.folder
            )
            let street = try StreetDatabase.open(at: path)
            try street.write { writer in
                for i in 0..<200 {
                    try writer.insert(
                        Expenditure(
                            id: StreetWriter.newID(),
                            office: office,
                            project: "LT2021",
                            category: "PX",
                            fund: "BJ",
                            amount: Money(fen: Int64(100 + i)),
                            date: "2021-05-01",
                            voucher: "\(office)-\(i)"
                        )
                    )
                }
            }
            streets.append(path)
        }
        let syncs = try streets.map { try StreetCLI.spawn(["sync"], db: $0) }
        var backups: [String] = []
        for i in 0..<3 {
            let target = cli.folder.appendingPathComponent("during-\(i).db").path
            let result = try cli.run("backup", target)
            #expect(result.status == 0, "backup \(i): \(result.stderr)")
            backups.append(target)
        }
        let status = try cli.run("status", "--period", "2021Q2", "--format", "json")
        #expect(status.status == 0, "status during syncs: \(status.stderr)")
        let results = try syncs.map { try $0.finish() }
        for (office, result) in zip(offices, results) {
            #expect(result.status == 0, "\(office): \(result.stderr)")
        }
        for backup in backups {
            let copy = try DistrictDatabase.open(at: backup)
            #expect(try copy.integrityCheck() == ["ok"])
            for office in offices {
                // Every push is applied in one transaction: the copy's digests match its rows.
                #expect(try copy.digest(office: office) == (try copy.recomputedDigest(office: office)))
                #expect(try copy.rowCounts(office: office).expenditures <= 200)
            }
            #expect(try DistrictCLI.verify(backup).status == 0)
        }
        let verify = try cli.run("verify")
        #expect(verify.status == 0)
        #expect(
            verify.stdout.split(separator: "\n").filter { $0.hasPrefix("office") && $0.hasSuffix("  ok") }.count == 20
        )
        // Every office has synced now: the status shows its last sync and its LT2021 expenditures.
        let after = try cli.run("status", "--period", "2021Q2", "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.count == 20)
        #expect(rows.allSatisfy { $0["lastSync"] is String })
        #expect(rows.allSatisfy { $0["expenditures"] as? Int == 200 })
        for office in offices {
            #expect(try database.rowCounts(office: office).expenditures == 200)
        }
    }
}
