import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoDistrict
import JixiaoStorage

extension District {
    /// `district init`: creates the district database.
    struct InitCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create the district database.",
            discussion: """
                Refuses to overwrite an existing database. Also creates the district's TLS key pair and self-signed \
                certificate, kept in the database (mode 0600); `district tls show` prints its fingerprint.
                """
        )

        @Option(help: ArgumentHelp("The district's name, e.g. 开福区.", valueName: "name"))
        var name: String

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--name must not be empty")
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database: DistrictDatabase
                do {
                    database = try DistrictDatabase.create(at: options.path, name: name)
                } catch let error as StorageError where error.code == .fileExists {
                    throw DistrictError.invalidInput("\(error.message) (choose another --db or remove the file)")
                }
                // The TLS key pair and certificate live in the database (mode 0600); only the fingerprint is shown.
                let fingerprint = try DistrictIdentity.currentFingerprint(in: database)
                printError("the district's TLS certificate: \(fingerprint) (district tls show prints it again)")
                printError(
                    "created \(options.path) for \(name); next: district plan import PLAN.json, district office add"
                )
            }
        }
    }
}
