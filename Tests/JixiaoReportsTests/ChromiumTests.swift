import Foundation
import Testing

@testable import JixiaoReports

/// Opens the HTML report in headless Chromium, where it is installed (`apt-get install chromium`); skipped otherwise.
@Suite("HTML in a real browser")
struct ChromiumTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs Chromium headless on `arguments`; returns stdout.
    static func run(_ arguments: [String], profile: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium ?? "/nonexistent")
        process.arguments =
            ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile)"]
            + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The HTML's fonts are installed: the stack names the Noto CJK fonts of `fonts-noto-cjk`, and fontconfig has them.
    // scripts/test.sh installs fonts-noto-cjk; without fontconfig there is nothing to ask.
    @Test(.enabled(if: ExternalTool.fcList != nil, "fontconfig (fc-list) is not installed"))
    func fontStackNamesAnInstalledChineseFont() throws {
        let html = HTMLRenderer.render(ProjectReport(input: Fixtures.cleanAir()))
        #expect(html.contains("font-family: FangSong, \"仿宋\""))
        #expect(html.contains("\"Noto Serif CJK SC\""))
        #expect(html.contains("\"Noto Sans CJK SC\""))
        let installed = ExternalTool.chineseFonts.joined(separator: "\n")
        #expect(
            installed.contains("Noto Serif CJK SC") || installed.contains("Noto Sans CJK SC"),
            "fc-list :lang=zh: \(installed)"
        )
    }

    /// Chinese shows as text, not boxes: two different phrases give different pictures. Without a CJK font every
    /// character is the same empty box, and two phrases of the same length give the same picture (checked: six
    /// private-use characters, which no font has, give byte-identical 1.8 kB screenshots).
    @Test(
        .enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium)"),
        .timeLimit(.minutes(1))
    )
    func chineseIsDrawnAsGlyphs() throws {
        let folder = NSTemporaryDirectory() + "jixiao-glyphs-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var shots: [Data] = []
        for (index, phrase) in ["项目支出绩效", "自评报告得分"].enumerated() {
            let page = folder + "/\(index).html"
            let html =
                "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>body { margin: 0; "
                + "font-family: \(HTMLStyle.fontStack); font-size: 64px; }</style></head><body>\(phrase)</body></html>"
            try html.write(toFile: page, atomically: true, encoding: .utf8)
            let png = folder + "/\(index).png"
            _ = try Self.run(
                ["--window-size=800,300", "--screenshot=\(png)", URL(fileURLWithPath: page).absoluteString],
                profile: folder + "/profile\(index)"
            )
            shots.append(try Data(contentsOf: URL(fileURLWithPath: png)))
        }
        // A blank 800×300 page is ~500 bytes; six 64px characters make it several kilobytes.
        #expect(
            shots.allSatisfy { $0.starts(with: [0x89, 0x50, 0x4E, 0x47]) && $0.count > 3_000 },
            "\(shots.map(\.count)) bytes"
        )
        #expect(shots[0] != shots[1], "both phrases look the same: boxes instead of characters?")
    }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed"), .timeLimit(.minutes(1)))
    func rendersTablesAndCharts() throws {
        let directory = NSTemporaryDirectory() + "jixiao-html-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let html = directory + "/LT2021.html"
        try HTMLRenderer.render(ProjectReport(input: Fixtures.cleanAir())).write(
            toFile: html,
            atomically: true,
            encoding: .utf8
        )
        let url = URL(fileURLWithPath: html).absoluteString
        let profile = directory + "/profile"

        // The page as the browser built it: the text and the charts are there.
        let dom = try Self.run(["--dump-dom", url], profile: profile)
        for text in ["项目支出绩效自评表", "76.70148万元", "按支出类别（万元）", "绩效指标完成率", "自评等级：优"] {
            #expect(dom.contains(text), "rendered page lacks \(text)")
        }
        #expect(dom.components(separatedBy: "<svg").count - 1 == 3)

        // A screenshot that is not blank: a white page compresses to a few kilobytes, this one does not.
        let png = directory + "/shot.png"
        _ = try Self.run(["--window-size=900,2400", "--screenshot=\(png)", url], profile: profile)
        let image = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(image.count > 40_000, "screenshot is \(image.count) bytes: blank?")

        // Printed on A4 it spans several pages.
        let pdf = directory + "/report.pdf"
        _ = try Self.run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", url], profile: profile)
        let document = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        let pages =
            document.components(separatedBy: "/Type /Page").count
            - document.components(separatedBy: "/Type /Pages").count
        #expect(pages >= 3, "\(pages) pages")
        // A4 is 595.3 × 841.9 points; Chromium writes e.g. [0 0 594.95996 841.91998].
        #expect(document.contains("MediaBox [0 0 594.9") || document.contains("MediaBox [0 0 595"))
    }
}
