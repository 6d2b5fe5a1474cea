import Foundation
import JixiaoModels
import JixiaoTestSupport
import Testing

@testable import JixiaoReports

/// 与上年比较 in the Word, Excel and CSV reports of the kaifu-2021 example against kaifu-2020, read back with
/// python-docx and openpyxl (independent readers); the report of 2021 alone has none of it.
@Suite("与上年比较 in Word, Excel and CSV", .enabled(if: ExampleData.available))
struct YearOverYearFormatsTests {
    static func reports() throws -> (withPrevious: ProjectReport, alone: ProjectReport) {
        var input = try ExampleData.input(project: "JD2021")
        let alone = ProjectReport(input: input)
        input.previousYear = try ExampleData.input(project: "JD2021", example: "kaifu-2020")
        return (ProjectReport(input: input), alone)
    }

    static let header = ["指标代码", "指标", "单位", "2020年实际完成值", "2021年实际完成值", "增减", "说明"]
    static let followers = "“开福禁毒”微信公众号关注人数由2020年的831人增加到5.2万人，翻了62倍多"

    /// Every paragraph and every table's rows of cell texts, as python-docx reads them.
    static let docxDump = """
        import json, sys, docx
        d = docx.Document(sys.argv[1])
        print(json.dumps({
            "paragraphs": [p.text for p in d.paragraphs],
            "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
        }, ensure_ascii=False))
        """

    @Test(.enabled(if: ExternalTool.pythonDocx, "needs python-docx"))
    func word() throws {
        let (report, alone) = try Self.reports()
        func read(_ report: ProjectReport) throws -> (paragraphs: [String], tables: [[[String]]]) {
            let folder = TemporaryFolder()
            let path = folder.file("report.docx")
            try DocxRenderer.render(report).write(to: URL(fileURLWithPath: path))
            let output = try JixiaoTestSupport.ExternalTool.python(Self.docxDump, [path])
            let top = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            return (top["paragraphs"] as? [String] ?? [], top["tables"] as? [[[String]]] ?? [])
        }
        let document = try read(report)
        #expect(document.paragraphs.contains("与上年（2020年）比较"))
        #expect(document.paragraphs.contains(Self.followers + "。"))
        let indicators = try #require(document.tables.first { $0.first == Self.header })
        let jd29 = try #require(indicators.first { $0.first == "JD29" })
        #expect(jd29[3] == "831")
        #expect(jd29[6] == Self.followers)
        #expect(document.tables.contains { $0.first?.first == "支出类别" && $0.first?[1] == "2020年支出（元）" })
        let plain = try read(alone)
        #expect(!plain.paragraphs.contains { $0.contains("与上年") })
        #expect(!plain.tables.contains { $0.first == Self.header })
    }

    @Test(.enabled(if: JixiaoTestSupport.ExternalTool.hasOpenpyxl, "needs openpyxl"))
    func excel() throws {
        let (report, alone) = try Self.reports()
        let workbook = try XLSXReportTests.read(try XLSXRenderer.render(report))
        #expect(workbook.names.last == "与上年比较")
        let sheet = try #require(workbook.sheets["与上年比较"])
        #expect(sheet["A1"] as? String == "与上年（2020年）比较")
        #expect((1...7).map { sheet["\(["A", "B", "C", "D", "E", "F", "G"][$0 - 1])2"] as? String } == Self.header)
        let row = try #require(sheet.row(startingWith: "JD29"))
        #expect((sheet["D\(row)"] as? NSNumber)?.doubleValue == 831, "a figure is a number")
        #expect(sheet["G\(row)"] as? String == Self.followers)
        let spending = try #require(sheet.row(startingWith: "支出类别"))
        #expect(sheet["B\(spending)"] as? String == "2020年支出（元）")
        let total = try #require(sheet.row(startingWith: "合计"))
        #expect((sheet["B\(total)"] as? NSNumber)?.doubleValue == 880_000, "2020 spent 880,000.00 元")
        #expect(!(try XLSXReportTests.read(try XLSXRenderer.render(alone))).names.contains("与上年比较"))
    }

    /// RFC 4180 records (quoted fields with commas, quotes and line breaks), enough for the test.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r\n" || c == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.append(c)
            }
        }
        return records
    }

    @Test func csv() throws {
        let (report, alone) = try Self.reports()
        let rows = Self.records(CSVRenderer.render(report, byteOrderMark: false))
        let heading = try #require(rows.firstIndex { $0.first == "与上年（2020年）比较" })
        #expect(rows[heading - 1].allSatisfy { $0.isEmpty })
        #expect(Array(rows[heading + 1].prefix(7)) == Self.header)
        let jd29 = try #require(rows.first { $0.first == "JD29" })
        #expect(jd29[3] == "831" && jd29[6] == Self.followers)
        #expect(rows.contains { $0.first == "支出类别" })
        #expect(!CSVRenderer.render(alone).contains("与上年"))
    }
}
