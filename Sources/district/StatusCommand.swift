import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage

extension District {
    /// `district status [--year Y] [--period P] [--format table|csv|json]`.
    struct StatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Who has reported what: a completeness table per office × project for a period.",
            discussion: """
                Values are expected per the indicator's frequency inside the period (a quarterly indicator in a \
                year: four values; in a month: its quarter's value, only in the quarter's last month). Narratives \
                are expected when the period ends the year. An office is complete when it has synced and every \
                expected value and narrative is there. Times are local with their offset (`2026-12-01 14:52 \
                +08:00`); --utc shows UTC; JSON keeps ISO 8601.
                """
        )

        @Option(help: ArgumentHelp("The year (default: the latest with projects).", valueName: "year"))
        var year: Int?

        @Option(help: ArgumentHelp("The period: 2021, 2021Q2 or 2021-06.", valueName: "period"))
        var period: Period?

        @Option(help: ArgumentHelp("The output format.", valueName: "format"))
        var format: OutputFormat = .table

        @Flag(help: "Show times in UTC instead of local time.")
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if let year, let period, period.year != year {
                throw ValidationError("--period \(period) is not in --year \(year)")
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let status = try StatusService.completeness(year: year, period: period, in: try options.open())
                write(try status.render(format, times: DisplayTime(utc: utc)))
            }
        }
    }
}
