import ArgumentParser
import JixiaoConsole
import JixiaoDistrict

extension District.OfficeCommand {
    /// `district office devices CODE`.
    struct Devices: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List an office's devices: each street database that has synced, with its first and last sync.",
            discussion: "Times are local with their offset; --utc shows UTC."
        )

        @Argument(help: ArgumentHelp("The office code.", valueName: "CODE"))
        var code: String

        @Flag(help: "Show times in UTC instead of local time.")
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let devices = try DeviceAdmin.devices(office: code, in: try options.open())
                guard !devices.isEmpty else {
                    printError("office \(code) has no device yet: none has synced")
                    return
                }
                write(DeviceAdmin.table(devices, times: DisplayTime(utc: utc)).render())
            }
        }
    }

    /// `district office revoke-device CODE DEVICE`.
    struct RevokeDevice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke-device",
            abstract: "Refuse one device of an office from now on (a lost or replaced PC); its rows are kept.",
            discussion: "The office's other devices keep syncing; `district office devices CODE` lists the ids."
        )

        @Argument(help: ArgumentHelp("The office code.", valueName: "CODE"))
        var code: String

        @Argument(help: ArgumentHelp("The device id, as `district office devices` lists it.", valueName: "DEVICE"))
        var device: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                try DeviceAdmin.revoke(device: device, office: code, in: try options.open())
                printError("device \(device) of office \(code) is revoked: its next sync is refused")
            }
        }
    }
}

extension District {
    /// `district conflicts`.
    struct ConflictsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts",
            abstract: "List the conflicts between devices of an office: the version kept and the version that lost.",
            discussion: """
                When two devices of an office change the same row before either has synced, the later version is \
                kept everywhere and the other is listed here (and, after their next sync, by `street conflicts`).
                """
        )

        @Option(help: ArgumentHelp("Only this office.", valueName: "code"))
        var office: String?

        @Flag(help: "Show times in UTC instead of local time.")
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let conflicts = try DeviceAdmin.conflicts(office: office, in: try options.open())
                guard !conflicts.isEmpty else {
                    printError("no conflicts")
                    return
                }
                write(ConflictListing.table(conflicts, times: DisplayTime(utc: utc)).render())
            }
        }
    }
}
