import ArgumentParser
import JixiaoConsole
import JixiaoStorage
import JixiaoStreet

/// `street`: the office clerk's command line.
@main
struct Street: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "street",
        abstract: "Record an office's expenditures, indicator values and narratives, and sync them to the district.",
        discussion: """
            The office database defaults to ./street.db, or $JIXIAO_STREET_DB; --db PATH overrides both.
            Data goes to stdout, messages to stderr. The exit status is 1 when a command is refused (one message on \
            stderr says why), 64 when it is misused (the message and the usage).
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, ProjectsCommand.self, ExpenseCommand.self, ValueCommand.self, NoteCommand.self,
            ImportCommand.self, ExportCommand.self, TemplateCommand.self, SyncCommand.self, StatusCommand.self,
            TodoCommand.self, ConfigCommand.self, ConflictsCommand.self,
        ]
    )
}

/// The options every command that opens the office database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The office database file.", valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "Log debugging detail to stderr.")
    var verbose = false

    /// `--db`, else `$JIXIAO_STREET_DB`, else `./street.db`.
    var path: String { db ?? Environment.value("JIXIAO_STREET_DB") ?? "street.db" }

    /// Sets up logging to stderr (once per process).
    func bootstrapLogging() { LogSetup.bootstrap(verbose: verbose) }

    /// What to do when there is no office database at `path`.
    static let missingHint =
        "run `street init --enrol FILE` first (FILE is the enrolment file from the district), or pass --db"

    /// Opens the office database.
    /// - Throws: `StorageError`; when there is none, its message says how to create one.
    func database() throws -> StreetDatabase { try StreetDatabase.open(at: path, missingHint: Self.missingHint) }

    /// The office service over the office database.
    /// - Throws: `StorageError`; when there is none, its message says how to create one.
    func service() throws -> OfficeService { try OfficeService.open(at: path, missingHint: Self.missingHint) }
}
