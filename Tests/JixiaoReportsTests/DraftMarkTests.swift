import Foundation
import JixiaoModels
import JixiaoTestSupport
import Testing

@testable import JixiaoReports

/// 草稿: every format says a report is a draft while data is missing, and stops saying it once all have synced.
@Suite("Draft mark")
struct DraftMarkTests {
    /// The clean-air fixture with wujialing silent and some values missing.
    static let draft = ProjectReport(input: PartialDataTests.partialInput())
    static let complete = ProjectReport(input: Fixtures.cleanAir())

    @Test func markCountsSilentOfficesAndMissingValues() throws {
        let mark = try #require(Self.draft.draft)
        #expect(mark.expectedOffices == 3)
        #expect(mark.notSynced == ["wujialing"])
        let missing = Self.draft.dataNotes.missing.map(\.periods.count).reduce(0, +)
        #expect(mark.missingValues == missing && missing > 0)
        #expect(mark.text == "草稿：3个应报送单位中1个未同步、\(missing)项应报数据缺失")
        let refusal = mark.refusal(project: "LT2021", names: ["wujialing": "伍家岭街道"])
        #expect(refusal.contains("1 of 3 offices have not synced (伍家岭街道)"))
        #expect(!refusal.contains("\n"))
    }

    @Test func everyFormatCarriesTheMark() throws {
        let mark = try #require(Self.draft.draft).text
        #expect(MarkdownRenderer.render(Self.draft).split(separator: "\n").prefix(4).contains { $0.contains(mark) })
        let html = HTMLRenderer.render(Self.draft)
        let body = try #require(html.range(of: "<body>"))
        #expect(html[body.upperBound...].prefix(200).contains("<p class=\"draft\">\(mark)"))
        #expect(CSVRenderer.render(Self.draft).hasPrefix("\u{FEFF}\(mark),,,,,,,,\r\n项目支出绩效自评表"))
        #expect(try JSONRenderer.render(Self.draft).contains("\"text\" : \"\(mark)\""))
        let parts = try DocxTests.parts(try DocxRenderer.render(Self.draft))
        #expect(try #require(parts["word/header1.xml"]).contains(mark))
        #expect(try #require(parts["word/document.xml"]).contains("w:headerReference"))
    }

    @Test func markIsGoneWhenAllHaveSynced() throws {
        #expect(Self.complete.draft == nil)
        #expect(!MarkdownRenderer.render(Self.complete).contains("草稿"))
        #expect(!HTMLRenderer.render(Self.complete).contains("class=\"draft\""))
        #expect(CSVRenderer.render(Self.complete).hasPrefix("\u{FEFF}项目支出绩效自评表"))
        #expect(!(try JSONRenderer.render(Self.complete)).contains("草稿"))
        let parts = try DocxTests.parts(try DocxRenderer.render(Self.complete))
        #expect(parts["word/header1.xml"] == nil)
        #expect(!(try #require(parts["word/document.xml"])).contains("草稿"))
    }

    /// python-docx sees the mark in the page header of both sections (every page).
    @Test(.enabled(if: ExternalTool.pythonDocx, "python-docx is not installed (pip install python-docx)"))
    func pythonDocxSeesTheMarkOnEveryPage() throws {
        let folder = TemporaryFolder(prefix: "jixiao-draft")
        let path = folder.file("draft.docx")
        try DocxRenderer.render(Self.draft).write(to: URL(fileURLWithPath: path))
        let script = ExternalTool.root.appendingPathComponent("scripts/check-docx.py").path
        let result = try ExternalTool.run(try #require(ExternalTool.python), [script, path])
        #expect(result.status == 0, "\(result.stderr)")
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let sections = try #require(facts["sections"] as? [[String: Any]])
        let mark = try #require(Self.draft.draft).text
        #expect(sections.count == 2)
        #expect(sections.allSatisfy { $0["header"] as? String == mark })
        #expect((facts["paragraphs"] as? [String])?.contains(mark) == true)
    }

    /// The same report with the silent office synced and its values in: the mark goes away.
    @Test func syncingTheSilentOfficeClearsTheMark() throws {
        var input = PartialDataTests.partialInput()
        input.offices = Fixtures.cleanAir().offices
        input.values = Fixtures.cleanAir().values
        input.indicators = Fixtures.cleanAir().indicators
        #expect(ProjectReport(input: input).draft == nil)
    }
}
