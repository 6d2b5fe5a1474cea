import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoReports
import JixiaoStorage

extension District {
    /// `district report`: writes the consolidated 项目支出绩效自评报告 of one project in one format, or of every
    /// project of a year in every format.
    struct ReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write a project's 项目支出绩效自评报告 (Markdown, HTML, CSV, JSON, Word, Excel or PDF).",
            discussion: """
                Examples:
                  district report --project JD2021 --year 2021
                  district report --project JD2021 --year 2021 --format html --out JD2021.html
                  district report --project JD2021 --year 2021 --format docx --out JD2021.docx --final
                  district report --project JD2021 --year 2021 --format pdf --out JD2021.pdf
                  district report --project JD2021 --year 2021 --format xlsx --out JD2021.xlsx
                  district report --all --year 2021 --out out

                Markdown goes to stdout unless --out is given. With --all, one line per project on stdout: the \
                code, 执行率, 得分, grade and the files written; every report is built before any is written, and a \
                new DIR appears whole or not at all. The report reads the district database in one read \
                transaction, so it may run while `district serve` does. Its 数据说明 section names the offices \
                that have not synced and the values still missing; while anything is missing every format \
                is marked 草稿, and --final refuses. docx, xlsx and pdf need --out; xlsx holds the 自评表 (A4 \
                landscape, its indicators' header row printed on every page) and the budget tables by fund, \
                category and office; pdf converts the Word document with LibreOffice (or the HTML with \
                Chromium). The cover's 填报单位, 联系人, 联系电话 come from `district settings`. Scoring: Docs/Scoring.md; formats: Docs/Reports.md.
                """
        )

        @Option(help: ArgumentHelp("The project code, e.g. JD2021.", valueName: "code"))
        var project: String?

        @Flag(help: "Every project of the year, in every format, written into --out DIR as CODE.md, CODE.html, ….")
        var all = false

        @Option(
            help: ArgumentHelp(
                "The year of the projects (codes are unique within a year). With --project, default: the only year "
                    + "that has it; required with --all.",
                valueName: "year"
            )
        )
        var year: Int?

        @Option(help: ArgumentHelp("The report's format: md, html, csv, json, docx, xlsx or pdf.", valueName: "format"))
        var format = ReportFormat.markdown

        @Flag(help: "Refuse (exit 1) while an expected office has not synced or an expected value is missing.")
        var final = false

        @Option(
            help: ArgumentHelp(
                "Write to this file (with --all: into this directory) instead of stdout.",
                valueName: "path"
            )
        )
        var out: String?

        @Option(
            name: .customLong("lower-is-better"),
            help: ArgumentHelp(
                "How a missed lower-is-better target scores: ratio (target ÷ actual) or deviation (1 − overshoot ÷ target).",
                valueName: "rule"
            )
        )
        var lowerIsBetter = ScoringOptions.LowerIsBetter.ratio

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if all {
                guard year != nil else { throw ValidationError("--all writes every project of a year: give --year") }
                guard project == nil else { throw ValidationError("give either --project CODE or --all, not both") }
                guard out != nil else {
                    throw ValidationError("--all writes every project in every format: give --out DIR")
                }
            } else {
                guard project != nil else { throw ValidationError("give --project CODE (or --all --out DIR)") }
            }
            if !all, !format.isText, out == nil {
                throw ValidationError("--format \(format.rawValue) is a binary file: give --out FILE")
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
                    "wrote \(out): 执行率 \(ReportText.percent(report.budget.executionRate)), "
                        + "得分 \(ReportText.score(report.score.total)), 等级 \(report.score.grade.rawValue)"
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
                throw ReportError.output("cannot write \(path): check the folder exists and is writable")
            }
        }
    }
}
