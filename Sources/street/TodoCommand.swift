import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street todo [--period P]`.
    struct TodoCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "todo",
            abstract: tr("street.todo.abstract"),
            discussion: tr("street.todo.discussion")
        )

        @Option(
            help: ArgumentHelp(
                tr("street.todo.period"),
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
