import Foundation
import Testing

/// Every runtime refusal `district` can reach: one message on stderr (the exact text), exit status 1, nothing on
/// stdout, and no file or folder created. Misuse of a command is the parser's: exit status 64 with the usage.
@Suite struct RefusalCommandTests {
    /// What the folder holds before the refused command runs. Every folder also holds `plan.json` (the valid
    /// fixture), `bad.json` (not JSON), `gb18030.json` (the fixture saved as GB18030) and `taken.db` (a file in the way).
    enum Setup: Sendable {
        /// No database.
        case none
        /// `district init`, nothing else.
        case empty
        /// `init`, the fixture plan (year 2021) imported, office xinhe enrolled.
        case planned
    }

    /// One refused run; `$DB` in `stderr` stands for the database's path.
    struct Refusal: Sendable, CustomTestStringConvertible {
        var setup: Setup
        var arguments: [String]
        var stderr: String

        init(_ setup: Setup, _ arguments: [String], _ stderr: String) {
            self.setup = setup
            self.arguments = arguments
            self.stderr = stderr
        }

        var testDescription: String { "district " + arguments.joined(separator: " ") }
    }

    static let noDatabase = "no database at $DB: run `district init --name NAME` first, or pass --db"
    static let noProjects = "the database has no projects yet: import a plan with `district plan import PLAN.json`"
    static let unknownOffice =
        "no office with code nobody is enrolled; none is yet: enrol one with `district office add`"

    static let refusals: [Refusal] = [
        // No database: every command that opens it says how to make one.
        Refusal(.none, ["verify"], noDatabase),
        Refusal(.none, ["status"], noDatabase),
        Refusal(.none, ["office", "list"], noDatabase),
        Refusal(.none, ["office", "add", "--code", "xinhe", "--name", "新河街道"], noDatabase),
        Refusal(.none, ["office", "disable", "xinhe"], noDatabase),
        Refusal(.none, ["expenses", "list"], noDatabase),
        Refusal(.none, ["values", "list"], noDatabase),
        Refusal(.none, ["plan", "import", "plan.json"], noDatabase),
        Refusal(.none, ["plan", "export", "--out", "plan2.json"], noDatabase),
        Refusal(.none, ["backup", "copy.db"], noDatabase),
        Refusal(.none, ["report", "--project", "JD2021", "--year", "2021"], noDatabase),
        Refusal(.none, ["report", "--all", "--year", "2021", "--out", "out"], noDatabase),
        Refusal(.none, ["serve", "--port", "0"], noDatabase),
        Refusal(
            .none,
            ["init", "--name", "开福区", "--db", "missing/district.db"],
            "cannot create missing/district.db: the folder does not exist or cannot be written"
        ),
        // A file in the way that is not a database is refused, not written over.
        Refusal(.none, ["status", "--db", "taken.db"], "taken.db is not a Jixiao district database"),
        // An empty database.
        Refusal(
            .empty,
            ["init", "--name", "开福区"],
            "$DB already exists: refusing to overwrite it (choose another --db or remove the file)"
        ),
        Refusal(.empty, ["status"], noProjects),
        Refusal(
            .empty,
            ["status", "--period", "2021Q1"],
            "no projects for year 2021: the database has no projects yet; import a plan with "
                + "`district plan import PLAN.json`"
        ),
        Refusal(.empty, ["plan", "export"], noProjects),
        Refusal(.empty, ["plan", "export", "--out", "plan2.json"], noProjects),
        Refusal(
            .empty,
            ["plan", "import", "nowhere.json"],
            "cannot read nowhere.json: no such file, or it is not readable"
        ),
        Refusal(
            .empty,
            ["plan", "import", "bad.json"],
            "bad.json: the file is not valid JSON: invalid value around line 1, column 2\n"
                + "bad.json: the plan has 1 problem; nothing was imported"
        ),
        Refusal(
            .empty,
            ["report", "--all", "--year", "2021", "--out", "out"],
            "no project of 2021 in $DB: import that year's plan first (district plan import)"
        ),
        Refusal(
            .empty,
            ["backup", "taken.db"],
            "taken.db already exists: refusing to overwrite it; choose a new file name"
        ),
        Refusal(
            .empty,
            ["backup", "missing/copy.db"],
            "cannot create missing/copy.db: the folder does not exist or cannot be written"
        ),
        Refusal(.empty, ["office", "disable", "nobody"], unknownOffice),
        Refusal(.empty, ["office", "enable", "nobody"], unknownOffice),
        Refusal(.empty, ["office", "rotate-secret", "nobody"], unknownOffice),
        // A database with the 2021 plan and office xinhe.
        Refusal(
            .planned,
            ["office", "add", "--code", "xinhe", "--name", "新河街道"],
            "office xinhe is already enrolled (a new file for it: district office enrol xinhe)"
        ),
        Refusal(.planned, ["status", "--period", "2020Q1"], "no projects for year 2020 (years with projects: 2021)"),
        Refusal(
            .planned,
            ["plan", "export", "--year", "2030"],
            "no projects for year 2030 (years with projects: 2021)"
        ),
        Refusal(
            .planned,
            ["plan", "export", "--out", "taken.db"],
            "taken.db already exists: refusing to overwrite it"
        ),
        Refusal(
            .planned,
            ["plan", "export", "--out", "missing/plan.json"],
            "cannot write missing/plan.json: check the folder exists and is writable"
        ),
        Refusal(
            .planned,
            ["report", "--project", "JD2O21", "--year", "2021"],
            "project \"JD2O21\" of 2021 is not in the district database; the projects of 2021 are JD2021, LT2021"
        ),
        Refusal(
            .planned,
            ["office", "disable", "nobody"],
            "no office with code nobody is enrolled; the enrolled offices are xinhe"
        ),
        Refusal(
            .planned,
            ["expenses", "list", "--office", "nobody"],
            "no office with code nobody is enrolled; the enrolled offices are xinhe"
        ),
        Refusal(
            .empty,
            ["plan", "import", "gb18030.json"],
            "gb18030.json is not UTF-8 text (it looks like GB18030): save it as UTF-8"
        ),
        Refusal(
            .planned,
            ["report", "--project", "JD2021", "--year", "2021", "--out", "missing/JD2021.md"],
            "cannot write missing/JD2021.md: check the folder exists and is writable"
        ),
        Refusal(
            .planned,
            ["report", "--all", "--year", "2022", "--out", "out"],
            "no project of 2022 in $DB: import that year's plan first (district plan import)"
        ),
        Refusal(
            .planned,
            ["report", "--all", "--year", "2021", "--out", "taken.db"],
            "taken.db exists and is not a directory: give a directory for --out"
        ),
    ]

