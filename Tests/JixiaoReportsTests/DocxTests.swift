import Foundation
import JixiaoTestSupport
import Testing
import ZIPFoundation

@testable import JixiaoReports

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The Word document: its parts as written, read back by python-docx, converted by LibreOffice.
@Suite("Word document (docx)")
struct DocxTests {
    static func report(_ code: String = "JD2021") throws -> ProjectReport {
        var report = ProjectReport(input: try ExampleData.input(project: code))
        report.signOff.apply(
            settings: ["report.filler": "开福区禁毒委员会办公室", "report.contact": "张三", "report.phone": "0731-84000000"],
            project: code
        )
        return report
    }

    /// The parts of a package, by path.
    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    @Test(.enabled(if: ExampleData.available))
    func packageHasThePartsAndTheLayout() throws {
        let data = try DocxRenderer.render(try Self.report())
        let parts = try Self.parts(data)
        for path in [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/footer1.xml",
            "word/fontTable.xml", "word/_rels/document.xml.rels", "docProps/core.xml",
        ] {
            #expect(parts[path] != nil, "missing \(path)")
        }
        let document = try #require(parts["word/document.xml"])
        // A4 portrait for the report, landscape for the 自评表.
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        #expect(document.contains("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\""))
        #expect(document.contains("<w:tblHeader/>"))
        #expect(document.contains("<w:vMerge w:val=\"restart\"/>"))
        #expect(document.contains("<w:gridSpan w:val=\"8\"/>"))
        #expect(
            try #require(parts["word/footer1.xml"]).contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
        )
        let styles = try #require(parts["word/styles.xml"])
        #expect(styles.contains("w:eastAsia=\"仿宋\""))
        #expect(styles.contains("w:eastAsia=\"方正小标宋简体\""))
        #expect(styles.contains("w:eastAsia=\"黑体\""))
        #expect(
            try #require(parts["word/fontTable.xml"]).contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"黑体\"/>")
        )
        // Every part is well-formed XML.
        for (path, xml) in parts {
            let parser = XMLParser(data: Data(xml.utf8))
            #expect(parser.parse(), "\(path) is not well-formed: \(String(describing: parser.parserError))")
        }
    }

    @Test(.enabled(if: ExampleData.available))
    func sameReportSameBytes() throws {
        let report = try Self.report()
        #expect(try DocxRenderer.render(report) == DocxRenderer.render(report))
    }

    @Test func textIsEscaped() throws {
        #expect(WordXML.escape("a<b & \"c\">\u{1}d") == "a&lt;b &amp; &quot;c&quot;&gt;d")
        #expect(
            WordXML.text("一\n二\tthree")
                == "<w:t xml:space=\"preserve\">一</w:t><w:br/><w:t xml:space=\"preserve\">二</w:t><w:tab/><w:t xml:space=\"preserve\">three</w:t>"
        )
        var input = Fixtures.cleanAir()
        input.project.name = "蓝天 <&> \"项目\""
        let parts = try Self.parts(try DocxRenderer.render(ProjectReport(input: input)))
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains("蓝天 &lt;&amp;&gt; &quot;项目&quot;"))
        #expect(XMLParser(data: Data(document.utf8)).parse())
    }

    @Test(
        .enabled(if: ExampleData.available),
        // scripts/test.sh installs python-docx (pip); without it this independent read-back cannot run.
        .enabled(if: ExternalTool.pythonDocx, "python-docx is not installed (pip install python-docx)")
    )
    func pythonDocxReadsItBack() throws {
        let folder = TemporaryFolder(prefix: "jixiao-docx")
        let path = folder.file("JD2021.docx")
        try DocxRenderer.render(try Self.report()).write(to: URL(fileURLWithPath: path))
        let script = ExternalTool.root.appendingPathComponent("scripts/check-docx.py").path
        let result = try ExternalTool.run(try #require(ExternalTool.python), [script, path])
        #expect(result.status == 0, "\(result.stderr)")
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let paragraphs = try #require(facts["paragraphs"] as? [String])
        for line in [
            "项目名称：2021年度禁毒办重点项目", "填报单位（盖章）：开福区禁毒委员会办公室", "联系人：张三", "联系电话：0731-84000000",
            "填报日期：2022年1月10日",
        ] {
            #expect(paragraphs.contains(line), "cover lacks \(line)")
        }
        #expect(paragraphs.contains { $0.hasPrefix("主管部门：") && $0.count > 5 })
        #expect(paragraphs.contains { $0.hasPrefix("实施单位：") && $0.count > 5 })
        let tables = try #require(facts["tables"] as? [[String: Any]])
        // The 自评表's indicators: 58 rows, a header row that repeats, 一级/二级指标 merged down, 总分 across.
        let form = try #require(
            tables.first { ($0["firstRow"] as? [String])?.contains("三级指标") == true && ($0["columns"] as? Int) == 9 }
        )
        #expect(form["rows"] as? Int == 58 + 2)
        #expect(form["headerRows"] as? Int == 1)
        #expect((form["vMergeRestarts"] as? Int ?? 0) >= 1 + 3 + 4)
        #expect((form["vMergeContinues"] as? Int ?? 0) > 50)
        #expect((form["gridSpans"] as? Int ?? 0) >= 1)
        let head = try #require(tables.first { ($0["firstRow"] as? [String])?.first == "项目名称" })
        #expect((head["gridSpans"] as? Int ?? 0) >= 5)
        #expect(head["vMergeRestarts"] as? Int == 2)
        // Every table's header row repeats.
        #expect(
            tables.allSatisfy { ($0["headerRows"] as? Int ?? 0) >= 1 || ($0["firstRow"] as? [String])?.first == "项目名称" }
        )
        let sections = try #require(facts["sections"] as? [[String: Any]])
        #expect(sections.count == 2)
        #expect(sections.first?["width"] as? Int == 11906 && sections.first?["height"] as? Int == 16838)
        #expect(sections.last?["landscape"] as? Bool == true)
        #expect((facts["pageFields"] as? [Bool])?.allSatisfy { $0 } == true)
        let styles = try #require(facts["styles"] as? [String: [String: Any]])
        #expect(styles["Normal"]?["eastAsia"] as? String == "仿宋")
        #expect(styles["Normal"]?["size"] as? Double == 16)
    }
}
