import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoReports
import JixiaoStorage

extension District {
    /// `district settings`: the district's own settings, such as the 填报单位, 联系人 and 联系电话 that reports print
    /// on their cover and sign-off block.
    struct SettingsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "settings",
            abstract: tr("district.settings.abstract"),
            discussion: tr(
                "district.settings.discussion",
                ["keys": SignOff.settingKeys.map { "\($0.key) (\($0.meaning))" }.joined(separator: "; ")]
            ),
            subcommands: [SetCommand.self, ListCommand.self, UnsetCommand.self]
        )
    }
}

extension District.SettingsCommand {
    /// `district settings set KEY VALUE`.
    struct SetCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: tr("district.settings.set.abstract"),
            discussion: tr("district.settings.set.discussion")
        )

        @Argument(help: ArgumentHelp(tr("district.settings.set.key"), valueName: "key"))
        var key: String

        @Argument(help: ArgumentHelp(tr("district.settings.set.value"), valueName: "value"))
        var value: String

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            try District.SettingsCommand.check(key)
            guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError(tr("misuse.settings.empty", ["key": key]))
            }
        }

        func run() throws {
            options.bootstrapLogging()
            let database = try DistrictDatabase.open(at: options.path)
            try database.setReportSetting(key, to: value.trimmingCharacters(in: .whitespacesAndNewlines))
            printError("\(key) = \(value.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }

    /// `district settings unset KEY`.
    struct UnsetCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unset",
            abstract: tr("district.settings.unset.abstract")
        )

        @Argument(help: ArgumentHelp(tr("district.settings.unset.key"), valueName: "key"))
        var key: String

        @OptionGroup var options: DatabaseOptions

        func validate() throws { try District.SettingsCommand.check(key) }

        func run() throws {
            options.bootstrapLogging()
            try DistrictDatabase.open(at: options.path).setReportSetting(key, to: nil)
        }
    }

    /// `district settings list`: one `KEY<TAB>VALUE` line per setting.
    struct ListCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: tr("district.settings.list.abstract")
        )

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            let settings = try DistrictDatabase.open(at: options.path).settings(withPrefix: "report.")
            for key in settings.keys.sorted() { print("\(key)\t\(settings[key] ?? "")") }
        }
    }

    static func check(_ key: String) throws {
        guard SignOff.isSettingKey(key) else {
            throw ValidationError(
                tr(
                    "district.settings.unknown",
                    ["key": key, "keys": SignOff.settingKeys.map(\.key).joined(separator: ", ")]
                )
            )
        }
    }
}
