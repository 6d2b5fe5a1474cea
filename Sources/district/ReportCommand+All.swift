import Foundation
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoReports
import JixiaoStorage

extension District.ReportCommand {
    /// One project's report, rendered in every format, before anything is written.
    private struct Rendered {
        var code: String
        var report: ProjectReport
        /// File name (`CODE.md`…) and contents, one per format.
        var files: [(name: String, data: Data)]
    }

    /// Every project of the year in every format, into `--out DIR`; one line per project on stdout.
    ///
    /// Every report is built and rendered first, so a refusal (no project that year, a database error) leaves no
    /// folder behind. A new DIR is filled under a temporary name beside it and renamed into place whole.
    func writeAll(_ database: DistrictDatabase, scoring: ScoringOptions, now: Date) throws {
        let directory = out ?? "."
        let year = year ?? 0  // validate() requires --year with --all
        let codes = try ReportInput.projectCodes(in: database, year: year)
        guard !codes.isEmpty else {
            throw DistrictError.notFound(tr("district.report.no-projects", ["year": "\(year)", "path": database.path]))
        }
        // Progress is for a person watching, as in `street sync`: on a terminal only, never piped or with --quiet.
        let onTerminal = !quiet && isatty(STDERR_FILENO) != 0
        let rendered = try codes.enumerated().map { index, code in
            if onTerminal {
                printError(
                    tr("district.report.progress", ["done": "\(index + 1)", "total": "\(codes.count)", "code": code])
                )
            }
            let report = try Self.finished(
                ProjectReport(
                    input: try ReportInput.load(from: database, project: code, year: year, now: now),
                    options: scoring
                ),
                database,
                final: final
            )
            // Every format but pdf, which needs LibreOffice and takes seconds: ask for it with --format pdf.
            return Rendered(
                code: code,
                report: report,
                files: try ReportFormat.allCases.filter { $0 != .pdf }.map {
                    (name: "\(code).\($0.fileExtension)", data: try $0.data(report))
                }
            )
        }
        if onTerminal { printError(tr("district.report.writing", ["directory": directory])) }
        try Self.fill(directory, with: rendered.flatMap(\.files))
        for project in rendered {
            let paths = project.files.map { (directory as NSString).appendingPathComponent($0.name) }
            print(
                "\(project.code)\t执行率 \(ReportText.percent(project.report.budget.executionRate))\t得分 "
                    + "\(ReportText.score(project.report.score.total))\t\(project.report.score.grade.rawValue)\t"
                    + paths.joined(separator: " ")
            )
        }
    }

    /// Writes `files` into `directory`: straight in when it exists, else into a new sibling renamed to it at the end.
    /// - Throws: `ReportError.output`; a new directory is then not left behind.
    private static func fill(_ directory: String, with files: [(name: String, data: Data)]) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ReportError.output(tr("district.report.out-not-directory", ["directory": directory]))
            }
            for file in files {
                try write(file.data, to: (directory as NSString).appendingPathComponent(file.name))
            }
            return
        }
        let url = URL(fileURLWithPath: directory)
        let staging = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).partial-\(UUID().uuidString.prefix(8))").path
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw ReportError.output(
                tr("district.report.cannot-create-directory", ["directory": directory]),
                underlying: error
            )
        }
        do {
            for file in files {
                try write(file.data, to: (staging as NSString).appendingPathComponent(file.name))
            }
            do {
                try manager.moveItem(atPath: staging, toPath: directory)
            } catch {
                throw ReportError.output(
                    tr("district.report.cannot-create-directory", ["directory": directory]),
                    underlying: error
                )
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
    }
}
