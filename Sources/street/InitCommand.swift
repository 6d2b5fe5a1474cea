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
                "Refuses to overwrite an existing database (`street config` changes its server or secret). The district "
                + "prints the line to run in `district office add`."
        )

        @Option(help: ArgumentHelp("The district server.", valueName: "host:port"))
        var server: ServerAddress

        @Option(help: ArgumentHelp("This office's code.", valueName: "code"))
        var office: String

        @OptionGroup var secret: SecretOptions

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            do {
                try Code.check(office, as: "office code")
            } catch let error as ModelError {
                throw ValidationError(error.message)
            }
            guard secret.count == 1 else {
                throw ValidationError("give this office's secret: --secret-file FILE, --secret-stdin or --secret")
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                guard let secret = try secret.read() else { return }
                let settings = StreetSettings(office: office, server: server, secret: secret)
                do {
                    _ = try StreetDatabase.create(at: options.path, settings: settings)
                } catch let error as StorageError where error.code == .fileExists {
                    throw StreetError.failed(
                        "\(error.message): it holds this office's rows; to change its server or secret run "
                            + "`street config`, or choose another --db"
                    )
                }
                printError("created \(options.path) for office \(office); next: street sync")
            }
        }
    }
}
