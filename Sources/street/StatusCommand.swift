import ArgumentParser
import JixiaoConsole
import JixiaoStreet

extension Street {
    /// `street status`.
    struct StatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show the office, its server, the last sync and the changes the district has not acknowledged.",
            discussion: "Times are local with their offset (`2026-12-01 14:52 +08:00`); --utc shows UTC."
        )

        @Flag(help: "Show times in UTC instead of local time.")
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
