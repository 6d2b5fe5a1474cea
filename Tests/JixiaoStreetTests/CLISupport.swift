import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import Testing

/// Runs the built `street` binary in a temporary folder with its own database, and captures what it prints.
final class StreetCLI {
    /// The temporary folder; removed with the object.
    let folder: URL
    /// The office database the commands use (through `$JIXIAO_STREET_DB`).
    let databasePath: String

    /// What one run printed and how it exited.
    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String

        var description: String { "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// A folder with no database yet.
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("street-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        databasePath = folder.appendingPathComponent("street.db").path
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A database for office `wangluyuan` holding the fixture reference data, as if synced once.
    static func seeded(reference: ReferenceData = Fixtures.reference) throws -> StreetCLI {
        let cli = try StreetCLI()
        let database = try StreetDatabase.create(at: cli.databasePath, settings: Self.settings)
        try database.applyReference(Self.changes(reference), cursor: 1)
        return cli
    }

    static let settings = StreetSettings(
        office: "wangluyuan",
        server: ServerAddress(host: "127.0.0.1", port: 7420),
        secret: try! OfficeSecret(hex: String(repeating: "ab", count: 32))
    )

    /// The reference rows as the district would send them.
    static func changes(_ reference: ReferenceData) -> [SyncChange] {
        func upsert(_ table: SyncTable, _ key: String, _ values: [SyncValue]) -> SyncChange {
            SyncChange(table: table, operation: .upsert, key: key, office: "", values: values)
        }
        return reference.projects.map { upsert(.projects, $0.code, $0.syncValues) }
            + reference.funds.map { upsert(.funds, "\($0.project)/\($0.code)", $0.syncValues) }
            + reference.categories.map { upsert(.categories, "\($0.project)/\($0.code)", $0.syncValues) }
            + reference.indicators.map { upsert(.indicators, $0.code, $0.syncValues) }
    }

    /// The database, opened from the test (to check what the commands stored).
    func database() throws -> StreetDatabase { try StreetDatabase.open(at: databasePath) }

    /// Writes a file in the folder and returns its path.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes UTF-8 text to a file in the folder and returns its path.
    func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    /// Runs `street ARGUMENTS` with `$JIXIAO_STREET_DB` set to this folder's database.
    func run(_ arguments: String...) throws -> Result { try run(arguments) }

    /// Runs `street ARGUMENTS` with `$JIXIAO_STREET_DB` set to this folder's database.
    func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["JIXIAO_STREET_DB"] = databasePath
        environment["COLUMNS"] = "100"
        environment.removeValue(forKey: "JIXIAO_LOG_LEVEL")
        process.environment = environment
        // Files, not pipes: a full pipe would block the child while we wait for it.
        let out = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self)
        )
    }

    /// The `street` executable: next to the test bundle in the build folder.
    static func binary() throws -> URL {
        var candidates: [URL] = []
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            candidates.append(folder.appendingPathComponent("street"))
            folder.deleteLastPathComponent()
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(executable.appendingPathComponent("street"))
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(repository.appendingPathComponent(".build/debug/street"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CLIError(message: "no street binary near the tests: run `swift build` first")
        }
        return found
    }

    struct CLIError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
