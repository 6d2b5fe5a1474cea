import ArgumentParser
import JixiaoConsole
import JixiaoStorage

extension District {
    /// `district backup FILE`.
    struct BackupCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the database to a new file with SQLite's online backup, even while the server runs.",
            discussion: "Refuses to overwrite an existing file. The copy is consistent: one moment of the database."
        )

        @Argument(help: ArgumentHelp("The new file.", valueName: "FILE"))
        var file: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            let database = try DistrictDatabase.open(at: options.path)
            do {
                try database.backup(to: file)
            } catch let error as StorageError where error.isFileExists {
                throw ValidationError("\(file) already exists: refusing to overwrite it; choose a new file name")
            }
            let check = try DistrictDatabase.open(at: file).integrityCheck()
            guard check == ["ok"] else {
                printError("the copy \(file) fails its integrity check: \(check.joined(separator: "; "))")
                throw ExitCode.failure
            }
            printError("backed up \(options.path) to \(file) (integrity check ok)")
        }
    }
}
