import Foundation
import JixiaoStorage
import JixiaoTestSupport
import Testing

@Suite(
    "The command lines: district office, street sync",
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: ServerProcess.binary),
        "the district binary is not built (swift build)"
    )
)
struct CommandLineTests {
    @Test(
        "office add writes a 0600 enrolment file; street init --enrol, sync, rotate-secret, street config --enrol; no secret in any argv"
    )
    func officeAddAndSync() async throws {
        let directory = TemporaryFolder(prefix: "jixiao-cli")
        defer { withExtendedLifetime(directory) {} }
        let districtDB = directory.file("d.db")
        let streetDB = directory.file("s.db")
        var argvs: [[String]] = []
        func district(_ arguments: [String]) throws -> BuiltBinary.Result {
            argvs.append(arguments)
            return try BuiltBinary("district").run(arguments + ["--db", districtDB])
        }
        func street(_ arguments: [String]) throws -> BuiltBinary.Result {
            argvs.append(arguments)
            return try BuiltBinary("street").run(arguments + ["--db", streetDB])
        }
        #expect(try district(["init", "--name", "开福区"]).status == 0)
        let fingerprint = try district(["tls", "show"]).stdout
        #expect(fingerprint.hasPrefix("certificate: sha256:"), "\(fingerprint)")
        let server = try ServerProcess(database: districtDB)
        let port = try await server.port()
        let enrolment = directory.file("wangluyuan.enrol")
        let added = try district(
            [
                "office", "add", "--code", "wangluyuan", "--name", "望麓园街道", "--server", "127.0.0.1:\(port)",
                "--out", enrolment,
            ]
        )
        #expect(added.status == 0, "\(added)")
        #expect(
            added.stdout.split(separator: "\n").map(String.init) == [
                "office wangluyuan (望麓园街道) enrolled; enrolment file: \(enrolment)", "on the office's computer run:",
                "street init --enrol wangluyuan.enrol",
            ]
        )
        let attributes = try FileManager.default.attributesOfItem(atPath: enrolment)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let secret = try Self.secret(in: enrolment)
        #expect(!added.stdout.contains(secret) && !added.stderr.contains(secret))
        #expect(
            try String(contentsOfFile: enrolment, encoding: .utf8).contains(
                String(fingerprint.dropFirst(13).prefix(71))
            )
        )
        // The file is not replaced by a second add of the same office.
        let again = try district(["office", "add", "--code", "wangluyuan", "--name", "望麓园街道", "--out", enrolment])
        #expect(again.status == 1)
        #expect(try Self.secret(in: enrolment) == secret)

        #expect(try street(["init", "--enrol", enrolment]).status == 0)
        let listed = try district(["office", "list"])
        #expect(listed.stdout.contains("wangluyuan") && listed.stdout.contains("望麓园街道"))
        let synced = try street(["sync"])
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.hasPrefix("synced wangluyuan: ") && synced.stdout.split(separator: "\n").count == 1)

        // A new secret: the old database is refused until the new file is applied; its rows stay.
        let rotated = try district([
            "office", "rotate-secret", "wangluyuan", "--server", "127.0.0.1:\(port)", "--out", enrolment,
        ])
        #expect(rotated.status == 0, "\(rotated)")
        #expect(rotated.stdout.contains("street config --enrol wangluyuan.enrol"))
        let newSecret = try Self.secret(in: enrolment)
        #expect(newSecret != secret && !rotated.stdout.contains(newSecret) && !rotated.stderr.contains(newSecret))
        let stale = try street(["sync"])
        #expect(stale.status == 1 && stale.stderr.hasPrefix("authentication failed"), "\(stale)")
        let applied = try street(["config", "--enrol", enrolment])
        #expect(applied.status == 0, "\(applied)")
        #expect(try street(["sync"]).status == 0)

        #expect(try district(["office", "disable", "wangluyuan"]).status == 0)
        let refused = try street(["sync"])
        #expect(refused.status != 0)
        #expect(refused.stderr == "this office is disabled at the district; ask the district\n")

        server.kill(SIGTERM)
        #expect(await server.waitForExit() == 0)
        let unreachable = try street(["sync"])
        #expect(unreachable.status != 0)
        #expect(unreachable.stderr == "server unreachable at 127.0.0.1:\(port)\n")
        #expect(unreachable.stdout.isEmpty)
        for argv in argvs {
            #expect(!argv.contains { $0.contains(secret) || $0.contains(newSecret) }, "a secret in argv: \(argv)")
        }
    }

    /// The secret an enrolment file holds.
    static func secret(in path: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return try #require(object?["secret"] as? String)
    }
}
