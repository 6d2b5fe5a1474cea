import ArgumentParser
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage

/// The filters both listings share.
struct ReceivedFilters: ParsableArguments {
    @Option(help: ArgumentHelp("Only this project.", valueName: "code"))
    var project: String?

    @Option(help: ArgumentHelp("Only this office.", valueName: "code"))
    var office: String?

    @Option(help: ArgumentHelp("Only inside this period: 2021, 2021Q2 or 2021-06.", valueName: "period"))
    var period: Period?

    @Option(help: ArgumentHelp("The output format.", valueName: "format"))
    var format: OutputFormat = .table
}

extension District {
    /// `district expenses list`.
    struct ExpensesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expenses",
            abstract: "What offices sent: expenditures.",
            subcommands: [List.self]
        )

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the expenditures received.")

            @OptionGroup var filters: ReceivedFilters
            @OptionGroup var options: DatabaseOptions

            func run() throws {
                options.bootstrapLogging()
                try reporting {
                    let database = try options.open()
                    if let office = filters.office { try OfficeAdmin.requireEnrolled(office, in: database) }
                    let items = try database.expenditures(
                        project: filters.project,
                        office: filters.office,
                        period: filters.period
                    )
                    write(try ReceivedListing.expenditures(items, for: filters.format).render(filters.format))
                }
            }
        }
    }

    /// `district values list`.
    struct ValuesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "values",
            abstract: "What offices sent: indicator values.",
            subcommands: [List.self]
        )

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the indicator values received.")

            @OptionGroup var filters: ReceivedFilters
            @OptionGroup var options: DatabaseOptions

            func run() throws {
                options.bootstrapLogging()
                try reporting {
                    let database = try options.open()
                    if let office = filters.office { try OfficeAdmin.requireEnrolled(office, in: database) }
                    let items = try database.values(
                        project: filters.project,
                        office: filters.office,
                        period: filters.period
                    )
                    write(try ReceivedListing.values(items).render(filters.format))
                }
            }
        }
    }
}
