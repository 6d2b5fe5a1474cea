import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoDistrict
import JixiaoStorage

extension District {
    /// `district plan`: import and export the year's plan.
    struct PlanCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Import or export a year's plan (jixiao-plan/1, see Docs/PlanFormat.md).",
            subcommands: [Import.self, Export.self]
        )
    }
}

extension District.PlanCommand {
    /// `district plan import PLAN.json [--dry-run]`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create or update the year's projects, funds, categories and indicators from a plan file.",
            discussion: """
                Checks the whole file first and lists every problem on stderr; nothing is written if there is one.
                Re-importing changes only what differs, so offices pull just those rows on their next sync.
                """
        )

        @Argument(help: ArgumentHelp("The plan file (JSON).", valueName: "PLAN.json"))
        var file: String

        @Flag(help: "Check and show what would change, but write nothing.")
        var dryRun = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            let name = (file as NSString).lastPathComponent
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file): no such file, or not readable")
            }
            let plan: Plan
            do {
                plan = try Plan(json: data)
            } catch let error as DistrictError where error.isInvalidPlan {
                for problem in error.problems { printError("\(name): \(problem)") }
                printError("\(name): \(error.message)")
                throw ExitCode.failure
            }
            let database = try DistrictDatabase.open(at: options.path)
            let summary: PlanImportSummary
            do {
                summary = try PlanImporter.run(plan, into: database, dryRun: dryRun)
            } catch let error as DistrictError where error.isInvalidPlan {
                for problem in error.problems { printError("\(name): \(problem)") }
                printError("\(name): \(error.message)")
                throw ExitCode.failure
            }
            for warning in summary.warnings { printError("\(name): warning: \(warning)") }
            for line in summary.lines { print(line) }
        }
    }

    /// `district plan export [--year Y] [--out FILE]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a year's plan in the import format (to stdout, or to a new file)."
        )

        @Option(help: ArgumentHelp("The year (default: the latest year with projects).", valueName: "year"))
        var year: Int?

        @Option(help: ArgumentHelp("Write to this file instead of stdout; refuses to overwrite.", valueName: "file"))
        var out: String?

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            let database = try DistrictDatabase.open(at: options.path)
            let text = try PlanExporter.plan(year: year, from: database).jsonText()
            guard let out else {
                FileHandle.standardOutput.write(Data(text.utf8))
                return
            }
            guard !FileManager.default.fileExists(atPath: out) else {
                throw ValidationError("\(out) already exists: refusing to overwrite it")
            }
            guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else {
                throw ValidationError("cannot write \(out): check the folder exists and is writable")
            }
            printError("wrote \(out)")
        }
    }
}
