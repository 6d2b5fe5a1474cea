import ArgumentParser
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage

extension District {
    /// `district audit`.
    struct AuditCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: tr("district.audit.abstract"),
            discussion: tr("district.audit.discussion")
        )

        @Option(help: ArgumentHelp(tr("district.audit.office"), valueName: "code"))
        var office: String?

        @Option(help: ArgumentHelp(tr("district.audit.row"), valueName: "id"))
        var row: String?

        @Option(
            help: ArgumentHelp(tr("district.audit.project"), valueName: "code")
        )
        var project: String?

        @Option(
            help: ArgumentHelp(tr("district.audit.since"), valueName: "time")
        )
        var since: String?

        @Option(help: ArgumentHelp(tr("district.audit.format"), valueName: "format"))
        var format: OutputFormat = .table

        @Flag(help: ArgumentHelp(tr("district.audit.utc")))
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
                    printError(tr("district.audit.none"))
                    return
                }
                write(try AuditListing.render(entries, format, times: DisplayTime(utc: utc)))
            }
        }
    }
}
