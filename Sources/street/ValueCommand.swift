import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street value …`: the office's indicator values.
    struct ValueCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "value",
            abstract: tr("street.value.abstract"),
            subcommands: [Set.self, List.self, Delete.self]
        )
    }
}

extension Street.ValueCommand {
    /// `street value set`.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("street.value.set.abstract"),
            discussion: tr("street.value.set.discussion")
        )

        @Option(help: ArgumentHelp(tr("street.value.set.indicator"), valueName: "code"))
        var indicator: String

        @Option(help: ArgumentHelp(tr("street.value.set.period"), valueName: "period"))
        var period: String

        // Unconditional so that a negative value (`--value -3`) is read as a value, not an option.
        @Option(parsing: .unconditional, help: ArgumentHelp(tr("street.value.set.value"), valueName: "value"))
        var value: String

        @Option(help: ArgumentHelp(tr("street.value.set.label"), valueName: "label"))
        var label: String = ""

        @Option(help: ArgumentHelp(tr("street.value.set.note"), valueName: "text"))
        var note: String = ""

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let service = try options.service()
                let stored = try service.setValue(
                    ValueInput(indicator: indicator, period: period, value: value, label: label, note: note)
                )
                let labelled = stored.label.isEmpty ? "" : " (\(stored.label))"
                printError(
                    tr(
                        "street.value.set",
                        [
                            "indicator": stored.indicator, "period": "\(stored.period)", "label": labelled,
                            "value": stored.value.display,
                        ]
                    )
                )
                for warning in try service.ruleWarnings(after: stored) { printError(warning) }
            }
        }
    }

    /// `street value list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("street.value.list.abstract"))

        @Option(help: ArgumentHelp(tr("street.value.list.project"), valueName: "code"))
        var project: String?

        @Option(help: ArgumentHelp(tr("street.value.list.period"), valueName: "period"))
        var period: Period?

        @Option(help: ArgumentHelp(tr("street.value.list.format"), valueName: "format"))
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
        static let configuration = CommandConfiguration(abstract: tr("street.value.delete.abstract"))

        @Option(help: ArgumentHelp(tr("street.value.delete.indicator"), valueName: "code"))
        var indicator: String

        @Option(help: ArgumentHelp(tr("street.value.delete.period"), valueName: "period"))
        var period: Period

        @Option(help: ArgumentHelp(tr("street.value.delete.label"), valueName: "label"))
        var label: String = ""

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                try options.service().deleteValue(indicator: indicator, period: period, label: label)
                printError(tr("street.value.deleted", ["indicator": indicator, "period": "\(period)"]))
            }
        }
    }
}
