import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street note …`: the office's narratives.
    struct NoteCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "note",
            abstract: tr("street.note.abstract"),
            subcommands: [Set.self, List.self, Delete.self]
        )
    }
}

extension Street.NoteCommand {
    /// `street note set`.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("street.note.set.abstract"),
            discussion: tr("street.note.set.discussion")
        )

        @Option(help: ArgumentHelp(tr("street.note.set.project"), valueName: "code"))
        var project: String

        @Option(help: ArgumentHelp(tr("street.note.year"), valueName: "year"))
        var year: Int?

        @Option(help: ArgumentHelp(tr("street.note.set.section"), valueName: "section"))
        var section: String

        @Option(help: ArgumentHelp(tr("street.note.set.text"), valueName: "text"))
        var text: String?

        @Option(help: ArgumentHelp(tr("street.note.set.file"), valueName: "path"))
        var file: String?

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            guard (text == nil) != (file == nil) else { throw ValidationError(tr("misuse.note.text-or-file")) }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                var body = text ?? ""
                if let file {
                    do {
                        body = try TextDecoding.decode(try readFile(file)).text
                    } catch let error as ConsoleError {
                        throw StreetError.unreadable("\(file): \(error.message)")
                    }
                }
                let note = try options.service().setNarrative(
                    project: project,
                    year: year,
                    section: section,
                    text: body
                )
                printError(
                    tr(
                        "street.note.set",
                        ["project": note.project, "section": note.section.rawValue, "n": "\(note.text.count)"]
                    )
                )
            }
        }
    }

    /// `street note list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("street.note.list.abstract"))

        @Option(help: ArgumentHelp(tr("street.note.list.project"), valueName: "code"))
        var project: String?

        @Option(help: ArgumentHelp(tr("street.note.list.year"), valueName: "year"))
        var year: Int?

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                printData(NarrativeListing.table(try options.service().narratives(project: project, year: year)))
            }
        }
    }

    /// `street note delete`.
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("street.note.delete.abstract"))

        @Option(help: ArgumentHelp(tr("street.note.delete.project"), valueName: "code"))
        var project: String

        @Option(help: ArgumentHelp(tr("street.note.year"), valueName: "year"))
        var year: Int?

        @Option(help: ArgumentHelp(tr("street.note.delete.section"), valueName: "section"))
        var section: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                try options.service().deleteNarrative(project: project, year: year, section: section)
                printError(tr("street.note.deleted", ["project": project, "section": "\(section)"]))
            }
        }
    }
}
