import Foundation
import JixiaoTestSupport
import Testing

@testable import JixiaoReports

/// The PDF of the demo's JD2021, converted by the real tools and read back page by page with poppler's pdftotext.
@Suite("PDF (LibreOffice, Chromium)", .enabled(if: ExampleData.available))
struct PDFTests {
    /// Set `JIXIAO_KEEP_DOCUMENTS=DIR` to keep the files written, to look at them.
    static func keep(_ data: Data, as name: String) {
        guard let folder = ProcessInfo.processInfo.environment["JIXIAO_KEEP_DOCUMENTS"] else { return }
        try? data.write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }

    /// Checks a report's PDF: a page number on every page, body text on every page, the 自评表's header on each of
    /// its pages.
    static func check(pdf: Data, report: ProjectReport, name: String) throws {
        let folder = TemporaryFolder(prefix: "jixiao-pdf")
        let path = folder.file(name)
        try pdf.write(to: URL(fileURLWithPath: path))
        Self.keep(pdf, as: name)
        let pages = try ExternalTool.pages(ofPDF: path)
        #expect(pages.count >= 5, "\(pages.count) pages")
        for (index, text) in pages.enumerated() {
            let number = index + 1
            let lines = text.split(separator: "\n").map {
                $0.replacing(" ", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
            }
            .filter { !$0.isEmpty }
            // The footer: `— 3 —` (GB/T 9704).
            let footer = "—\(number)—"
            #expect(lines.contains(footer), "page \(number) has no page number: \(lines.suffix(2))")
            let body = lines.filter { $0 != footer && !$0.hasPrefix("草稿") }
            #expect(body.count >= 2, "page \(number) has no body text")
        }
        // The 自评表: from the page with its title to the last page; every page with an indicator row has the header.
        let first = try #require(pages.firstIndex { $0.contains("项目支出绩效自评表") && $0.contains("年初预算数") })
        var formPages = 0
        for (index, text) in pages.enumerated().dropFirst(first) {
            let flat = text.replacing(" ", with: "")
            // A page with indicator rows: their 年度指标值 (≥50起, ≤45μg/m³) or the 总分 row.
            let rows = flat.filter { $0 == "≥" || $0 == "≤" }.count
            guard rows > 0 || flat.contains("自评等级") else { continue }
            formPages += 1
            // Not a page of header and two rows then white (a break LibreOffice once made after a 1pt spacer).
            if index < pages.count - 1 { #expect(rows >= 4, "page \(index + 1) of the 自评表 holds \(rows) rows") }
            for title in ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"] {
                #expect(flat.contains(title), "page \(index + 1) of the 自评表 lacks the header \(title)")
            }
        }
        #expect(formPages >= 2, "the 自评表 spans \(formPages) pages")
        #expect(pages.last?.contains("盖章") == true)
    }

    @Test(
        // scripts/test.sh installs libreoffice-writer and poppler-utils; without them there is nothing to convert with.
        .enabled(if: ExternalTool.soffice != nil, "LibreOffice is not installed (apt-get install libreoffice-writer)"),
        .enabled(if: ExternalTool.pdftotext != nil, "poppler-utils is not installed (apt-get install poppler-utils)"),
        .timeLimit(.minutes(3))
    )
    func libreOfficeConvertsTheWordDocument() throws {
        let report = try DocxTests.report()
        let converter = PDFConverter()
        guard case .libreOffice = converter.engine else {
            Issue.record("PDFConverter did not pick LibreOffice: \(String(describing: converter.engine))")
            return
        }
        Self.keep(try DocxRenderer.render(report), as: "JD2021.docx")
        try Self.check(pdf: try converter.render(report), report: report, name: "JD2021-libreoffice.pdf")
    }

    @Test(
        // scripts/test.sh installs chromium; the HTML route is the fallback where LibreOffice is missing.
        .enabled(if: ExternalTool.chromium != nil, "Chromium is not installed (apt-get install chromium)"),
        .enabled(if: ExternalTool.pdftotext != nil, "poppler-utils is not installed (apt-get install poppler-utils)"),
        .timeLimit(.minutes(3))
    )
    func chromiumPrintsTheHTML() throws {
        let report = try DocxTests.report()
        let chromium = try #require(ExternalTool.chromium)
        // A search path with Chromium and without LibreOffice, as on a machine that has only the browser.
        let bin = TemporaryFolder(prefix: "jixiao-bin")
        try FileManager.default.createSymbolicLink(atPath: bin.file("chromium"), withDestinationPath: chromium)
        let converter = PDFConverter(searchPath: [bin.path])
        #expect(converter.engine == .chromium(bin.file("chromium")))
        Self.keep(Data(HTMLRenderer.render(report).utf8), as: "JD2021.html")
        try Self.check(pdf: try converter.render(report), report: report, name: "JD2021-chromium.pdf")
    }

    @Test func neitherToolNamesThePackages() throws {
        let converter = PDFConverter(searchPath: [])
        #expect(converter.engine == nil)
        let error = try #require(throws: ReportError.self) {
            try converter.render(ProjectReport(input: Fixtures.cleanAir()))
        }
        #expect(error.description.contains("apt-get install libreoffice-writer"))
        #expect(error.description.contains("apt-get install chromium"))
    }
}
