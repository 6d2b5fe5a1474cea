import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street export …`: everything the office recorded, for Excel or programs.
    struct ExportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: tr("street.export.abstract"),
            discussion: tr("street.export.discussion"),
            subcommands: [Expenses.self, Values.self]
        )
    }

    /// The options both exports share.
    struct ExportOptions: ParsableArguments {
        @Option(help: ArgumentHelp(tr("street.export-options.format"), valueName: "format"))
        var format: ExportFormat = .csv

        @Option(help: ArgumentHelp(tr("street.export-options.out"), valueName: "path"))
        var out: String?

        func validate() throws {
            if format == .xlsx && out == nil { throw ValidationError(tr("misuse.xlsx-needs-out")) }
        }

        /// Writes the workbook to `--out`.
        func emit(xlsx: Data, count: Int, noun: String) throws {
            try writeFile(out ?? "", xlsx)
            printError(tr("street.export.wrote", ["count": counted(count, noun), "path": out ?? ""]))
        }

        /// Writes `text` (or, for a CSV file, `csv` with a byte order mark) to the file or stdout.
        func emit(csv: CSVWriter?, json: String?, count: Int, noun: String) throws {
            let text = csv?.text ?? json ?? ""
            guard let out else {
                printData(text)
                return
            }
            var data = Data(text.utf8)
            if var csv {
                csv.byteOrderMark = true
                data = csv.data()
            }
            try writeFile(out, data)
            printError(tr("street.export.wrote", ["count": counted(count, noun), "path": out]))
        }
    }
}

/// What an export writes: no tables, they are for the terminal.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case csv
    case json
    case xlsx
}

extension Street.ExportCommand {
    /// `street export expenses`.
    struct Expenses: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("street.export.expenses.abstract"))

        @OptionGroup var export: Street.ExportOptions
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let service = try options.service()
                let rows = try service.expenditures()
                if export.format == .xlsx {
                    return try export.emit(
                        xlsx: try service.expenditureWorkbook(),
                        count: rows.count,
                        noun: "expenditure"
                    )
                }
                try export.emit(
                    csv: export.format == .csv ? ExpenditureListing.csv(rows) : nil,
                    json: export.format == .json ? try ExpenditureListing.render(rows, format: .json) : nil,
                    count: rows.count,
                    noun: "expenditure"
                )
            }
        }
    }

    /// `street export values`.
    struct Values: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("street.export.values.abstract"))

        @OptionGroup var export: Street.ExportOptions
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let service = try options.service()
                let rows = try service.values()
                if export.format == .xlsx {
                    return try export.emit(
                        xlsx: try service.valueWorkbook(),
                        count: rows.count,
                        noun: "indicator value"
                    )
                }
                try export.emit(
                    csv: export.format == .csv ? ValueListing.csv(rows) : nil,
                    json: export.format == .json
                        ? try ValueListing.render(rows, format: .json, reference: try service.reference()) : nil,
                    count: rows.count,
                    noun: "indicator value"
                )
            }
        }
    }
}
