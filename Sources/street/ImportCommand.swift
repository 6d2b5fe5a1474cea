import ArgumentParser
import JixiaoConsole
import JixiaoStreet

extension Street {
    /// `street import …`: CSV files and .xlsx workbooks from Excel or WPS.
    struct ImportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import expenditures or indicator values (CSV or .xlsx), all or nothing.",
            discussion: """
                The first line names the columns, in any order, in English or Chinese. UTF-8, UTF-8 with BOM and \
                GB18030/GBK files (Excel's "CSV UTF-8" and "CSV") are recognised without a flag, and so is an .xlsx \
                workbook (by its content; --sheet picks the sheet, the first visible one by default). One bad row \
                and nothing is stored; every bad row is listed with its line number, or its sheet and cell (支出!C7). \
                A file whose content was imported before is refused unless --again. On a terminal, progress (rows \
                and percent) is shown on stderr while the file is read, checked and stored; --quiet turns it off.
                """,
            subcommands: [Expenses.self, Values.self]
        )
    }
}

extension Street.ImportCommand {
    /// `street import expenses`.
    struct Expenses: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import expenditures.",
            discussion: """
                Columns: project,category,fund,amount,date,voucher,payee,note \
                (项目,类别,资金来源,金额,日期,凭证号,收款方,备注); project, category, amount and date are required.
                """
        )

        @Argument(help: ArgumentHelp("The CSV file or .xlsx workbook.", valueName: "file"))
        var file: String

        @Option(
            help: ArgumentHelp("The sheet of an .xlsx workbook (default: the first visible one).", valueName: "name")
        )
        var sheet: String?

        @Flag(help: "Check the file and report, but store nothing.")
        var dryRun = false

        @Flag(help: "Accept voucher numbers used before in the same project.")
        var allowDuplicateVoucher = false

        @Flag(help: "Import a file whose content was imported before (its expenditures are then counted twice).")
        var again = false

        @Flag(help: "Show no progress on the terminal.")
        var quiet = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let line = ProgressLine(quiet: quiet)
                defer { line.finish() }
                let summary = try options.service().importExpenditures(
                    bytes: try readFile(file),
                    fileName: file,
                    sheet: sheet,
                    dryRun: dryRun,
                    allowDuplicateVoucher: allowDuplicateVoucher,
                    again: again,
                    progress: { line.show($0, file: file) }
                )
                line.finish()
                printError(summary.describe(noun: "expenditure", file: file))
                for warning in summary.warnings { printError(warning) }
            }
        }
    }

    /// `street import values`.
    struct Values: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import indicator values (a value for the same indicator, period and label is replaced).",
            discussion: "Columns: indicator,period,value,label,note (指标,期间,数值,标签,备注); the first three are required."
        )

        @Argument(help: ArgumentHelp("The CSV file or .xlsx workbook.", valueName: "file"))
        var file: String

        @Option(
            help: ArgumentHelp("The sheet of an .xlsx workbook (default: the first visible one).", valueName: "name")
        )
        var sheet: String?

        @Flag(help: "Check the file and report, but store nothing.")
        var dryRun = false

        @Flag(help: "Import a file whose content was imported before.")
        var again = false

        @Flag(help: "Show no progress on the terminal.")
        var quiet = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let line = ProgressLine(quiet: quiet)
                defer { line.finish() }
                let summary = try options.service().importValues(
                    bytes: try readFile(file),
                    fileName: file,
                    sheet: sheet,
                    dryRun: dryRun,
                    again: again,
                    progress: { line.show($0, file: file) }
                )
                line.finish()
                printError(summary.describe(noun: "indicator value", file: file))
            }
        }
    }
}

extension ProgressLine {
    /// Shows how far an import has got: `reading a.csv…`, `checking 40,000 of 100,000 rows (40%)`,
    /// `storing 100,000 of 100,000 rows (100%)`.
    func show(_ progress: ImportProgress, file: String) {
        switch progress.phase {
        case .reading:
            show("reading \(file)…", force: true)
        case .checking, .storing:
            let done = Self.grouped(progress.rowsDone)
            let total = Self.grouped(progress.rowsTotal)
            let percent = Self.percent(progress.rowsDone, of: progress.rowsTotal)
            show(
                "\(progress.phase.rawValue) \(done) of \(total) rows (\(percent)%)",
                force: progress.rowsDone == 0 || progress.isPhaseDone
            )
        }
    }

    /// `100,000`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = number < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}

extension ImportSummary {
    /// `imported 12 expenditures from a.csv (GB18030)` (or `(sheet 支出): 2 new, 10 unchanged`), or the dry run's
    /// wording.
    func describe(noun: String, file: String) -> String {
        let details = (breakdown.isEmpty ? "" : ": \(breakdown)") + (ignoredNote.isEmpty ? "" : "; \(ignoredNote)")
        return dryRun
            ? "dry run: \(counted(rows, noun)) in \(file) (\(format)) \(rows == 1 ? "is" : "are") fine\(details); "
                + "nothing was stored"
            : "imported \(counted(rows, noun)) from \(file) (\(format))\(details)"
    }
}
