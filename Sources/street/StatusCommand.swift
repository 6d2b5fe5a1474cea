import ArgumentParser
import JixiaoConsole
import JixiaoStreet

extension Street {
    /// `street status`.
    struct StatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show the office, its server, the last sync and the changes the district has not acknowledged."
        )

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                printData(try options.service().status().render())
            }
        }
    }
}
