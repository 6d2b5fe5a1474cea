import Foundation
import JixiaoStorage
import JixiaoTestSupport
import Testing

/// The district's audit trail through the binaries and a real server: an expenditure edited three times at the
/// office, then the trail edited, cut and truncated behind Jixiao's back with the sqlite3 shell.
@Suite(
    "The audit trail: district audit, district verify",
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: ServerProcess.binary),
        "the district binary is not built (swift build)"
    )
)
struct AuditTrailTests {
    @Test("district audit shows one expenditure's history with before and after; verify names an edited entry")
    func historyAndTampering() async throws {
        let directory = TemporaryFolder(prefix: "jixiao-audit")
        defer { withExtendedLifetime(directory) {} }
        let districtDB = directory.file("d.db")
        let streetDB = directory.file("s.db")
        func district(_ arguments: [String]) throws -> BuiltBinary.Result {
            try BuiltBinary("district").run(arguments + ["--db", districtDB])
        }
        func street(_ arguments: [String]) throws -> BuiltBinary.Result {
            try BuiltBinary("street").run(arguments + ["--db", streetDB])
        }
        let plan = BuiltBinary.packageRoot.appendingPathComponent("Docs/examples/kaifu-2021/plan.json").path
        #expect(try district(["init", "--name", "开福区"]).status == 0)
        #expect(try district(["plan", "import", plan]).status == 0)
        let server = try ServerProcess(database: districtDB)
        let port = try await server.port()
        let enrolment = directory.file("xinhe.enrol")
        let added = try district([
            "office", "add", "--code", "xinhe", "--name", "新河街道", "--server", "127.0.0.1:\(port)", "--out", enrolment,
        ])
        #expect(added.status == 0, "\(added)")
        #expect(try street(["init", "--enrol", enrolment]).status == 0)
        #expect(try street(["sync"]).status == 0)

        let recorded = try street([
            "expense", "add", "--project", "JD2021", "--category", "JF", "--fund", "BJ", "--amount", "1200",
            "--date", "2021-03-05", "--payee", "新河街道各社区",
        ])
        #expect(recorded.status == 0, "\(recorded)")
        let id = recorded.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try street(["sync"]).status == 0)
        for (amount, payee) in [("1250", "新河街道各社区"), ("1250", "新河街道北社区"), ("1300.5", "新河街道北社区")] {
            #expect(try street(["expense", "edit", id, "--amount", amount, "--payee", payee]).status == 0)
            #expect(try street(["sync"]).status == 0)
        }

