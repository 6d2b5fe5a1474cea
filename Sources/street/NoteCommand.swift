import ArgumentParser
import JixiaoConsole
import JixiaoStreet

extension Street {
    /// `street note …`: the office's narratives.
    struct NoteCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "note",
            abstract: "Write and list narratives: highlights (工作亮点), problems (存在问题), measures (改进措施).",
            subcommands: [Set.self, List.self, Delete.self]
        )
    }
}

extension Street.NoteCommand {
    /// `street note set`.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a project's narrative for a section, replacing earlier text.",
            discussion: "A --file may be UTF-8 or GB18030 (as Notepad on Chinese Windows saves it)."
        )

        @Option(help: ArgumentHelp("The project code.", valueName: "code"))
        var project: String

        @Option(
            help: ArgumentHelp(
                "The project's year, when the district planned the project for several years (default: the only one).",
                valueName: "year"
            )
        )
        var year: Int?

        @Option(help: ArgumentHelp("highlights, problems or measures.", valueName: "section"))
        var section: String

        @Option(help: ArgumentHelp("The text.", valueName: "text"))
        var text: String?

        @Option(help: ArgumentHelp("A file holding the text.", valueName: "path"))
        var file: String?

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            guard (text == nil) != (file == nil) else { throw ValidationError("give either --text or --file") }
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
                printError("set \(note.project) \(note.section.rawValue) (\(counted(note.text.count, "character")))")
            }
        }
    }

    /// `street note list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the narratives.")

        @Option(help: ArgumentHelp("Only this project.", valueName: "code"))
        var project: String?

        @Option(help: ArgumentHelp("Only this year's narratives.", valueName: "year"))
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
        static let configuration = CommandConfiguration(abstract: "Delete a project's narrative for a section.")

        @Option(help: ArgumentHelp("The project code.", valueName: "code"))
        var project: String

        @Option(
            help: ArgumentHelp(
                "The project's year, when the district planned the project for several years (default: the only one).",
                valueName: "year"
            )
        )
        var year: Int?

        @Option(help: ArgumentHelp("highlights, problems or measures.", valueName: "section"))
        var section: String

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                try options.service().deleteNarrative(project: project, year: year, section: section)
                printError("deleted the \(section) note of \(project)")
            }
        }
    }
}
