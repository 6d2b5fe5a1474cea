import ArgumentParser
import JixiaoConsole
import JixiaoStreet

extension Street {
    /// `street template …`: fill-in .xlsx workbooks for `street import`.
    struct TemplateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: "Write a fill-in .xlsx for import, with dropdowns of this office's codes.",
            discussion: """
                The workbook opens in Excel, WPS and LibreOffice: Chinese headers, a frozen header row, dropdown \
                lists of this office's codes, and a sheet 代码表 with every code's name. Filled in, it imports as \
                it is with `street import expenses|values FILE.xlsx`.
                """,
            subcommands: [Expenses.self, Values.self]
        )
    }

    /// The options both templates share.
    struct TemplateOptions: ParsableArguments {
        @Option(help: ArgumentHelp("The .xlsx file to write.", valueName: "path"))
        var out: String

        @Option(
            help: ArgumentHelp("Only this year's plan (default: every year's).", valueName: "year")
        )
        var year: Int?
    }
}

extension Street.TemplateCommand {
    /// `street template expenses`.
    struct Expenses: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The expenditures template (项目, 类别, 资金来源 as dropdowns)."
        )

        @OptionGroup var template: Street.TemplateOptions
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                try writeFile(template.out, try options.service().expenditureTemplate(year: template.year))
                printError("wrote the expenditures template to \(template.out)")
            }
        }
    }

    /// `street template values`.
    struct Values: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The indicator values template: one row per value this office reports, the value to fill in."
        )

        @OptionGroup var template: Street.TemplateOptions
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                try writeFile(template.out, try options.service().valueTemplate(year: template.year))
                printError("wrote the indicator values template to \(template.out)")
            }
        }
    }
}
