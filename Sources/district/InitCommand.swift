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
            discussion: "Refuses to overwrite an existing database."
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
                do {
                    _ = try DistrictDatabase.create(at: options.path, name: name)
                } catch let error as StorageError where error.code == .fileExists {
                    throw DistrictError.invalidInput("\(error.message) (choose another --db or remove the file)")
                }
                printError(
                    "created \(options.path) for \(name); next: district plan import PLAN.json, district office add"
                )
            }
        }
    }
}
