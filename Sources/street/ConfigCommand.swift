import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStorage
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
                  street config --enrol wangluyuan.enrol         (after district office rotate-secret or enrol)
                  street config --secret-stdin < new-secret.txt

                The office's rows, its change log and its unsent changes stay as they are: the next street sync \
                goes on from where the last one ended. The secret is never printed.
                """
        )

        @Option(help: ArgumentHelp("The district server to sync with from now on.", valueName: "host:port"))
        var server: ServerAddress?

        @OptionGroup var enrolment: EnrolmentOption

        @OptionGroup var secret: SecretOptions

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            guard enrolment.file == nil || secret.count == 0 else {
                throw ValidationError("--enrol holds the secret: give no --secret-file or --secret-stdin with it")
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.database()
                let enrolled = try enrolment.read()
                if let enrolled {
                    let office = try database.settings().office
                    guard enrolled.office == office else {
                        throw StreetError.failed(
                            "\(enrolment.file ?? "the file") is the enrolment of office \(enrolled.office), "
                                + "but this database belongs to \(office)"
                        )
                    }
                }
                let newSecret = try enrolled?.secret ?? secret.read()
                let newServer = server ?? enrolled?.server
                let settings =
                    newServer == nil && newSecret == nil
                    ? try database.settings()
                    : try database.updateSettings(server: newServer, secret: newSecret, pin: enrolled?.certificate)
                print("office: \(settings.office)")
                print("server: \(settings.server)")
                print("secret: set (64 hexadecimal digits; not shown)")
                print("certificate: \(settings.pin?.description ?? "not pinned yet (the next sync pins it)")")
                if let next = settings.nextPin { print("next certificate: \(next) (announced by the district)") }
                if newServer != nil { printError("the server is now \(settings.server)") }
                if enrolled != nil {
                    printError(
                        "the enrolment is applied (secret and certificate); run street sync, then delete the file"
                    )
                } else if newSecret != nil {
                    printError("the new secret is stored; run street sync")
                }
            }
        }
    }
}
