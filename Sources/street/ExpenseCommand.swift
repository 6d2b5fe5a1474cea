import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street expense …`: the office's expenditures.
    struct ExpenseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expense",
            abstract: "Record, list, edit and delete expenditures (支出).",
            subcommands: [Add.self, List.self, Edit.self, Delete.self]
        )
    }
}

extension Street.ExpenseCommand {
    /// `street expense add`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an expenditure and print its id.",
            discussion: """
                Amounts are in 元 (1234.56, 1,234.56) or 万元 (12.5万), at most two decimals in 元. The date must be \
                in the project's year. --fund may be left out when the project has a single fund.
                """
        )

        @Option(help: ArgumentHelp("The project code.", valueName: "code"))
        var project: String

        @Option(help: ArgumentHelp("The category code.", valueName: "code"))
        var category: String

        @Option(help: ArgumentHelp("The fund code (资金来源).", valueName: "code"))
        var fund: String?

        // Unconditional so that a negative amount (a refund, `--amount -50`) is read as a value, not an option.
        @Option(parsing: .unconditional, help: ArgumentHelp("The amount in 元, or 万元 with 万.", valueName: "amount"))
        var amount: String

        @Option(help: ArgumentHelp("The date, e.g. 2021-06-26.", valueName: "date"))
        var date: String

        @Option(help: ArgumentHelp("The voucher number (凭证号).", valueName: "voucher"))
        var voucher: String = ""

        @Option(help: ArgumentHelp("Who was paid (收款方).", valueName: "payee"))
        var payee: String = ""

        @Option(help: ArgumentHelp("A note (备注).", valueName: "text"))
        var note: String = ""

        @Flag(help: "Accept a voucher number the project already has.")
        var allowDuplicateVoucher = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let service = try options.service()
                let expenditure = try service.addExpenditure(
                    ExpenditureInput(
                        project: project,
                        category: category,
                        fund: fund ?? "",
                        amount: amount,
                        date: date,
                        voucher: voucher,
                        payee: payee,
                        note: note
                    ),
                    allowDuplicateVoucher: allowDuplicateVoucher
                )
                printData(expenditure.id + "\n")
                printError(
                    "recorded \(expenditure.amount.formattedYuan()) 元 for \(expenditure.project) "
                        + "(\(expenditure.category), \(expenditure.fund)) on \(expenditure.date)"
                )
            }
        }
    }

    /// `street expense list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List expenditures, by date.")

        @Option(help: ArgumentHelp("Only this project.", valueName: "code"))
        var project: String?

        @Option(help: ArgumentHelp("Only this period: 2021, 2021Q2 or 2021-06.", valueName: "period"))
        var period: Period?

        @Option(help: ArgumentHelp("The output format.", valueName: "format"))
        var format: OutputFormat = .table

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let rows = try options.service().expenditures(project: project, period: period)
                printData(try ExpenditureListing.render(rows, format: format))
            }
        }
    }

    /// `street expense edit`.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change fields of an expenditure.",
            discussion: "ID is the id `street expense add` printed, or its start as `street expense list` shows it."
        )

        @Argument(help: ArgumentHelp("The expenditure's id (or a unique start of it).", valueName: "id"))
        var id: String

        @Option(help: ArgumentHelp("A new project code.", valueName: "code"))
        var project: String?

        @Option(help: ArgumentHelp("A new category code.", valueName: "code"))
        var category: String?

        @Option(help: ArgumentHelp("A new fund code.", valueName: "code"))
        var fund: String?

        @Option(parsing: .unconditional, help: ArgumentHelp("A new amount.", valueName: "amount"))
        var amount: String?

        @Option(help: ArgumentHelp("A new date.", valueName: "date"))
        var date: String?

        @Option(help: ArgumentHelp("A new voucher number.", valueName: "voucher"))
        var voucher: String?

        @Option(help: ArgumentHelp("A new payee.", valueName: "payee"))
        var payee: String?

        @Option(help: ArgumentHelp("A new note.", valueName: "text"))
        var note: String?

        @Flag(help: "Accept a voucher number the project already has.")
        var allowDuplicateVoucher = false

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            let changes: [String?] = [project, category, fund, amount, date, voucher, payee, note]
            guard changes.contains(where: { $0 != nil }) else {
                throw ValidationError(
                    "nothing to change: give at least one of --project, --category, --fund, --amount, --date, "
                        + "--voucher, --payee, --note"
                )
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let edit = ExpenditureEdit(
                    project: project,
                    category: category,
                    fund: fund,
                    amount: amount,
                    date: date,
                    voucher: voucher,
                    payee: payee,
                    note: note
                )
                let updated = try options.service().editExpenditure(
                    id: id,
                    edit,
                    allowDuplicateVoucher: allowDuplicateVoucher
                )
                printError("updated \(updated.id)")
            }
        }
    }

    /// `street expense delete`.
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete an expenditure.")

        @Argument(help: ArgumentHelp("The expenditure's id (or a unique start of it).", valueName: "id"))
        var id: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let deleted = try options.service().deleteExpenditure(id: id)
                printError(
                    "deleted \(deleted.id) (\(deleted.amount.formattedYuan()) 元, \(deleted.project), \(deleted.date))"
                )
            }
        }
    }
}
