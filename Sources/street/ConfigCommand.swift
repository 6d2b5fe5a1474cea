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
            abstract: tr("street.config.abstract"),
            discussion: tr("street.config.discussion")
        )

        @Option(help: ArgumentHelp(tr("street.config.server"), valueName: "host:port"))
        var server: ServerAddress?

        @OptionGroup var enrolment: EnrolmentOption

        @OptionGroup var secret: SecretOptions

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            guard enrolment.file == nil || secret.count == 0 else {
                throw ValidationError(tr("misuse.config.enrol-and-secret"))
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
                            tr(
                                "street.config.other-office",
                                [
                                    "file": enrolment.file ?? tr("import.noun.file"), "enrolled": enrolled.office,
                                    "office": office,
                                ]
                            )
                        )
                    }
                }
                let newSecret = try enrolled?.secret ?? secret.read()
                let newServer = server ?? enrolled?.server
                let settings =
                    newServer == nil && newSecret == nil
                    ? try database.settings()
                    : try database.updateSettings(server: newServer, secret: newSecret, pin: enrolled?.certificate)
                print(tr("street.config.office", ["office": settings.office]))
                print(tr("street.config.server-line", ["server": "\(settings.server)"]))
                print(tr("street.config.secret"))
                print(
                    tr(
                        "street.config.certificate",
                        ["pin": settings.pin?.description ?? tr("street.config.not-pinned")]
                    )
                )
                if let next = settings.nextPin { print(tr("street.config.next-certificate", ["pin": "\(next)"])) }
                if newServer != nil { printError(tr("street.config.server-changed", ["server": "\(settings.server)"])) }
                if enrolled != nil {
                    printError(tr("street.config.enrolment-applied"))
                } else if newSecret != nil {
                    printError(tr("street.config.secret-stored"))
                }
            }
        }
    }
}
