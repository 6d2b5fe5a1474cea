import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoDistrict
import JixiaoStorage

extension District {
    /// `district backup FILE`.
    struct BackupCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the database to a new file with SQLite's online backup, even while the server runs.",
            discussion: """
                Refuses to overwrite an existing file. The copy is consistent: one moment of the database. A copy that \
                fails its integrity check is removed.
                """
        )

        @Argument(help: ArgumentHelp("The new file.", valueName: "FILE"))
        var file: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.open()
                do {
                    try database.backup(to: file)
                } catch let error as StorageError where error.code == .fileExists {
                    throw DistrictError.invalidInput("\(error.message); choose a new file name")
                }
                let check: [String]
                do {
                    check = try DistrictDatabase.open(at: file).integrityCheck()
                } catch {
                    Self.remove(file)
                    throw error
                }
                guard check == ["ok"] else {
                    Self.remove(file)
                    let findings = check.joined(separator: "; ")
                    throw DistrictError.storage(
                        "the copy \(file) failed its integrity check and was removed: \(findings); "
                            + "run district verify on \(options.path)"
                    )
                }
                printError("backed up \(options.path) to \(file) (integrity check ok)")
            }
        }

        /// Removes a copy that must not be kept, with SQLite's side files.
        private static func remove(_ file: String) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        }
    }
}
