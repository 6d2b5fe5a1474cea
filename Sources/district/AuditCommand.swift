import ArgumentParser
import JixiaoConsole
import JixiaoDistrict
import JixiaoStorage

extension District {
    /// `district audit`.
    struct AuditCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Show the audit trail: who changed which row, when, and from what to what.",
            discussion: """
                Every change of an office's rows (as a sync applied it) and of the plan's rows is recorded, with the \
                values before and after, the office, the device and the session; so is every plan import and office \
                administration action. The trail is append-only and hash-chained: `district verify` names the first \
                entry that was edited or removed. Times are local with their offset (--utc for UTC); CSV and JSON \
                keep the stored UTC times. Docs/Audit.md describes the format.
                """
        )

        @Option(help: ArgumentHelp("Only this office's rows and actions.", valueName: "code"))
        var office: String?

        @Option(help: ArgumentHelp("Only this row: its id or the start of it.", valueName: "id"))
        var row: String?

        @Option(
            help: ArgumentHelp("Only rows of this project (its expenditures, values, narratives).", valueName: "code")
        )
        var project: String?

        @Option(
            help: ArgumentHelp(
                "Only entries from this date (local midnight) or time with offset on.",
                valueName: "time"
            )
        )
        var since: String?

        @Option(help: ArgumentHelp("The output format: table, csv or json.", valueName: "format"))
        var format: OutputFormat = .table

        @Flag(help: "Show times in UTC instead of local time.")
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let filter = AuditFilter(
                    office: office,
                    row: row,
                    project: project,
                    since: try since.map { try AuditListing.since($0) }
                )
                let entries = try AuditListing.entries(filter, in: try options.open())
                if entries.isEmpty && format == .table {
                    printError("no audit entries match")
                    return
                }
                write(try AuditListing.render(entries, format, times: DisplayTime(utc: utc)))
            }
        }
    }
}
