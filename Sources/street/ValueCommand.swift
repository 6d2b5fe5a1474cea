import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street value …`: the office's indicator values.
    struct ValueCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "value",
            abstract: "Set, list and delete indicator values (绩效指标).",
            subcommands: [Set.self, List.self, Delete.self]
        )
    }
}

extension Street.ValueCommand {
    /// `street value set`.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set an indicator's value for a period, replacing an earlier one.",
            discussion: """
                A quantitative indicator takes a number (12, 98.95, 98.95%); a qualitative one takes text (达成). \
                The period must be in the project's year.
                """
        )

        @Option(help: ArgumentHelp("The indicator code.", valueName: "code"))
        var indicator: String

        @Option(help: ArgumentHelp("The period: 2021, 2021Q2 or 2021-06.", valueName: "period"))
        var period: String

        // Unconditional so that a negative value (`--value -3`) is read as a value, not an option.
        @Option(parsing: .unconditional, help: ArgumentHelp("The value.", valueName: "value"))
        var value: String

        @Option(help: ArgumentHelp("A label, e.g. a monitoring station (伍家岭站点).", valueName: "label"))
        var label: String = ""

        @Option(help: ArgumentHelp("A note (备注).", valueName: "text"))
        var note: String = ""

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let stored = try options.service().setValue(
                    ValueInput(indicator: indicator, period: period, value: value, label: label, note: note)
                )
                let labelled = stored.label.isEmpty ? "" : " (\(stored.label))"
                printError("set \(stored.indicator) \(stored.period)\(labelled) = \(stored.value.display)")
            }
        }
    }

    /// `street value list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List indicator values.")

        @Option(help: ArgumentHelp("Only this project's indicators.", valueName: "code"))
        var project: String?

        @Option(help: ArgumentHelp("Only periods within this one: 2021, 2021Q2 or 2021-06.", valueName: "period"))
        var period: Period?

        @Option(help: ArgumentHelp("The output format.", valueName: "format"))
        var format: OutputFormat = .table

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let service = try options.service()
                let rows = try service.values(project: project, period: period)
                printData(try ValueListing.render(rows, format: format, reference: try service.reference()))
            }
        }
    }

    /// `street value delete`.
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete an indicator's value for a period.")

        @Option(help: ArgumentHelp("The indicator code.", valueName: "code"))
        var indicator: String

        @Option(help: ArgumentHelp("The period: 2021, 2021Q2 or 2021-06.", valueName: "period"))
        var period: Period

        @Option(help: ArgumentHelp("The label, if the value has one.", valueName: "label"))
        var label: String = ""

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                try options.service().deleteValue(indicator: indicator, period: period, label: label)
                printError("deleted the value of \(indicator) for \(period)")
            }
        }
    }
}
