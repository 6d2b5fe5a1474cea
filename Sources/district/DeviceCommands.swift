import ArgumentParser
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels

extension District.OfficeCommand {
    /// `district office devices CODE`.
    struct Devices: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("district.office.devices.abstract"),
            discussion: tr("district.office.devices.discussion")
        )

        @Argument(help: ArgumentHelp(tr("district.office.devices.code"), valueName: "CODE"))
        var code: String

        @Flag(help: ArgumentHelp(tr("district.office.devices.utc")))
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let devices = try DeviceAdmin.devices(office: code, in: try options.open())
                guard !devices.isEmpty else {
                    printError(tr("district.office.no-devices", ["code": code]))
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
            abstract: tr("district.office.revoke-device.abstract"),
            discussion: tr("district.office.revoke-device.discussion")
        )

        @Argument(help: ArgumentHelp(tr("district.office.revoke-device.code"), valueName: "CODE"))
        var code: String

        @Argument(help: ArgumentHelp(tr("district.office.revoke-device.device"), valueName: "DEVICE"))
        var device: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                try DeviceAdmin.revoke(device: device, office: code, in: try options.open())
                printError(tr("district.office.device-revoked", ["code": code, "device": device]))
            }
        }
    }
}

extension District {
    /// `district conflicts`.
    struct ConflictsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts",
            abstract: tr("district.conflicts.abstract"),
            discussion: tr("district.conflicts.discussion")
        )

        @Option(help: ArgumentHelp(tr("district.conflicts.office"), valueName: "code"))
        var office: String?

        @Flag(help: ArgumentHelp(tr("district.conflicts.utc")))
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let conflicts = try DeviceAdmin.conflicts(office: office, in: try options.open())
                guard !conflicts.isEmpty else {
                    printError(tr("conflicts.none"))
                    return
                }
                write(ConflictListing.table(conflicts, times: DisplayTime(utc: utc)).render())
            }
        }
    }
}
