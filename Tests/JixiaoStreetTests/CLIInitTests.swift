import Foundation
import JixiaoTestSupport
import Testing

/// `street init` and the refusals that name the office database: one line, exit status 1, nothing created;
/// misuse exits with 64 and the usage.
@Suite struct CLIInitTests {
    static let secret = String(repeating: "ab", count: 32)

    /// `street init` with the settings on the command line and the secret from `secret.txt`, which `cli` gets.
    static func initArguments(_ cli: StreetCLI, _ extra: String...) throws -> [String] {
        _ = try cli.file("secret.txt", secret + "\n")
        return ["init", "--server", "127.0.0.1:7420", "--office", "wangluyuan", "--secret-file", "secret.txt"] + extra
    }

    static let noDatabase =
        "run `street init --enrol FILE` first (FILE is the enrolment file from the district), or pass --db"

    @Test func initCreatesTheDatabaseOnceAndThenRefuses() throws {
        let cli = try StreetCLI()
        let created = try cli.run(Self.initArguments(cli))
        #expect(created.status == 0, "\(created)")
        #expect(created.stderr.hasPrefix("created \(cli.databasePath) for office wangluyuan; next: street sync\n"))
        #expect(created.stderr.contains("the first sync pins the one it sees"))
        #expect(try cli.database().settings().server.description == "127.0.0.1:7420")
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        let again = try cli.run(Self.initArguments(cli))
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
        let result = try cli.run(Self.initArguments(cli, "--db", "missing/street.db"))
        #expect(result.status == 1)
        #expect(result.stderr == "cannot create missing/street.db: the folder does not exist or cannot be written\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path) == ["secret.txt"])
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
            (["--pin", "sha256:abc"], "a certificate fingerprint has 64 hexadecimal digits after \"sha256:\""),
            (["--server", "nohost"], "The value 'nohost' is invalid for '--server <host:port>'"),
            (["--office", "望麓园"], nil),
        ] as [([String], String?)]
    )
    func initMisuse(change: [String], message: String?) throws {
        let cli = try StreetCLI()
        var arguments = try Self.initArguments(cli)
        if let index = arguments.firstIndex(of: change[0]) {
            arguments[index + 1] = change[1]
        } else {
            arguments += change
        }
        let result = try cli.run(arguments)
        #expect(result.status == 64, "\(result)")
        if let message { #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(result.stderr)") }
        #expect(result.stderr.contains("\nUsage: street init "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path) == ["secret.txt"])
    }

    @Test func aSecretOnTheCommandLineIsRefusedWithAdvice() throws {
        let cli = try StreetCLI()
        let result = try cli.run(
            "init",
            "--server",
            "127.0.0.1:7420",
            "--office",
            "wangluyuan",
            "--secret",
            Self.secret
        )
        #expect(result.status == 64, "\(result)")
        #expect(
            result.stderr.hasPrefix(
                "Error: a secret on the command line is refused: every user sees it in ps and the shell history keeps "
                    + "it; use --enrol FILE (the enrolment file from the district), --secret-file FILE or --secret-stdin\n"
            ),
            "\(result.stderr)"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path) == [])
        let config = try cli.run("config", "--secret", Self.secret)
        #expect(config.status == 64)
        #expect(config.stderr.hasPrefix("Error: a secret on the command line is refused"))
    }

    @Test func anEnrolmentFileSetsServerOfficeSecretAndPin() throws {
        let cli = try StreetCLI()
        let pin = "sha256:" + String(repeating: "3f", count: 32)
        _ = try cli.file(
            "wangluyuan.enrol",
            """
            {"format": "jixiao-enrolment/1", "district": "开福区", "office": "wangluyuan", "name": "望麓园街道",
             "server": "district.example:7420", "secret": "\(Self.secret)", "certificate": "\(pin)"}
            """
        )
        let created = try cli.run("init", "--enrol", "wangluyuan.enrol")
        #expect(created.status == 0, "\(created)")
        let settings = try cli.database().settings()
        #expect(settings.office == "wangluyuan")
        #expect(settings.server.description == "district.example:7420")
        #expect(settings.secret.hex == Self.secret)
        #expect(settings.pin?.description == pin)
        let config = try cli.run("config")
        #expect(config.stdout.contains("certificate: \(pin)\n"), "\(config.stdout)")
        #expect(!config.stdout.contains(Self.secret))
        // Another office's file is refused by `street config --enrol`; a damaged one by both commands.
        _ = try cli.file(
            "other.enrol",
            """
            {"format": "jixiao-enrolment/1", "office": "xinhe", "server": "h:1", "secret": "\(Self.secret)",
             "certificate": "\(pin)"}
            """
        )
        let other = try cli.run("config", "--enrol", "other.enrol")
        #expect(other.status == 1)
        #expect(
            other.stderr == "other.enrol is the enrolment of office xinhe, but this database belongs to wangluyuan\n"
        )
        _ = try cli.file("bad.enrol", "{\"format\": \"jixiao-enrolment/1\"}")
        let bad = try cli.run("init", "--enrol", "bad.enrol", "--db", "b.db")
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("bad.enrol is not an enrolment file"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("b.db").path))
    }
}
