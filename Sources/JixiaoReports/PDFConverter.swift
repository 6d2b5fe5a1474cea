import Foundation
import JixiaoModels

/// Turns a report into PDF with a tool already on the machine: LibreOffice converts the Word document (preferred:
/// page numbers, repeated table headers and column widths come from the .docx), or else headless Chromium prints
/// the HTML. With neither, the error names the Debian packages to install.
public struct PDFConverter: Sendable {
    /// The program that converts.
    public enum Engine: Hashable, Sendable {
        /// `soffice --headless --convert-to pdf`, from the .docx.
        case libreOffice(String)
        /// `chromium --headless --print-to-pdf`, from the HTML.
        case chromium(String)
    }

    /// The engine found, `nil` when neither is installed.
    public let engine: Engine?

    /// Looks for `soffice`/`libreoffice`, then `chromium`/`chromium-browser`/`google-chrome`, in `searchPath`.
    /// - Parameter searchPath: the folders to look in; `$PATH` by default.
    public init(searchPath: [String]? = nil) {
        let folders =
            searchPath
            ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
            .map(String.init)
        func find(_ names: [String]) -> String? {
            for name in names {
                for folder in folders {
                    let path = (folder as NSString).appendingPathComponent(name)
                    if FileManager.default.isExecutableFile(atPath: path) { return path }
                }
            }
            return nil
        }
        if let soffice = find(["soffice", "libreoffice"]) {
            engine = .libreOffice(soffice)
        } else if let chromium = find(["chromium", "chromium-browser", "google-chrome"]) {
            engine = .chromium(chromium)
        } else {
            engine = nil
        }
    }

    /// The report as PDF bytes.
    /// - Throws: `ReportError.output` when no converter is installed (naming the packages), or the conversion fails.
    public func render(_ report: ProjectReport) throws -> Data {
        guard let engine else {
            throw ReportError.output(tr("pdf.no-converter"))
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jixiao-pdf-" + UUID().uuidString
        )
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ReportError.output(tr("pdf.no-temporary-folder"), underlying: error)
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let name = report.project.code.isEmpty ? "report" : report.project.code
        let pdf = directory.appendingPathComponent("\(name).pdf")
        switch engine {
        case .libreOffice(let soffice):
            let docx = directory.appendingPathComponent("\(name).docx")
            try write(try DocxRenderer.render(report), to: docx)
            // A profile of its own: another soffice running (a clerk's, or a parallel test) would take the job
            // over, or refuse it.
            let profile = directory.appendingPathComponent("profile").absoluteString
            try Self.run(
                soffice,
                [
                    "-env:UserInstallation=\(profile)", "--headless", "--norestore", "--convert-to", "pdf",
                    "--outdir", directory.path, docx.path,
                ],
                home: directory.path
            )
        case .chromium(let chromium):
            let html = directory.appendingPathComponent("\(name).html")
            try write(Data(HTMLRenderer.render(report).utf8), to: html)
            try Self.run(
                chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(directory.path)/profile",
                    "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString,
                ],
                home: directory.path
            )
        }
        guard let data = try? Data(contentsOf: pdf), data.starts(with: Array("%PDF".utf8)) else {
            throw ReportError.output(tr("pdf.no-output", ["program": engine.program]))
        }
        return data
    }

    private func write(_ data: Data, to url: URL) throws {
        do { try data.write(to: url) } catch {
            throw ReportError.output(tr("file.cannot-write-plain", ["path": url.path]), underlying: error)
        }
    }

    /// How long a conversion may take before it is stopped: a first LibreOffice start takes seconds, a hung one
    /// would otherwise hold `district report` forever.
    public static let timeout: TimeInterval = 180

    /// Runs `program` in `home`, its stdout discarded and its stderr kept in a file there, which a failure quotes;
    /// stops it after `timeout`.
    static func run(_ program: String, _ arguments: [String], home: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        process.environment = environment
        let errorPath = (home as NSString).appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        guard let errors = FileHandle(forWritingAtPath: errorPath) else {
            throw ReportError.output(tr("file.cannot-create", ["path": errorPath]))
        }
        defer { try? errors.close() }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw ReportError.output(tr("pdf.cannot-start", ["program": program]), underlying: error)
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw ReportError.output(tr("pdf.timeout", ["program": program, "seconds": "\(Int(timeout))"]))
        }
        guard process.terminationStatus == 0 else {
            let text = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            let tail = text.split(separator: "\n").suffix(3).joined(separator: " / ")
            throw ReportError.output(
                tr("pdf.failed", ["program": program, "status": "\(process.terminationStatus)", "tail": tail])
            )
        }
    }
}

extension PDFConverter.Engine {
    /// The program's path.
    public var program: String {
        switch self {
        case .libreOffice(let path), .chromium(let path): path
        }
    }
}
