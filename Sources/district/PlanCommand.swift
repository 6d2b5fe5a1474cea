import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage

extension District {
    /// `district plan`: import and export the year's plan, or write the empty plan workbook.
    struct PlanCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract:
                tr("district.plan.abstract"),
            subcommands: [Import.self, Export.self, Copy.self, Template.self]
        )
    }
}

extension District.PlanCommand {
    /// `district plan import PLAN.json|PLAN.xlsx [--dry-run]`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("district.plan.import.abstract"),
            discussion: tr("district.plan.import.discussion")
        )

        @Argument(help: ArgumentHelp(tr("district.plan.import.file"), valueName: "PLAN.json|PLAN.xlsx"))
        var file: String

        @Flag(help: ArgumentHelp(tr("district.plan.import.dryRun")))
        var dryRun = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw DistrictError.invalidInput(tr("file.unreadable", ["path": file]))
                }
                let (summary, notes) = try refusingInvalid {
                    let source = try PlanFile(data, name: name)
                    do {
                        return (
                            try PlanImporter.run(source.plan, into: try options.open(), dryRun: dryRun), source.notes
                        )
                    } catch {
                        throw source.located(error)
                    }
                }
                for note in notes { printError("\(name): \(note)") }
                for warning in summary.warnings {
                    printError(tr("district.plan.warning", ["name": name, "warning": warning]))
                }
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

    /// The formats `district plan export` writes.
    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case json, xlsx
    }

    /// `district plan export [--year Y] [--format json|xlsx] [--out FILE]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("district.plan.export.abstract"),
            discussion: tr("district.plan.export.discussion")
        )

        @Option(help: ArgumentHelp(tr("district.plan.export.year"), valueName: "year"))
        var year: Int?

        @Option(help: ArgumentHelp(tr("district.plan.export.format"), valueName: "format"))
        var format = ExportFormat.json

        @Option(help: ArgumentHelp(tr("district.plan.export.out"), valueName: "file"))
        var out: String?

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if format == .xlsx, out == nil { throw ValidationError(tr("misuse.binary-needs-out", ["format": "xlsx"])) }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                // Checked before the plan is read, and again by the write itself.
                if let out, FileManager.default.fileExists(atPath: out) { throw District.PlanCommand.exists(out) }
                let plan = try PlanExporter.plan(year: year, from: try options.open())
                let data: Data
                switch format {
                case .json:
                    guard out != nil else {
                        write(plan.jsonText())
                        return
                    }
                    data = plan.json()
                case .xlsx:
                    data = try plan.workbook().data()
                }
                try District.PlanCommand.writeNew(data, to: out ?? "")
            }
        }
    }

    /// `district plan copy --from 2021 --to 2022 [--out FILE] [--empty-budgets]`.
    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("district.plan.copy.abstract"),
            discussion: tr("district.plan.copy.discussion")
        )

        @Option(help: ArgumentHelp(tr("district.plan.copy.from"), valueName: "year"))
        var from: Int

        @Option(help: ArgumentHelp(tr("district.plan.copy.to"), valueName: "year"))
        var to: Int

        @Flag(help: ArgumentHelp(tr("district.plan.copy.emptyBudgets")))
        var emptyBudgets = false

        @Option(
            help: ArgumentHelp(
                tr("district.plan.copy.out"),
                valueName: "file"
            )
        )
        var out: String?

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            guard from != to else { throw ValidationError(tr("district.plan.copy.same-year")) }
            guard (1900...9999).contains(to) else {
                throw ValidationError(tr("district.plan.copy.not-a-year", ["to": "\(to)"]))
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                if let out, FileManager.default.fileExists(atPath: out) { throw District.PlanCommand.exists(out) }
                let database = try options.open()
                let plan = try PlanExporter.plan(year: from, from: database).copied(to: to, emptyBudgets: emptyBudgets)
                guard let out else {
                    write(plan.jsonText())
                    return
                }
                let data = out.lowercased().hasSuffix(".xlsx") ? try plan.workbook().data() : plan.json()
                try District.PlanCommand.writeNew(data, to: out)
                let existing = try database.projectCodes(year: to)
                if !existing.isEmpty {
                    printError(
                        tr(
                            "district.plan.copy.existing",
                            ["year": "\(to)", "codes": existing.joined(separator: ", "), "out": out]
                        )
                    )
                }
            }
        }
    }

    /// `district plan template --out plan.xlsx`.
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("district.plan.template.abstract"),
            discussion: tr("district.plan.template.discussion")
        )

        @Option(help: ArgumentHelp(tr("district.plan.template.out"), valueName: "file.xlsx"))
        var out: String

        func run() throws {
            try reporting {
                if FileManager.default.fileExists(atPath: out) { throw District.PlanCommand.exists(out) }
                try District.PlanCommand.writeNew(try Plan.templateWorkbook().data(), to: out)
            }
        }
    }

    /// Writes `data` to a new file at `path` and says so on stderr.
    /// - Throws: `DistrictError.invalidInput` when the file exists or cannot be written.
    static func writeNew(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch CocoaError.fileWriteFileExists {
            throw exists(path)
        } catch {
            throw DistrictError.invalidInput(tr("file.cannot-write", ["path": path]))
        }
        printError(tr("district.wrote", ["path": path]))
    }

    static func exists(_ path: String) -> DistrictError {
        DistrictError.invalidInput(tr("file.exists", ["path": path]))
    }
}
