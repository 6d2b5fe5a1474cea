import ArgumentParser
import Foundation
import JixiaoConsole
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
                Add.self, List.self, RotateSecret.self, Disable.self, Enable.self, Devices.self, RevokeDevice.self,
            ]
        )
    }
}

extension District.OfficeCommand {
    /// `district office add`: enrols an office and prints its secret once.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enrol an office; prints its secret once and the `street init` line to give the office.",
            discussion: "The secret is shown only here: hand it to the office on paper or in person, not by e-mail."
        )

        @Option(help: ArgumentHelp("The office's code, e.g. wangluyuan.", valueName: "code"))
        var code: String

        @Option(help: ArgumentHelp("The office's name, e.g. 望麓园街道.", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("A street office or a district department.", valueName: "kind"))
        var kind: Office.Kind = .street

        @Option(help: ArgumentHelp("The address offices reach `district serve` at.", valueName: "host:port"))
        var server = ServerAddress(host: "127.0.0.1", port: 7420)

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
                try database.addOffice(Office(code: code, name: name, kind: kind), secret: secret)
                print("office \(code) (\(name)) enrolled; its secret, shown only this once:")
                print(secret.hex)
                print("on the office's computer run:")
                print("street init --server \(server) --office \(code) --secret \(secret.hex)")
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