    @Test(arguments: refusals) func refused(_ refusal: Refusal) throws {
        let cli = try Self.folder(refusal.setup)
        defer { cli.remove() }
        let before = try Self.contents(of: cli.folder)
        let result = try cli.run(refusal.arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == refusal.stderr.replacingOccurrences(of: "$DB", with: cli.databasePath) + "\n")
        #expect(try Self.contents(of: cli.folder) == before, "the refused command left files behind")
        #expect(try Data(contentsOf: cli.folder.appendingPathComponent("taken.db")) == Data("x".utf8))
    }

    @Test func servingAPortInUseIsRefused() throws {
        let cli = try Self.folder(.empty)
        defer { cli.remove() }
        let first = try LiveServer(database: cli.databasePath)
        defer { first.stop() }
        let second = try cli.run("serve", "--port", String(first.port))
        #expect(second.status == 1)
        #expect(
            second.stderr
                == "port \(first.port) on 127.0.0.1 is already in use (another district serve?): stop it or choose another --port\n"
        )
    }

    /// Misuse: the parser's message, then the usage; exit status 64; nothing created.
    @Test(arguments: [
        (["report", "--year", "2021"], "give --project CODE (or --all --out DIR)"),
        (["report", "--all", "--year", "2021"], "--all writes every project in every format: give --out DIR"),
        (
            ["report", "--all", "--project", "JD2021", "--year", "2021", "--out", "out"],
            "give either --project CODE or --all, not both"
        ),
        (
            ["report", "--project", "JD2021", "--year", "2021", "--format", "txt"],
            "The value 'txt' is invalid for '--format <format>'. Please provide one of the following:\n  - md\n"
                + "  - html\n  - csv\n  - json\n  - docx\n  - pdf"
        ),
        (
            ["report", "--project", "JD2021", "--year", "2021", "--lower-is-better", "least"],
            "The value 'least' is invalid for '--lower-is-better <rule>'. Please provide one of 'ratio' and 'deviation'."
        ),
        (["status", "--period", "2021Q5"], "The value '2021Q5' is invalid for '--period <period>'"),
        (["status", "--year", "2020", "--period", "2021Q1"], "--period 2021Q1 is not in --year 2020"),
        (["expenses", "list", "--period", "2021-13"], "The value '2021-13' is invalid for '--period <period>'"),
        (
            ["office", "add", "--code", "xinhe", "--name", "新河街道", "--kind", "bureau"],
            "The value 'bureau' is invalid for '--kind <kind>'. Please provide one of 'street' and 'department'."
        ),
        (
            ["office", "add", "--code", "xinhe", "--name", "新河街道", "--server", "nohost"],
            "The value 'nohost' is invalid for '--server <host:port>'"
        ),
        (["office", "add", "--code", "xinhe", "--name", " "], "--name must not be empty"),
        (["init", "--name", " ", "--db", "new.db"], "--name must not be empty"),
        (["serve", "--port", "70000"], "--port must be 0–65535"),
    ])
    func misuse(arguments: [String], message: String) throws {
        let cli = try Self.folder(.empty)
        defer { cli.remove() }
        let before = try Self.contents(of: cli.folder)
        let result = try cli.run(arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(result.stderr)")
        #expect(result.stderr.contains("\nUsage: district "))
        #expect(try Self.contents(of: cli.folder) == before)
    }

    /// A folder set up as `setup` says.
    static func folder(_ setup: Setup) throws -> DistrictCLI {
        let cli = try DistrictCLI(initialize: setup != .none)
        _ = try cli.file("plan.json", Data(PlanFixtures.valid.utf8))
        _ = try cli.file("bad.json", Data("not json".utf8))
        _ = try cli.file(
            "gb18030.json",
            try #require(PlanFixtures.valid.data(using: String.Encoding(rawValue: 0x8000_0632)))
        )
        _ = try cli.file("taken.db", Data("x".utf8))
        if setup == .planned {
            for arguments in [
                ["plan", "import", "plan.json"], ["office", "add", "--code", "xinhe", "--name", "新河街道"],
            ] {
                let result = try cli.run(arguments)
                guard result.status == 0 else { throw CLIError(message: "setup failed: \(result)") }
            }
        }
        return cli
    }

    /// Every path under `folder` (SQLite's `-wal` and `-shm` files come and go with connections: left out).
    static func contents(of folder: URL) throws -> [String] {
        let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
        return paths.filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }.sorted()
    }
}
