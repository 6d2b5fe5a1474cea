import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoStorage
import JixiaoStreet

/// `street`: the office clerk's command line.
@main
struct Street: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "street",
        abstract: tr("street.root.abstract"),
        discussion: tr("street.root.discussion"),
        version: "0.1.0",
        subcommands: [
            InitCommand.self, ProjectsCommand.self, ExpenseCommand.self, ValueCommand.self, NoteCommand.self,
            ImportCommand.self, ExportCommand.self, TemplateCommand.self, SyncCommand.self, StatusCommand.self,
            TodoCommand.self, ConfigCommand.self, ConflictsCommand.self, SubmitCommand.self, RefusedCommand.self,
        ]
    )

    /// `--lang` and the parser's own words in that language: `mainInLanguage()` (JixiaoConsole).
    static func main() async { await mainInLanguage() }
}

/// The options every command that opens the office database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(tr("street.database-options.db"), valueName: "path"))
    var db: String?

    @Flag(name: .long, help: ArgumentHelp(tr("street.database-options.verbose")))
    var verbose = false

    /// `--db`, else `$JIXIAO_STREET_DB`, else `./street.db`.
    var path: String { db ?? Environment.value("JIXIAO_STREET_DB") ?? "street.db" }

    /// Sets up logging to stderr (once per process).
    func bootstrapLogging() { LogSetup.bootstrap(verbose: verbose) }

    /// What to do when there is no office database at `path`.
    static let missingHint = tr("street.missing-hint")

    /// Opens the office database.
    /// - Throws: `StorageError`; when there is none, its message says how to create one.
    func database() throws -> StreetDatabase { try StreetDatabase.open(at: path, missingHint: Self.missingHint) }

    /// The office service over the office database.
    /// - Throws: `StorageError`; when there is none, its message says how to create one.
    func service() throws -> OfficeService { try OfficeService.open(at: path, missingHint: Self.missingHint) }
}
