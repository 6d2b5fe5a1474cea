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
            discussion: """
                Examples:
                  street init --enrol wangluyuan.enrol
                  street init --server district.example:7420 --office wangluyuan --secret-file secret.txt \
                    --pin sha256:3f9a…

                The enrolment file (from district office add) holds the server, the office code, the secret and the \
                fingerprint of the district's certificate; delete it once the database is made. Without a file, give \
                the three settings and the fingerprint `district tls show` prints; without --pin the first sync pins \
                the certificate it sees. Refuses to overwrite an existing database (`street config` changes its \
                server or secret).
                """
        )

        @OptionGroup var enrolment: EnrolmentOption

        @Option(help: ArgumentHelp("The district server (instead of --enrol).", valueName: "host:port"))
        var server: ServerAddress?

        @Option(help: ArgumentHelp("This office's code (instead of --enrol).", valueName: "code"))
        var office: String?

        @Option(
            help: ArgumentHelp(
                "The district certificate's fingerprint, as `district tls show` prints it (instead of --enrol).",
                valueName: "sha256:…"
            )
        )
        var pin: String?

        @OptionGroup var secret: SecretOptions

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if enrolment.file != nil {
                guard server == nil, office == nil, pin == nil, secret.count == 0 else {
                    throw ValidationError(
                        "--enrol gives the server, office, secret and certificate: give no other of them"
                    )
                }
                return
            }
            guard let office, server != nil else {
                throw ValidationError(
                    "give the enrolment file from the district (--enrol FILE), or --server, --office and the secret"
                )
            }
            do {
                try Code.check(office, as: "office code")
                if let pin { _ = try CertificateFingerprint(parsing: pin) }
            } catch let error as ModelError {
                throw ValidationError(error.message)
            }
            guard secret.count == 1 else {
                throw ValidationError("give this office's secret: --enrol FILE, --secret-file FILE or --secret-stdin")
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
                        "\(error.message): it holds this office's rows; to change its server or secret run "
                            + "`street config`, or choose another --db"
                    )
                }
                printError("created \(options.path) for office \(office); next: street sync")
                if settings.pin == nil {
                    printError(
                        "no certificate fingerprint given: the first sync pins the one it sees; compare it with what "
                            + "`district tls show` prints at the district"
                    )
                }
            }
        }
    }
}
