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
            abstract: "Enrol street offices and departments, list them, rotate their secrets, disable and enable them.",
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
            abstract: "Enrol an office; writes its enrolment file and prints the `street init` line for the office.",
            discussion: """
                The enrolment file (mode 0600) holds the server address, the office code, a new secret and the \
                fingerprint of the district's certificate. Hand it over on a USB stick or in person, not by e-mail; \
                the office deletes it after `street init --enrol FILE`. The secret is never printed.
                """
        )

        @Option(help: ArgumentHelp("The office's code, e.g. wangluyuan.", valueName: "code"))
        var code: String

        @Option(help: ArgumentHelp("The office's name, e.g. 望麓园街道.", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("A street office or a district department.", valueName: "kind"))
        var kind: Office.Kind = .street

        @Option(help: ArgumentHelp("The address offices reach `district serve` at.", valueName: "host:port"))
        var server = ServerAddress(host: "127.0.0.1", port: 7420)

        @Option(help: ArgumentHelp("Where to write the enrolment file (default: CODE.enrol here).", valueName: "file"))
        var out: String?

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            do {
                try Code.check(code, as: "office code")
            } catch let error as ModelError {
                throw ValidationError(error.message)
            }
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--name must not be empty")
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
                        "office \(code) is already enrolled (a new file for it: district office enrol \(code))"
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
                print("office \(code) (\(name)) enrolled; enrolment file: \(path)")
                print("on the office's computer run:")
                print("street init --enrol \((path as NSString).lastPathComponent)")
                printError(
                    "the file holds the office's secret (mode 0600): hand it over on a USB stick or in person, not by "
                        + "e-mail; the office deletes it after street init"
                )
                if server.isLoopback {
                    printError(
                        "note: the file names \(server), this computer; for offices on other computers give "
                            + "--server HOST:PORT (district serve --host 0.0.0.0)"
                    )
                }
            }
        }
    }

    /// `district office list`: every enrolled office with its last sync.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the enrolled offices and their last sync.",
            discussion: "Times are local with their offset (`2026-12-01 14:52 +08:00`); --utc shows UTC."
        )

        @Flag(help: "Show times in UTC instead of local time.")
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting { write(try Self.table(try options.open(), times: DisplayTime(utc: utc)).render()) }
        }

        /// One row per office, by code.
        private static func table(_ database: DistrictDatabase, times: DisplayTime) throws -> Table {
            var table = Table(
                columns: ["code", "name", "kind", "enabled", "rows", "last sync", "result"].map { Table.Column($0) },
                titleRule: false
            )
            for record in try database.offices() {
                table.append([
                    record.office.code, record.office.name, record.office.kind.rawValue,
                    record.office.enabled ? "yes" : "no", String(record.rowsHeld),
                    record.lastSyncAt.map(times.string(fromStored:)) ?? "never",
                    record.lastResult ?? "",
                ])
            }
            return table
        }
    }
}
