import ArgumentParser
import JixiaoConsole
import JixiaoStreet

extension Street {
    /// `street projects`: what the district sent.
    struct ProjectsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "projects",
            abstract: "List the projects, funds, categories and indicators received from the district.",
            discussion: "Use these codes in `street expense add`, `street value set` and CSV imports."
        )

        @Option(help: ArgumentHelp("Only this project.", valueName: "code"))
        var project: String?

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let service = try options.service()
                let reference = try service.reference()
                guard !reference.isEmpty else {
                    printError("nothing has been received from the district yet: run street sync")
                    return
                }
                let code = try project.map { try service.project($0).code }
                guard let text = ReferenceListing.render(reference, project: code) else {
                    printError("nothing has been received from the district yet: run street sync")
                    return
                }
                printData(text)
            }
        }
    }
}
