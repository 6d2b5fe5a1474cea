import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage

extension District {
    /// `district init`: creates the district database.
    struct InitCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: tr("district.init.abstract"),
            discussion: tr("district.init.discussion")
        )

        @Option(help: ArgumentHelp(tr("district.init.name"), valueName: "name"))
        var name: String

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError(tr("misuse.name-empty"))
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database: DistrictDatabase
                do {
                    database = try DistrictDatabase.create(at: options.path, name: name)
                } catch let error as StorageError where error.code == .fileExists {
                    throw DistrictError.invalidInput(tr("district.init.exists", ["reason": error.message]))
                }
                // The TLS key pair and certificate live in the database (mode 0600); only the fingerprint is shown.
                let fingerprint = try DistrictIdentity.currentFingerprint(in: database)
                printError(tr("district.init.certificate", ["fingerprint": "\(fingerprint)"]))
                printError(tr("district.init.created", ["path": options.path, "name": name]))
            }
        }
    }
}
