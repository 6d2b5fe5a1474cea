import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street import …`: CSV files and .xlsx workbooks from Excel or WPS.
    struct ImportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: tr("street.import.abstract"),
            discussion: tr("street.import.discussion"),
            subcommands: [Expenses.self, Values.self]
        )
    }
}

extension Street.ImportCommand {
    /// `street import expenses`.
    struct Expenses: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("street.import.expenses.abstract"),
            discussion: tr("street.import.expenses.discussion")
        )

        @Argument(help: ArgumentHelp(tr("street.import.expenses.file"), valueName: "file"))
        var file: String

        @Option(
            help: ArgumentHelp(tr("street.import.expenses.sheet"), valueName: "name")
        )
        var sheet: String?

        @Flag(help: ArgumentHelp(tr("street.import.expenses.dryRun")))
        var dryRun = false

        @Flag(help: ArgumentHelp(tr("street.import.expenses.allowDuplicateVoucher")))
        var allowDuplicateVoucher = false

        @Flag(help: ArgumentHelp(tr("street.import.expenses.again")))
        var again = false

        @Flag(help: ArgumentHelp(tr("street.import.quiet")))
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
            abstract: tr("street.import.values.abstract"),
            discussion: tr("street.import.values.discussion")
        )

        @Argument(help: ArgumentHelp(tr("street.import.values.file"), valueName: "file"))
        var file: String

        @Option(
            help: ArgumentHelp(tr("street.import.values.sheet"), valueName: "name")
        )
        var sheet: String?

        @Flag(help: ArgumentHelp(tr("street.import.values.dryRun")))
        var dryRun = false

        @Flag(help: ArgumentHelp(tr("street.import.values.again")))
        var again = false

        @Flag(help: ArgumentHelp(tr("street.import.quiet")))
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
                for warning in summary.warnings { printError(warning) }
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
            show(tr("street.import.progress.reading", ["file": file]), force: true)
        case .checking, .storing:
            let done = Self.grouped(progress.rowsDone)
            let total = Self.grouped(progress.rowsTotal)
            let percent = Self.percent(progress.rowsDone, of: progress.rowsTotal)
            show(
                progress.phase == .checking
                    ? tr("street.import.progress.checking", ["done": done, "total": total, "percent": "\(percent)"])
                    : tr("street.import.progress.storing", ["done": done, "total": total, "percent": "\(percent)"]),
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
        let words = [
            "count": counted(rows, noun), "file": file, "format": "\(format)", "details": details, "n": "\(rows)",
        ]
        return dryRun ? tr("street.import.dry-run", words) : tr("street.import.imported", words)
    }
}
