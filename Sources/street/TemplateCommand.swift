import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street template …`: fill-in .xlsx workbooks for `street import`.
    struct TemplateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: tr("street.template.abstract"),
            discussion: tr("street.template.discussion"),
            subcommands: [Expenses.self, Values.self]
        )
    }

    /// The options both templates share.
    struct TemplateOptions: ParsableArguments {
        @Option(help: ArgumentHelp(tr("street.template-options.out"), valueName: "path"))
        var out: String

        @Option(
            help: ArgumentHelp(tr("street.template-options.year"), valueName: "year")
        )
        var year: Int?
    }
}

extension Street.TemplateCommand {
    /// `street template expenses`.
    struct Expenses: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("street.template.expenses.abstract")
        )

        @OptionGroup var template: Street.TemplateOptions
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                try writeFile(template.out, try options.service().expenditureTemplate(year: template.year))
                printError(tr("street.template.wrote-expenses", ["path": template.out]))
            }
        }
    }

    /// `street template values`.
    struct Values: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("street.template.values.abstract")
        )

        @OptionGroup var template: Street.TemplateOptions
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                try writeFile(template.out, try options.service().valueTemplate(year: template.year))
                printError(tr("street.template.wrote-values", ["path": template.out]))
            }
        }
    }
}
