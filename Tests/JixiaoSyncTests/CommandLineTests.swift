import Foundation
import JixiaoStorage
import Testing

/// Runs a built executable and captures its output.
func runBinary(_ name: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let binary = URL(fileURLWithPath: ServerProcess.binary).deletingLastPathComponent().appendingPathComponent(name)
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}

@Suite(
    "The command lines: district office, street sync",
    .enabled(if: FileManager.default.isExecutableFile(atPath: ServerProcess.binary))
)
struct CommandLineTests {
    @Test("office add prints the secret once and the exact street init line; street sync syncs and fails in one line")
    func officeAddAndSync() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let districtDB = directory.appendingPathComponent("d.db").path
        let streetDB = directory.appendingPathComponent("s.db").path
        #expect(try runBinary("district", ["init", "--name", "开福区", "--db", districtDB]).status == 0)
        let server = try ServerProcess(database: districtDB)
        let port = try await server.port()
        let added = try runBinary(
            "district",
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
        #expect(try runBinary("street", initArguments).status == 0)
        let listed = try runBinary("district", ["office", "list", "--db", districtDB])
        #expect(listed.stdout.contains("wangluyuan") && listed.stdout.contains("望麓园街道"))

        let synced = try runBinary("street", ["sync", "--db", streetDB])
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.hasPrefix("synced wangluyuan: ") && synced.stdout.split(separator: "\n").count == 1)

        #expect(try runBinary("district", ["office", "disable", "wangluyuan", "--db", districtDB]).status == 0)
        let refused = try runBinary("street", ["sync", "--db", streetDB])
        #expect(refused.status != 0)
        #expect(refused.stderr == "this office is disabled at the district; ask the district\n")

        server.kill(SIGTERM)
        #expect(await server.waitForExit() == 0)
        let unreachable = try runBinary("street", ["sync", "--db", streetDB])
        #expect(unreachable.status != 0)
        #expect(unreachable.stderr == "server unreachable at 127.0.0.1:\(port)\n")
        #expect(unreachable.stdout.isEmpty)
    }
}
