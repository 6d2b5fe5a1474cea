import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoStorage

/// `district`: the district admin's command line.
@main
struct District: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "district",
        abstract:
            tr("district.root.abstract"),
        discussion: tr("district.root.discussion"),
        version: "0.1.0",
        subcommands: [
            InitCommand.self, PlanCommand.self, OfficeCommand.self, ServeCommand.self, StatusCommand.self,
            ExpensesCommand.self, ValuesCommand.self, VerifyCommand.self, BackupCommand.self, ReportCommand.self,
            SettingsCommand.self, ConflictsCommand.self, TLSCommand.self, AuditCommand.self, ReviewCommand.self,
            ApproveCommand.self, ReturnCommand.self, ReopenCommand.self,
        ]
    )

    /// `--lang` and the parser's own words in that language: `mainInLanguage()` (JixiaoConsole).
    static func main() async { await mainInLanguage() }
}

/// The options every command that opens the district database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(tr("district.database-options.db"), valueName: "path"))
    var db: String?

    @Flag(name: .long, help: ArgumentHelp(tr("district.database-options.verbose")))
    var verbose = false

    /// `--db`, else `$JIXIAO_DISTRICT_DB`, else `./district.db`.
    var path: String { db ?? Environment.value("JIXIAO_DISTRICT_DB") ?? "district.db" }

    /// Sets up logging to stderr (once per process).
    func bootstrapLogging() { LogSetup.bootstrap(verbose: verbose) }

    /// What to do when there is no district database at `path`.
    static let missingHint = tr("district.missing-hint")

    /// Opens the district database.
    /// - Throws: `StorageError`; when there is none, its message says how to create one.
    func open() throws -> DistrictDatabase { try DistrictDatabase.open(at: path, missingHint: Self.missingHint) }
}

/// Writes text to stdout as it is.
func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
