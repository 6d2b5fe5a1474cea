import ArgumentParser
import JixiaoConsole
import JixiaoDistrict

extension District.OfficeCommand {
    /// `district office rotate-secret CODE`.
    struct RotateSecret: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-secret",
            abstract: "Give an office a new secret; the old one stops working at once.",
            discussion: """
                The new secret is printed once, on stdout: hand it to the office, which saves it in a file and runs                 `street config --secret-file FILE` (its rows and unsent changes stay as they are).
                """,
            aliases: ["new-secret"]
        )

        @Argument(help: ArgumentHelp("The office code.", valueName: "CODE"))
        var code: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let secret = try OfficeAdmin.rotateSecret(office: code, in: try options.open())
                print(secret.hex)
                printError("office \(code) has a new secret (shown once above); the old one no longer works")
                printError("on the office's computer, save it in a file and run: street config --secret-file FILE")
            }
        }
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
