import ArgumentParser
import JixiaoConsole

/// `street`: the office clerk's command line.
@main
struct Street: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "street",
        abstract: "Record an office's expenditures, indicator values and narratives, and sync them to the district.",
        discussion: """
            The office database defaults to ./street.db, or $JIXIAO_STREET_DB; --db PATH overrides both.
            Data goes to stdout, messages to stderr; the exit status is non-zero on any refusal.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, ProjectsCommand.self, ExpenseCommand.self, ValueCommand.self, NoteCommand.self,
            ImportCommand.self, ExportCommand.self, TemplateCommand.self, SyncCommand.self, StatusCommand.self,
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
}
