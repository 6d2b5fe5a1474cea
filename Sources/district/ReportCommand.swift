import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoReports
import JixiaoStorage

extension District {
    /// `district report`: writes the consolidated 项目支出绩效自评报告 of one project in one format, or of every
    /// project of a year in every format.
    struct ReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: tr("district.report.abstract"),
            discussion: tr("district.report.discussion")
        )

        @Option(help: ArgumentHelp(tr("district.report.project"), valueName: "code"))
        var project: String?

        @Flag(help: ArgumentHelp(tr("district.report.all")))
        var all = false

        @Option(help: ArgumentHelp(tr("district.report.year"), valueName: "year"))
        var year: Int?

        @Option(help: ArgumentHelp(tr("district.report.format"), valueName: "format"))
        var format = ReportFormat.markdown

        @Flag(help: ArgumentHelp(tr("district.report.final")))
        var final = false

        @Option(
            help: ArgumentHelp(
                tr("district.report.out"),
                valueName: "path"
            )
        )
        var out: String?

        @Option(
            name: .customLong("lower-is-better"),
            help: ArgumentHelp(
                tr("district.report.lowerIsBetter"),
                valueName: "rule"
            )
        )
        var lowerIsBetter = ScoringOptions.LowerIsBetter.ratio

        @Flag(help: ArgumentHelp(tr("district.report.quiet")))
        var quiet = false

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if all {
                guard year != nil else { throw ValidationError(tr("misuse.report.all-needs-year")) }
                guard project == nil else { throw ValidationError(tr("misuse.report.project-or-all")) }
                guard out != nil else {
                    throw ValidationError(tr("misuse.report.all-needs-out"))
                }
            } else {
                guard project != nil else { throw ValidationError(tr("misuse.report.need-project")) }
            }
            if !all, !format.isText, out == nil {
                throw ValidationError(tr("misuse.binary-needs-out", ["format": format.rawValue]))
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.open()
                let scoring = ScoringOptions(lowerIsBetter: lowerIsBetter)
                let now = Date()
                if all {
                    try writeAll(database, scoring: scoring, now: now)
                    return
                }
                let input: ReportInput
                do {
                    input = try ReportInput.load(from: database, project: project ?? "", year: year, now: now)
                } catch let error as ReportError where error.code == .ambiguousYear {
                    let years = try database.projectYears(code: project ?? "")
                    throw ReportError.ambiguousYear(
                        project ?? "",
                        years: years,
                        hint: "give --year, e.g. --year \(years.last ?? 2021)"
                    )
                }
                let report = try Self.finished(ProjectReport(input: input, options: scoring), database, final: final)
                guard let out else {
                    FileHandle.standardOutput.write(Data(try format.render(report).utf8))
                    return
                }
                try Self.write(try format.data(report), to: out)
                printError(
                    tr(
                        "district.report.wrote",
                        [
                            "path": out, "rate": ReportText.percent(report.budget.executionRate),
                            "score": ReportText.score(report.score.total), "grade": report.score.grade.rawValue,
                        ]
                    )
                )
            }
        }

        /// The report with the district's cover settings; with `final`, refuses a draft.
        static func finished(_ report: ProjectReport, _ database: DistrictDatabase, final: Bool) throws -> ProjectReport
        {
            var report = report
            report.signOff.apply(settings: try database.settings(withPrefix: "report."), project: report.project.code)
            if final { try report.requireFinal() }
            return report
        }

        /// Writes one file whole (a temporary file renamed into place), or not at all.
        /// - Throws: `ReportError.output` naming the file.
        static func write(_ data: Data, to path: String) throws {
            do {
                try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                // Foundation's error adds nothing a clerk can act on beyond this line.
                throw ReportError.output(tr("file.cannot-write", ["path": path]))
            }
        }
    }
}
