import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels

extension District.OfficeCommand {
    /// `district office rotate-secret CODE`.
    struct RotateSecret: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-secret",
            abstract: "Give an office a new secret; the old one stops working at once.",
            discussion: """
                Writes a new enrolment file (mode 0600) with the new secret; the office runs \
                `street config --enrol FILE` (its rows and unsent changes stay as they are). The secret is never \
                printed.
                """,
            aliases: ["new-secret"]
        )

        @Argument(help: ArgumentHelp("The office code.", valueName: "CODE"))
        var code: String

        @OptionGroup var enrolment: EnrolmentFileOptions

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.open()
                let path = enrolment.path(office: code)
                // The file first, then the database: a file that cannot be written leaves the old secret working.
                let secret = OfficeSecret.random()
                try OfficeAdmin.requireEnrolled(code, in: database)
                guard let office = try database.office(code) else { return }
                try EnrolmentFile.write(
                    try EnrolmentFile.make(office: office, secret: secret, server: enrolment.server, in: database),
                    to: path,
                    replacing: true
                )
                do {
                    try OfficeAdmin.setSecret(secret, office: code, in: database)
                } catch {
                    try? FileManager.default.removeItem(atPath: path)
                    throw error
                }
                print("office \(code) has a new secret; enrolment file: \(path)")
                print("on the office's computer run:")
                print("street config --enrol \((path as NSString).lastPathComponent)")
                printError(
                    "the old secret no longer works; the file holds the new one (mode 0600): hand it over in person"
                )
            }
        }
    }

    /// `district office enrol CODE`: a new enrolment file with the office's current secret.
    struct Enrol: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an office's enrolment file again, with its current secret and the current certificate.",
            discussion: """
                For a lost file, a new computer of the office, or an office that did not sync while a certificate \
                rotation was staged (`district tls rotate`): the office runs `street config --enrol FILE` (or \
                `street init --enrol FILE` on a new computer). The secret does not change.
                """
        )

        @Argument(help: ArgumentHelp("The office code.", valueName: "CODE"))
        var code: String

        @OptionGroup var enrolment: EnrolmentFileOptions

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.open()
                let path = enrolment.path(office: code)
                try EnrolmentFile.write(
                    try EnrolmentFile.reissue(office: code, server: enrolment.server, in: database),
                    to: path,
                    replacing: true
                )
                print("enrolment file of office \(code): \(path)")
                print("on the office's computer run:")
                print(
                    "street config --enrol \((path as NSString).lastPathComponent)   (or street init --enrol on a new computer)"
                )
            }
        }
    }

    /// Where an enrolment file goes and which server address it names.
    struct EnrolmentFileOptions: ParsableArguments {
        @Option(help: ArgumentHelp("The address offices reach `district serve` at.", valueName: "host:port"))
        var server = ServerAddress(host: "127.0.0.1", port: 7420)

        @Option(help: ArgumentHelp("Where to write the enrolment file (default: CODE.enrol here).", valueName: "file"))
        var out: String?

        func path(office: String) -> String { out ?? EnrolmentFile.defaultPath(office: office) }
    }

    /// `district office disable CODE`.
    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop an office from syncing (its rows are kept).")

        @Argument(help: ArgumentHelp("The office code.", valueName: "CODE"))
        var code: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let changed = try OfficeAdmin.setEnabled(false, office: code, in: try options.open())
                printError(
                    changed
                        ? "office \(code) is disabled: it can no longer sync" : "office \(code) was already disabled"
                )
            }
        }
    }

    /// `district office enable CODE`.
    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let a disabled office sync again.")

        @Argument(help: ArgumentHelp("The office code.", valueName: "CODE"))
        var code: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let changed = try OfficeAdmin.setEnabled(true, office: code, in: try options.open())
                printError(changed ? "office \(code) is enabled" : "office \(code) was already enabled")
            }
        }
    }
}
