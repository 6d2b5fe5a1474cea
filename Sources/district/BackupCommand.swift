import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage

extension District {
    /// `district backup FILE`.
    struct BackupCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: tr("district.backup.abstract"),
            discussion: tr("district.backup.discussion")
        )

        @Argument(help: ArgumentHelp(tr("district.backup.file"), valueName: "FILE"))
        var file: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.open()
                do {
                    try database.backup(to: file)
                } catch let error as StorageError where error.code == .fileExists {
                    throw DistrictError.invalidInput(tr("district.backup.name", ["reason": error.message]))
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
                        tr("district.backup.failed-check", ["file": file, "findings": findings, "path": options.path])
                    )
                }
                printError(tr("district.backup.done", ["path": options.path, "file": file]))
            }
        }

        /// Removes a copy that must not be kept, with SQLite's side files.
        private static func remove(_ file: String) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        }
    }
}
