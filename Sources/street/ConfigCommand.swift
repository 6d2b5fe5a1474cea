import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street config`: shows or changes where this office database syncs to and with which secret.
    struct ConfigCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show or change this office's district server and secret (after a move or a new secret).",
            discussion: """
                Examples:
                  street config
                  street config --server district.example:7420
                  street config --secret-file new-secret.txt      (after district office rotate-secret)

                The office's rows, its change log and its unsent changes stay as they are: the next street sync \
                goes on from where the last one ended. The secret is never printed.
                """
        )

        @Option(help: ArgumentHelp("The district server to sync with from now on.", valueName: "host:port"))
        var server: ServerAddress?

        @OptionGroup var secret: SecretOptions

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.database()
                let newSecret = try secret.read()
                let settings =
                    server == nil && newSecret == nil
                    ? try database.settings()
                    : try database.updateSettings(server: server, secret: newSecret)
                print("office: \(settings.office)")
                print("server: \(settings.server)")
                print("secret: set (64 hexadecimal digits; not shown)")
                if server != nil { printError("the server is now \(settings.server)") }
                if newSecret != nil { printError("the new secret is stored; run street sync") }
            }
        }
    }
}
