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
    @Test("office add prints the secret once and the exact street init line; street sync syncs and fails in one line")
    func officeAddAndSync() async throws {
        let directory = TemporaryFolder(prefix: "jixiao-cli")
        defer { withExtendedLifetime(directory) {} }
        let districtDB = directory.file("d.db")
        let streetDB = directory.file("s.db")
        #expect(try BuiltBinary("district").run(["init", "--name", "开福区", "--db", districtDB]).status == 0)
        let server = try ServerProcess(database: districtDB)
        let port = try await server.port()
        let added = try BuiltBinary("district").run(
            [
                "office", "add", "--code", "wangluyuan", "--name", "望麓园街道", "--server", "127.0.0.1:\(port)",
                "--db", districtDB,
            ]
        )
        #expect(added.status == 0)
        let lines = added.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let secret = lines[1]
        #expect(secret.count == 64 && secret.allSatisfy(\.isHexDigit))
        #expect(lines[3] == "street init --server 127.0.0.1:\(port) --office wangluyuan --secret \(secret)")
        let initArguments = Array(lines[3].split(separator: " ").dropFirst().map(String.init)) + ["--db", streetDB]
        #expect(try BuiltBinary("street").run(initArguments).status == 0)
        let listed = try BuiltBinary("district").run(["office", "list", "--db", districtDB])
        #expect(listed.stdout.contains("wangluyuan") && listed.stdout.contains("望麓园街道"))

        let synced = try BuiltBinary("street").run(["sync", "--db", streetDB])
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.hasPrefix("synced wangluyuan: ") && synced.stdout.split(separator: "\n").count == 1)

        #expect(try BuiltBinary("district").run(["office", "disable", "wangluyuan", "--db", districtDB]).status == 0)
        let refused = try BuiltBinary("street").run(["sync", "--db", streetDB])
        #expect(refused.status != 0)
        #expect(refused.stderr == "this office is disabled at the district; ask the district\n")

        server.kill(SIGTERM)
        #expect(await server.waitForExit() == 0)
        let unreachable = try BuiltBinary("street").run(["sync", "--db", streetDB])
        #expect(unreachable.status != 0)
        #expect(unreachable.stderr == "server unreachable at 127.0.0.1:\(port)\n")
        #expect(unreachable.stdout.isEmpty)
    }
}
