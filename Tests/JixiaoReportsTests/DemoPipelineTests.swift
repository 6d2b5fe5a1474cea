import Foundation
import JixiaoReports
import JixiaoTestSupport
import Testing

/// The README's main job, end to end: `scripts/demo.sh` with the built binaries — a real `district serve` on
/// 127.0.0.1, every example office importing its files and syncing at the same time — then every seed figure is
/// checked in the JSON and Markdown reports it wrote.
@Suite("scripts/demo.sh reproduces the seed reports", .serialized)
struct DemoPipelineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func demoPipeline() throws {
        let binaries = Self.root.appendingPathComponent(".build/debug").path
        try #require(
            FileManager.default.isExecutableFile(atPath: binaries + "/district")
                && FileManager.default.isExecutableFile(atPath: binaries + "/street"),
            "build the binaries first (scripts/test.sh does)"
        )
        let out = NSTemporaryDirectory() + "jixiao-demo-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.root.appendingPathComponent("scripts/demo.sh").path, "--out", out]
        var environment = ProcessInfo.processInfo.environment
        environment["JIXIAO_BIN"] = binaries  // use these binaries: no nested `swift build` while tests run
        environment.removeValue(forKey: "JIXIAO_DISTRICT_DB")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "demo.sh failed:\n\(log)")

        // It prints where the reports are, with each project's execution rate, score and grade.
        for code in ["JD2021", "LT2021"] {
            #expect(log.contains("\(out)/\(code).html"), "\(log)")
            #expect(log.contains("\(code):"), "\(log)")
        }
        #expect(log.contains("执行率"))

        let decoder = JSONDecoder()
        for code in ["JD2021", "LT2021"] {
            let json = try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(code).json"))
            let report = try decoder.decode(ProjectReport.self, from: json)
            try ExampleReportTests.check(report, project: code)
            // Every office synced: the report names none as missing.
            #expect(report.dataNotes.missing.isEmpty, "\(report.dataNotes.statements)")
            for format in ["md", "html", "csv", "docx", "xlsx"] {
                #expect(FileManager.default.fileExists(atPath: "\(out)/\(code).\(format)"))
            }
            // The workbook's 自评表 ends with the same 总分 (read with openpyxl when it is there).
            if JixiaoTestSupport.ExternalTool.hasOpenpyxl {
                let workbook = try XLSXReportTests.read(
                    try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(code).xlsx"))
                )
                let form = try #require(workbook.sheets["自评表"])
                #expect(form["A1"] as? String == "项目支出绩效自评表")
                let total = try #require(form.row(startingWith: "总分"))
                let score = try #require(form["H\(total)"] as? Double)
                #expect(abs(score - report.score.total) < 0.005, "\(score) vs \(report.score.total)")
            }
            // A demo synced by every office is final: no draft mark.
            #expect(report.draft == nil)
            // The PDFs, where a converter is installed (scripts/test.sh installs LibreOffice and Chromium).
            if ExternalTool.soffice != nil || ExternalTool.chromium != nil {
                #expect(log.contains("\(out)/\(code).pdf"), "\(log)")
                let pdf = try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(code).pdf"))
                #expect(pdf.starts(with: Array("%PDF".utf8)))
            }
        }
        let drug = try String(contentsOfFile: "\(out)/JD2021.md", encoding: .utf8)
        for phrase in ["1277.6万元", "1233.06万元", "98.95%", "| 58起 |", "1094场次", "198人", "23000次"] {
            #expect(drug.contains(phrase), "JD2021.md lacks \(phrase)")
        }
        let air = try String(contentsOfFile: "\(out)/LT2021.md", encoding: .utf8)
        for phrase in [
            "50万元", "49.88418万元", "95.9万元", "26.8173万元", "69.0827万元", "76.70148万元", "伍家岭站点", "沙坪站点",
            "80.6", "85", "2900起", "690万元",
        ] {
            #expect(air.contains(phrase), "LT2021.md lacks \(phrase)")
        }
    }
}
