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
            try reporting {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw DistrictError.invalidInput("cannot read \(file): no such file, or not readable")
                }
                try Plan.requireUTF8(data, name: name)
                let summary = try refusingInvalid {
                    let plan = try Plan(json: data)
                    return try PlanImporter.run(plan, into: try options.open(), dryRun: dryRun)
                }
                for warning in summary.warnings { printError("\(name): warning: \(warning)") }
                for line in summary.lines { print(line) }
            }
        }

        /// The plan file's name, which starts every line about it.
        private var name: String { (file as NSString).lastPathComponent }

        /// Runs `body`; a refused plan prints each problem on its own line, then the verdict, and exits with 1.
        private func refusingInvalid<T>(_ body: () throws -> T) throws -> T {
            do {
                return try body()
            } catch let error as DistrictError where error.code == .invalidPlan {
                for problem in error.problems { printError("\(name): \(problem)") }
                printError("\(name): \(error.message)")
                throw ExitCode.failure
            }
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
            try reporting {
                // Checked before the plan is read, and again by the write itself.
                if let out, FileManager.default.fileExists(atPath: out) { throw Self.exists(out) }
                let text = try PlanExporter.plan(year: year, from: try options.open()).jsonText()
                guard let out else {
                    write(text)
                    return
                }
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .withoutOverwriting)
                } catch CocoaError.fileWriteFileExists {
                    throw Self.exists(out)
                } catch {
                    throw DistrictError.invalidInput("cannot write \(out): check the folder exists and is writable")
                }
                printError("wrote \(out)")
            }
        }

        private static func exists(_ path: String) -> DistrictError {
            DistrictError.invalidInput("\(path) already exists: refusing to overwrite it")
        }
    }
}
