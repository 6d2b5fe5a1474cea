import ArgumentParser
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage

/// The filters both listings share.
struct ReceivedFilters: ParsableArguments {
    @Option(help: ArgumentHelp(tr("district.received-filters.project"), valueName: "code"))
    var project: String?

    @Option(help: ArgumentHelp(tr("district.received-filters.office"), valueName: "code"))
    var office: String?

    @Option(help: ArgumentHelp(tr("district.received-filters.period"), valueName: "period"))
    var period: Period?

    @Option(help: ArgumentHelp(tr("district.received-filters.format"), valueName: "format"))
    var format: OutputFormat = .table
}

extension District {
    /// `district expenses list`.
    struct ExpensesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expenses",
            abstract: tr("district.expenses.abstract"),
            subcommands: [List.self]
        )

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: tr("district.expenses.list.abstract"))

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
            abstract: tr("district.values.abstract"),
            subcommands: [List.self]
        )

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: tr("district.values.list.abstract"))

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
