import Foundation
import JixiaoTestSupport
import Testing

/// `street init` and the refusals that name the office database: one line, exit status 1, nothing created;
/// misuse exits with 64 and the usage.
@Suite struct CLIInitTests {
    static let secret = String(repeating: "ab", count: 32)

    static func initArguments(_ extra: String...) -> [String] {
        ["init", "--server", "127.0.0.1:7420", "--office", "wangluyuan", "--secret", secret] + extra
    }

    static let noDatabase =
        "run `street init --server HOST:PORT --office CODE --secret-file FILE` first, or pass --db"

    @Test func initCreatesTheDatabaseOnceAndThenRefuses() throws {
        let cli = try StreetCLI()
        let created = try cli.run(Self.initArguments())
        #expect(created.status == 0, "\(created)")
        #expect(created.stderr == "created \(cli.databasePath) for office wangluyuan; next: street sync\n")
        #expect(try cli.database().settings().server.description == "127.0.0.1:7420")
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        let again = try cli.run(Self.initArguments())
        #expect(again.status == 1)
        #expect(again.stdout == "")
        #expect(
            again.stderr
                == "\(cli.databasePath) already exists: refusing to overwrite it: it holds this office's rows; to change "
                + "its server or secret run `street config`, or choose another --db\n"
        )
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.databasePath)) == before)
    }

    @Test func initInAMissingFolderLeavesNothing() throws {
        let cli = try StreetCLI()
        let result = try cli.run(Self.initArguments("--db", "missing/street.db"))
        #expect(result.status == 1)
        #expect(result.stderr == "cannot create missing/street.db: the folder does not exist or cannot be written\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path) == [])
    }

    @Test(arguments: [["sync"], ["status"], ["projects"], ["note", "list"], ["export", "values"]])
    func withoutADatabaseEveryCommandSaysToInit(arguments: [String]) throws {
        let cli = try StreetCLI()
        let result = try cli.run(arguments)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "no database at \(cli.databasePath): \(Self.noDatabase)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path) == [])
    }

    @Test(
        arguments: [
            (["--secret", "abc"], "--secret must be 64 hexadecimal digits, as the district gave them"),
            (["--server", "nohost"], "The value 'nohost' is invalid for '--server <host:port>'"),
            (["--office", "望麓园"], nil),
        ] as [([String], String?)]
    )
    func initMisuse(change: [String], message: String?) throws {
        let cli = try StreetCLI()
        var arguments = Self.initArguments()
        let index = try #require(arguments.firstIndex(of: change[0]))
        arguments[index + 1] = change[1]
        let result = try cli.run(arguments)
        #expect(result.status == 64, "\(result)")
        if let message { #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(result.stderr)") }
        #expect(result.stderr.contains("\nUsage: street init "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path) == [])
    }
}
