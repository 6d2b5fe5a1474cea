import Foundation

/// Runs the command-line tools the document tests check with (python-docx, LibreOffice, poppler, Chromium,
/// fontconfig); each test that needs one is enabled only where it is installed, and says so when skipped.
enum ExternalTool {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The first of `names` on `$PATH`.
    static func find(_ names: String...) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    static let python = find("python3")
    static let soffice = find("soffice", "libreoffice")
    static let chromium = find("chromium", "chromium-browser", "google-chrome")
    static let pdftotext = find("pdftotext")
    static let pdfinfo = find("pdfinfo")
    static let fcList = find("fc-list")

    /// Whether python-docx imports.
    static let pythonDocx: Bool = {
        guard let python else { return false }
        return (try? run(python, ["-c", "import docx"]))?.status == 0
    }()

    /// Whether fontconfig knows a Chinese font (`fonts-noto-cjk`).
    static let chineseFonts: [String] = {
        guard let fcList, let result = try? run(fcList, [":lang=zh", "family"]) else { return [] }
        return result.stdout.split(separator: "\n").map(String.init)
    }()

    /// Runs `program` with its output in files (two pipes could fill up while one is read).
    static func run(_ program: String, _ arguments: [String], home: String? = nil) throws -> Result {
        let folder = NSTemporaryDirectory() + "jixiao-tool-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/out", contents: nil)
        _ = FileManager.default.createFile(atPath: folder + "/err", contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/err"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let home {
            var environment = ProcessInfo.processInfo.environment
            environment["HOME"] = home
            process.environment = environment
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/out")), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/err")), as: UTF8.self)
        )
    }

    /// The text of each page of a PDF, by `pdftotext -f N -l N`.
    static func pages(ofPDF path: String) throws -> [String] {
        guard let pdfinfo, let pdftotext else { return [] }
        let info = try run(pdfinfo, [path]).stdout
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        let count = Int(line.split(separator: " ").last ?? "") ?? 0
        return try (1...max(count, 1)).prefix(count).map { page in
            try run(pdftotext, ["-layout", "-f", "\(page)", "-l", "\(page)", path, "-"]).stdout
        }
    }

    /// The repository's root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
