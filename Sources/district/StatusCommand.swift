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
            abstract: tr("district.status.abstract"),
            discussion: tr("district.status.discussion")
        )

        @Option(help: ArgumentHelp(tr("district.status.year"), valueName: "year"))
        var year: Int?

        @Option(help: ArgumentHelp(tr("district.status.period"), valueName: "period"))
        var period: Period?

        @Option(help: ArgumentHelp(tr("district.status.format"), valueName: "format"))
        var format: OutputFormat = .table

        @Flag(help: ArgumentHelp(tr("district.status.utc")))
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if let year, let period, period.year != year {
                throw ValidationError(
                    tr("misuse.status.period-outside-year", ["period": "\(period)", "year": "\(year)"])
                )
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
