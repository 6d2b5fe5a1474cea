import Foundation
import ArgumentParser
import JixiaoConsole
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
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--name must not be empty") }
        }

        func run() throws {
            options.bootstrapLogging()
            _ = try DistrictDatabase.create(at: options.path, name: name)
            printError("created \(options.path) for \(name); next: district plan import PLAN.json, district office add")
        }
    }
}
