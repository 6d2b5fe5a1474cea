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
            abstract: tr("district.office.rotate-secret.abstract"),
            discussion: tr("district.office.rotate-secret.discussion"),
            aliases: ["new-secret"]
        )

        @Argument(help: ArgumentHelp(tr("district.office.rotate-secret.code"), valueName: "CODE"))
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
                print(tr("district.office.new-secret", ["code": code, "path": path]))
                print(tr("district.office.run-on-office"))
                print("street config --enrol \((path as NSString).lastPathComponent)")  // english: a command
                printError(
                    tr("district.office.old-secret-void")
                )
            }
        }
    }

    /// `district office enrol CODE`: a new enrolment file with the office's current secret.
    struct Enrol: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("district.office.enrol.abstract"),
            discussion: tr("district.office.enrol.discussion")
        )

        @Argument(help: ArgumentHelp(tr("district.office.enrol.code"), valueName: "CODE"))
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
                print(tr("district.office.enrolment-file", ["code": code, "path": path]))
                print(tr("district.office.run-on-office"))
                print(tr("district.office.config-line", ["file": (path as NSString).lastPathComponent]))
            }
        }
    }

    /// Where an enrolment file goes and which server address it names.
    struct EnrolmentFileOptions: ParsableArguments {
        @Option(help: ArgumentHelp(tr("district.office.enrolment-file-options.server"), valueName: "host:port"))
        var server = ServerAddress(host: "127.0.0.1", port: 7420)

        @Option(help: ArgumentHelp(tr("district.office.enrolment-file-options.out"), valueName: "file"))
        var out: String?

        func path(office: String) -> String { out ?? EnrolmentFile.defaultPath(office: office) }
    }

    /// `district office disable CODE`.
    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("district.office.disable.abstract"))

        @Argument(help: ArgumentHelp(tr("district.office.disable.code"), valueName: "CODE"))
        var code: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let changed = try OfficeAdmin.setEnabled(false, office: code, in: try options.open())
                printError(
                    changed
                        ? tr("district.office.disabled", ["code": code])
                        : tr("district.office.already-disabled", ["code": code])
                )
            }
        }
    }

    /// `district office enable CODE`.
    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("district.office.enable.abstract"))

        @Argument(help: ArgumentHelp(tr("district.office.enable.code"), valueName: "CODE"))
        var code: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let changed = try OfficeAdmin.setEnabled(true, office: code, in: try options.open())
                printError(
                    changed
                        ? tr("district.office.enabled", ["code": code])
                        : tr("district.office.already-enabled", ["code": code])
                )
            }
        }
    }
}
