import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStorage

extension Street {
    /// `street init`: creates the office database with its settings.
    struct InitCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create this office's database (mode 0600) with the settings the district gave you.",
            discussion: "Refuses to overwrite an existing database. The district prints this exact line in `district office add`."
        )

        @Option(help: ArgumentHelp("The district server.", valueName: "host:port"))
        var server: String

        @Option(help: ArgumentHelp("This office's code.", valueName: "code"))
        var office: String

        @Option(help: ArgumentHelp("This office's secret: 64 hexadecimal digits.", valueName: "secret"))
        var secret: String

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            do {
                _ = try ServerAddress(parsing: server)
                try Code.check(office, as: "office code")
                _ = try OfficeSecret(hex: secret)
            } catch let error as ModelError {
                throw ValidationError(error.message)
            }
        }

        func run() throws {
            options.bootstrapLogging()
            let settings = StreetSettings(
                office: office, server: try ServerAddress(parsing: server), secret: try OfficeSecret(hex: secret))
            _ = try StreetDatabase.create(at: options.path, settings: settings)
            printError("created \(options.path) for office \(office); next: street sync")
        }
    }
}
