import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoReports
import JixiaoStorage

extension District {
    /// `district settings`: the district's own settings, such as the 填报单位, 联系人 and 联系电话 that reports print
    /// on their cover and sign-off block.
    struct SettingsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "settings",
            abstract: "Set or list the district's report settings (填报单位, 联系人, 联系电话, 填报日期).",
            discussion: """
                Keys: \(SignOff.settingKeys.map { "\($0.key) (\($0.meaning))" }.joined(separator: "; ")).
                report.CODE.KEY (e.g. report.JD2021.contact) sets one project's value. 主管部门 and 实施单位 come \
                from the plan unless set here.
                """,
            subcommands: [SetCommand.self, ListCommand.self, UnsetCommand.self]
        )
    }
}

extension District.SettingsCommand {
    /// `district settings set KEY VALUE`.
    struct SetCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set a report setting.",
            discussion: """
                Examples:
                  district settings set report.filler 开福区禁毒委员会办公室
                  district settings set report.contact 张三
                  district settings set report.phone 0731-84000000
                  district settings set report.LT2021.contact 李四
                """
        )

        @Argument(help: ArgumentHelp("report.filler, report.contact, report.phone, report.date, …", valueName: "key"))
        var key: String

        @Argument(help: ArgumentHelp("The value as printed on the report.", valueName: "value"))
        var value: String

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            try District.SettingsCommand.check(key)
            guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError("the value is empty: to remove a setting use `district settings unset \(key)`")
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
        static let configuration = CommandConfiguration(commandName: "unset", abstract: "Remove a report setting.")

        @Argument(help: ArgumentHelp("The key to remove.", valueName: "key"))
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
            abstract: "List the report settings, one KEY<TAB>VALUE line each."
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
                "unknown setting \"\(key)\": use one of \(SignOff.settingKeys.map(\.key).joined(separator: ", ")), "
                    + "or report.CODE.KEY for one project"
            )
        }
    }
}
