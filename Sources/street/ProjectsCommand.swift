import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

extension Street {
    /// `street projects`: what the district sent.
    struct ProjectsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "projects",
            abstract: tr("street.projects.abstract"),
            discussion: tr("street.projects.discussion")
        )

        @Option(help: ArgumentHelp(tr("street.projects.project"), valueName: "code"))
        var project: String?

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let service = try options.service()
                let reference = try service.reference()
                guard !reference.isEmpty else {
                    printError(tr("street.nothing-received"))
                    return
                }
                let code = try project.map { try service.project($0).code }
                guard let text = ReferenceListing.render(reference, project: code) else {
                    printError(tr("street.nothing-received"))
                    return
                }
                printData(text)
            }
        }
    }
}
