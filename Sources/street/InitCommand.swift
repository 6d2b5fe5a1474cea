import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStorage
import JixiaoStreet

extension Street {
    /// `street init`: creates the office database with its settings.
    struct InitCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create this office's database (mode 0600) with the settings the district gave you.",
            discussion:
                "Refuses to overwrite an existing database. The district prints this exact line in `district office add`."
        )

        @Option(help: ArgumentHelp("The district server.", valueName: "host:port"))
        var server: ServerAddress

        @Option(help: ArgumentHelp("This office's code.", valueName: "code"))
        var office: String

        @Option(help: ArgumentHelp("This office's secret: 64 hexadecimal digits.", valueName: "secret"))
        var secret: String

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            do {
                try Code.check(office, as: "office code")
            } catch let error as ModelError {
                throw ValidationError(error.message)
            }
            guard (try? OfficeSecret(hex: secret)) != nil else {
                throw ValidationError("--secret must be 64 hexadecimal digits, as `district office add` printed them")
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let settings = StreetSettings(office: office, server: server, secret: try OfficeSecret(hex: secret))
                do {
                    _ = try StreetDatabase.create(at: options.path, settings: settings)
                } catch let error as StorageError where error.code == .fileExists {
                    throw StreetError.failed("\(error.message) (choose another --db or remove the file)")
                }
                printError("created \(options.path) for office \(office); next: street sync")
            }
        }
    }
}
