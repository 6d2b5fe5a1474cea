import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage

extension District {
    /// `district office`: enrol offices and list them; the lifecycle commands (`rotate-secret`, `disable`, `enable`)
    /// are in `OfficeLifecycleCommands.swift`.
    struct OfficeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "office",
            abstract: tr("district.office.abstract"),
            subcommands: [
                Add.self, List.self, RotateSecret.self, Enrol.self, Disable.self, Enable.self, Devices.self,
                RevokeDevice.self,
            ]
        )
    }
}

extension District.OfficeCommand {
    /// `district office add`: enrols an office and writes its enrolment file.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("district.office.add.abstract"),
            discussion: tr("district.office.add.discussion")
        )

        @Option(help: ArgumentHelp(tr("district.office.add.code"), valueName: "code"))
        var code: String

        @Option(help: ArgumentHelp(tr("district.office.add.name"), valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp(tr("district.office.add.kind"), valueName: "kind"))
        var kind: Office.Kind = .street

        @Option(help: ArgumentHelp(tr("district.office.add.server"), valueName: "host:port"))
        var server = ServerAddress(host: "127.0.0.1", port: 7420)

        @Option(help: ArgumentHelp(tr("district.office.add.out"), valueName: "file"))
        var out: String?

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            do {
                try Code.check(code, as: tr("noun.office-code"))
            } catch let error as ModelError {
                throw ValidationError(error.message)
            }
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError(tr("misuse.name-empty"))
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.open()
                let secret = OfficeSecret.random()
                let office = Office(code: code, name: name, kind: kind)
                let path = out ?? EnrolmentFile.defaultPath(office: code)
                if try database.office(code) != nil {
                    throw DistrictError.conflict(
                        tr("district.office.already-enrolled", ["code": code])
                    )
                }
                // The file first, then the office: a folder that cannot be written leaves no office without a file.
                try EnrolmentFile.write(
                    try EnrolmentFile.make(office: office, secret: secret, server: server, in: database),
                    to: path,
                    replacing: false
                )
                do {
                    try database.addOffice(office, secret: secret)
                } catch {
                    try? FileManager.default.removeItem(atPath: path)
                    throw error
                }
                print(tr("district.office.enrolled", ["code": code, "name": name, "path": path]))
                print(tr("district.office.run-on-office"))
                print("street init --enrol \((path as NSString).lastPathComponent)")  // english: a command
                printError(
                    tr("district.office.hand-over")
                )
                if server.isLoopback {
                    printError(
                        tr("district.office.loopback-note", ["server": "\(server)"])
                    )
                }
            }
        }
    }

    /// `district office list`: every enrolled office with its last sync.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("district.office.list.abstract"),
            discussion: tr("district.office.list.discussion")
        )

        @Flag(help: ArgumentHelp(tr("district.office.list.utc")))
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting { write(try Self.table(try options.open(), times: DisplayTime(utc: utc)).render()) }
        }

        /// One row per office, by code.
        private static func table(_ database: DistrictDatabase, times: DisplayTime) throws -> Table {
            var table = Table(
                columns: [
                    Table.Column(header: "code"), Table.Column(header: "name"), Table.Column(header: "kind"),
                    Table.Column(header: "enabled"), Table.Column(header: "rows"), Table.Column(header: "last_sync"),
                    Table.Column(header: "result"),
                ],
                titleRule: false
            )
            for record in try database.offices() {
                table.append([
                    record.office.code, record.office.name,
                    record.office.kind == .street ? tr("cell.kind.street") : tr("cell.kind.department"),
                    record.office.enabled ? tr("cell.yes") : tr("cell.no"), String(record.rowsHeld),
                    record.lastSyncAt.map(times.string(fromStored:)) ?? tr("cell.never"),
                    record.lastResult ?? "",
                ])
            }
            return table
        }
    }
}
