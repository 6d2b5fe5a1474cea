import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoStorage

/// `district`: the district admin's command line.
@main
struct District: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "district",
        abstract:
            "Plan the year's key projects, enrol offices, serve their syncs, watch completeness and write reports.",
        discussion: """
            The district database defaults to ./district.db, or $JIXIAO_DISTRICT_DB; --db PATH overrides both.
            Data goes to stdout, messages to stderr. The exit status is 1 when a command is refused (one message on \
            stderr says why), 64 when it is misused (the message and the usage).
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, PlanCommand.self, OfficeCommand.self, ServeCommand.self, StatusCommand.self,
            ExpensesCommand.self, ValuesCommand.self, VerifyCommand.self, BackupCommand.self, ReportCommand.self,
            SettingsCommand.self, ConflictsCommand.self, TLSCommand.self, AuditCommand.self,
        ]
    )
}

/// The options every command that opens the district database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The district database file.", valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "Log debugging detail to stderr.")
    var verbose = false

    /// `--db`, else `$JIXIAO_DISTRICT_DB`, else `./district.db`.
    var path: String { db ?? Environment.value("JIXIAO_DISTRICT_DB") ?? "district.db" }

    /// Sets up logging to stderr (once per process).
    func bootstrapLogging() { LogSetup.bootstrap(verbose: verbose) }

    /// What to do when there is no district database at `path`.
    static let missingHint = "run `district init --name NAME` first, or pass --db"

    /// Opens the district database.
    /// - Throws: `StorageError`; when there is none, its message says how to create one.
    func open() throws -> DistrictDatabase { try DistrictDatabase.open(at: path, missingHint: Self.missingHint) }
}

/// Writes text to stdout as it is.
func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
