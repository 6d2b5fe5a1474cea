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
            abstract: tr("street.init.abstract"),
            discussion: tr("street.init.discussion")
        )

        @OptionGroup var enrolment: EnrolmentOption

        @Option(help: ArgumentHelp(tr("street.init.server"), valueName: "host:port"))
        var server: ServerAddress?

        @Option(help: ArgumentHelp(tr("street.init.office"), valueName: "code"))
        var office: String?

        @Option(
            help: ArgumentHelp(
                tr("street.init.pin"),
                valueName: "sha256:…"
            )
        )
        var pin: String?

        @OptionGroup var secret: SecretOptions

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if enrolment.file != nil {
                guard server == nil, office == nil, pin == nil, secret.count == 0 else {
                    throw ValidationError(tr("misuse.init.enrol-alone"))
                }
                return
            }
            guard let office, server != nil else {
                throw ValidationError(tr("misuse.init.need-enrol"))
            }
            do {
                try Code.check(office, as: tr("noun.office-code"))
                if let pin { _ = try CertificateFingerprint(parsing: pin) }
            } catch let error as ModelError {
                throw ValidationError(error.message)
            }
            guard secret.count == 1 else {
                throw ValidationError(tr("misuse.init.need-secret"))
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let settings: StreetSettings
                if let enrolment = try enrolment.read() {
                    settings = StreetSettings(
                        office: enrolment.office,
                        server: enrolment.server,
                        secret: enrolment.secret,
                        pin: enrolment.certificate
                    )
                } else {
                    guard let secret = try secret.read(), let office, let server else { return }
                    settings = StreetSettings(
                        office: office,
                        server: server,
                        secret: secret,
                        pin: try pin.map(CertificateFingerprint.init(parsing:))
                    )
                }
                let office = settings.office
                do {
                    _ = try StreetDatabase.create(at: options.path, settings: settings)
                } catch let error as StorageError where error.code == .fileExists {
                    throw StreetError.failed(
                        tr("street.init.exists", ["reason": error.message])
                    )
                }
                printError(tr("street.init.created", ["path": options.path, "office": office]))
                if settings.pin == nil {
                    printError(
                        tr("street.init.no-pin")
                    )
                }
            }
        }
    }
}