        let listed = try district(["audit", "--row", String(id.prefix(8)), "--format", "json"])
        #expect(listed.status == 0, "\(listed)")
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]]
        )
        #expect(entries.map { $0["action"] as? String } == ["insert", "update", "update", "update"])
        #expect(entries.allSatisfy { $0["actor"] as? String == "sync" && $0["office"] as? String == "xinhe" })
        #expect(
            entries.allSatisfy { ($0["device"] as? String)?.count == 36 && !(($0["session"] as? String) ?? "").isEmpty }
        )
        func field(_ entry: [String: Any], _ side: String, _ name: String) -> String? {
            ((entry[side] as? [String: Any])?[name]).map { "\($0)" }
        }
        #expect(entries[0]["before"] == nil)
        #expect(field(entries[0], "after", "amount") == "120000")
        #expect(entries.dropFirst().map { field($0, "before", "amount") } == ["120000", "125000", "125000"])
        #expect(entries.dropFirst().map { field($0, "after", "amount") } == ["125000", "125000", "130050"])
        #expect(field(entries[2], "before", "payee") == "新河街道各社区")
        #expect(field(entries[2], "after", "payee") == "新河街道北社区")

        // The table names what changed, in 元.
        let table = try district(["audit", "--row", id, "--utc"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("amount: 1,200.00 → 1,250.00"), "\(table.stdout)")
        #expect(table.stdout.contains("amount: 1,250.00 → 1,300.50; payee: 新河街道北社区") == false)
        #expect(table.stdout.contains("amount: 1,250.00 → 1,300.50"), "\(table.stdout)")
        #expect(table.stdout.contains("payee: 新河街道各社区 → 新河街道北社区"), "\(table.stdout)")
        // Administration is in the trail too.
        let actions = try district(["audit", "--office", "xinhe", "--format", "csv"])
        #expect(actions.stdout.contains("office.add"), "\(actions.stdout)")
        #expect(try district(["audit", "--office", "nosuch"]).status != 0)

        server.kill(SIGTERM)
        #expect(await server.waitForExit() == 0)
        let sound = try district(["verify"])
        #expect(sound.status == 0, "\(sound)")
        #expect(sound.stdout.contains("audit_trail: ok, "), "\(sound.stdout)")

        // An independent reader (Python's hashlib, from Docs/Audit.md) recomputes the same chain and head.
        let checker = BuiltBinary.packageRoot.appendingPathComponent("scripts/check-audit.py").path
        let python = try #require(ExternalTool("python3"), "python3 is needed for the independent check")
        let independent = try python.run([checker, districtDB])
        #expect(independent.status == 0, "\(independent)")
        #expect(
            sound.stdout.contains("head " + String(independent.stdout.split(separator: " ").last?.prefix(16) ?? ""))
        )

        // The trail refuses UPDATE and DELETE.
        let seq = try #require(entries[2]["seq"] as? Int)
        #expect(throws: SQLiteShell.Failure.self) {
            try SQLiteShell.execute("UPDATE audit_log SET note = 'x' WHERE seq = \(seq);", on: districtDB)
        }
        #expect(throws: SQLiteShell.Failure.self) {
            try SQLiteShell.execute("DELETE FROM audit_log WHERE seq = \(seq);", on: districtDB)
        }

        // Past its guards, on copies: `district verify` fails and names the first bad entry.
        func verifyTampered(_ name: String, _ sql: String) throws -> BuiltBinary.Result {
            let copy = directory.file(name)
            try FileManager.default.copyItem(atPath: districtDB, toPath: copy)
            try SQLiteShell.execute(sql, on: copy)
            return try BuiltBinary("district").run(["verify", "--db", copy])
        }
        let caught = try verifyTampered(
            "edited.db",
            """
            DROP TRIGGER audit_log_no_update;
            UPDATE audit_log SET after = replace(after, '125000', '999900') WHERE seq = \(seq);
            UPDATE audit_log SET note = 'later' WHERE seq = \(seq + 1);
            """
        )
        #expect(caught.status == 1, "\(caught)")
        #expect(
            caught.stdout.contains(
                "audit_trail: FAILED: the trigger audit_log_no_update that keeps the trail append-only is missing; "
                    + "entry \(seq) was changed after it was recorded"
            ),
            "\(caught.stdout)"
        )
        // A removed entry (guard put back), a truncated trail, a removed seal.
        let missing = try verifyTampered(
            "cut.db",
            """
            DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = \(seq);
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END;
            """
        )
        #expect(missing.status == 1 && missing.stdout.contains("entry \(seq) is missing"), "\(missing.stdout)")
        let short = try verifyTampered(
            "truncated.db",
            "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq >= \(seq);"
        )
        #expect(short.status == 1 && short.stdout.contains("(truncated)"), "\(short.stdout)")
        let seal = try verifyTampered(
            "unsealed.db",
            "DROP TRIGGER audit_seals_no_delete; DELETE FROM audit_seals WHERE first_seq <= \(seq) AND last_seq >= \(seq);"
        )
        #expect(seal.status == 1 && seal.stdout.contains("entry \(seq) lost its seal"), "\(seal.stdout)")

        // A change of an office's row made outside Jixiao is recorded with no actor, and is not a failure.
        try SQLiteShell.execute("UPDATE expenditures SET note = '手工修改' WHERE id = '\(id)';", on: districtDB)
        let outside = try district(["audit", "--row", id])
        #expect(
            outside.stdout.contains("outside Jixiao") && outside.stdout.contains("note:  → 手工修改"),
            "\(outside.stdout)"
        )
        let stillSound = try district(["verify"])
        #expect(stillSound.stdout.contains("changes made outside Jixiao"), "\(stillSound.stdout)")
    }
}
