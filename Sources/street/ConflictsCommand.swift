import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street conflicts`: what the district kept when this office's devices changed the same row.
    struct ConflictsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts",
            abstract: tr("street.conflicts.abstract"),
            discussion: tr("street.conflicts.discussion")
        )

        @Flag(help: ArgumentHelp(tr("street.conflicts.utc")))
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let conflicts = try options.service().conflicts()
                guard !conflicts.isEmpty else {
                    printError(tr("conflicts.none"))
                    return
                }
                printData(ConflictListing.table(conflicts, times: DisplayTime(utc: utc)).render())
            }
        }
    }
}
