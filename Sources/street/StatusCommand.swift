import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street status`.
    struct StatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: tr("street.status.abstract"),
            discussion: tr("street.status.discussion")
        )

        @Flag(help: ArgumentHelp(tr("street.status.utc")))
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                printData(try options.service().status().render(times: DisplayTime(utc: utc)))
            }
        }
    }
}
