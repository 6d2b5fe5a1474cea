import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street todo [--period P]`.
    struct TodoCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "todo",
            abstract: "List the indicator values and notes this office still owes for a period.",
            discussion: """
                Only this office's indicators, with their full names, units and targets, by the district's rules \
                (`district status`): a value per period of the indicator's frequency inside the asked period; the \
                three notes when the period ends the year. Exits 0 whether or not something is missing.
                """
        )

        @Option(
            help: ArgumentHelp(
                "The period: 2021, 2021Q2 or 2021-06 (default: the latest year received).",
                valueName: "period"
            )
        )
        var period: Period?

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                printData(try options.service().todo(period: period).render())
            }
        }
    }
}
