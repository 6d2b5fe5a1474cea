import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street expense …`: the office's expenditures.
    struct ExpenseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expense",
            abstract: tr("street.expense.abstract"),
            subcommands: [Add.self, List.self, Edit.self, Delete.self]
        )
    }
}

extension Street.ExpenseCommand {
    /// `street expense add`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("street.expense.add.abstract"),
            discussion: tr("street.expense.add.discussion")
        )

        @Option(help: ArgumentHelp(tr("street.expense.add.project"), valueName: "code"))
        var project: String

        @Option(help: ArgumentHelp(tr("street.expense.add.category"), valueName: "code"))
        var category: String

        @Option(help: ArgumentHelp(tr("street.expense.add.fund"), valueName: "code"))
        var fund: String?

        // Unconditional so that a negative amount (a refund, `--amount -50`) is read as a value, not an option.
        @Option(parsing: .unconditional, help: ArgumentHelp(tr("street.expense.add.amount"), valueName: "amount"))
        var amount: String

        @Option(help: ArgumentHelp(tr("street.expense.add.date"), valueName: "date"))
        var date: String

        @Option(help: ArgumentHelp(tr("street.expense.add.voucher"), valueName: "voucher"))
        var voucher: String = ""

        @Option(help: ArgumentHelp(tr("street.expense.add.payee"), valueName: "payee"))
        var payee: String = ""

        @Option(help: ArgumentHelp(tr("street.expense.add.note"), valueName: "text"))
        var note: String = ""

        @Flag(help: ArgumentHelp(tr("street.expense.add.allowDuplicateVoucher")))
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
                for warning in try service.ruleWarnings(after: expenditure) { printError(warning) }
            }
        }
    }

    /// `street expense list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("street.expense.list.abstract"))

        @Option(help: ArgumentHelp(tr("street.expense.list.project"), valueName: "code"))
        var project: String?

        @Option(help: ArgumentHelp(tr("street.expense.list.period"), valueName: "period"))
        var period: Period?

        @Option(help: ArgumentHelp(tr("street.expense.list.format"), valueName: "format"))
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
            abstract: tr("street.expense.edit.abstract"),
            discussion: tr("street.expense.edit.discussion")
        )

        @Argument(help: ArgumentHelp(tr("street.expense.edit.id"), valueName: "id"))
        var id: String

        @Option(help: ArgumentHelp(tr("street.expense.edit.project"), valueName: "code"))
        var project: String?

        @Option(help: ArgumentHelp(tr("street.expense.edit.category"), valueName: "code"))
        var category: String?

        @Option(help: ArgumentHelp(tr("street.expense.edit.fund"), valueName: "code"))
        var fund: String?

        @Option(parsing: .unconditional, help: ArgumentHelp(tr("street.expense.edit.amount"), valueName: "amount"))
        var amount: String?

        @Option(help: ArgumentHelp(tr("street.expense.edit.date"), valueName: "date"))
        var date: String?

        @Option(help: ArgumentHelp(tr("street.expense.edit.voucher"), valueName: "voucher"))
        var voucher: String?

        @Option(help: ArgumentHelp(tr("street.expense.edit.payee"), valueName: "payee"))
        var payee: String?

        @Option(help: ArgumentHelp(tr("street.expense.edit.note"), valueName: "text"))
        var note: String?

        @Flag(help: ArgumentHelp(tr("street.expense.edit.allowDuplicateVoucher")))
        var allowDuplicateVoucher = false

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            let changes: [String?] = [project, category, fund, amount, date, voucher, payee, note]
            guard changes.contains(where: { $0 != nil }) else {
                throw ValidationError(tr("misuse.expense.nothing-to-change"))
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
                printError(tr("street.expense.updated", ["id": updated.id]))
            }
        }
    }

    /// `street expense delete`.
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("street.expense.delete.abstract"))

        @Argument(help: ArgumentHelp(tr("street.expense.delete.id"), valueName: "id"))
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
