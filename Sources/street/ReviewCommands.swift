import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street submit --project P [--year Y] [--note TEXT]`: 上报 a project's figures of a year to the district.
    struct SubmitCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "submit",
            abstract: tr("street.submit.abstract"),
            discussion: tr("street.submit.discussion")
        )

        @Option(help: ArgumentHelp(tr("street.submit.project"), valueName: "code"))
        var project: String

        @Option(help: ArgumentHelp(tr("street.submit.year"), valueName: "year"))
        var year: Int?

        @Option(help: ArgumentHelp(tr("street.submit.note"), valueName: "text"))
        var note = ""

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let submitted = try options.service().submit(project: project, year: year, note: note)
                printError(tr("street.submit.done", ["project": submitted.code, "year": "\(submitted.year)"]))
            }
        }
    }

    /// `street refused`: the changes the district refused because their project and year were submitted or approved.
    struct RefusedCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "refused",
            abstract: tr("street.refused.abstract"),
            discussion: tr("street.refused.discussion")
        )

        @Option(help: ArgumentHelp(tr("street.refused.format"), valueName: "format"))
        var format: OutputFormat = .table

        @Flag(help: ArgumentHelp(tr("street.refused.utc")))
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let refused = try options.service().refusedChanges()
                if refused.isEmpty && format == .table {
                    printError(tr("review.refused-none"))
                    return
                }
                printData(try ReviewListing.refused(refused, times: DisplayTime(utc: utc)).render(format))
            }
        }
    }
}
