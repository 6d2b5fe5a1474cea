import ArgumentParser
import JixiaoConsole
import JixiaoStreet

extension Street {
    /// `street conflicts`: what the district kept when this office's devices changed the same row.
    struct ConflictsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts",
            abstract: "List the conflicts between this office's devices, as of the last sync.",
            discussion: """
                When two devices of the office change the same row before either has synced, the later version is \
                kept on every device and the other is listed here, with its values, so nothing is lost silently.
                """
        )

        @Flag(help: "Show times in UTC instead of local time.")
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let conflicts = try options.service().conflicts()
                guard !conflicts.isEmpty else {
                    printError("no conflicts")
                    return
                }
                printData(ConflictListing.table(conflicts, times: DisplayTime(utc: utc)).render())
            }
        }
    }
}
