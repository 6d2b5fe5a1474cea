import Foundation
import JixiaoSpreadsheet
import JixiaoTestSupport
import Testing

/// Files that are not workbooks, damaged workbooks and zip bombs: each refused with a clear error and bounded
/// memory.
@Suite struct HostileInputTests {
    static func sample() throws -> Data {
        var sheet = SheetDraft(name: "支出")
        sheet.setRow(1, [.text("项目"), .text("金额")])
        for row in 2...200 { sheet.setRow(row, [.text("JD2021 第\(row)行"), .integer(row * 100)]) }
        return try WorkbookDraft(sheets: [sheet]).data()
    }

    @Test func refusesACSVFile() throws {
        let error = try #require(throws: SpreadsheetError.self) {
            try WorkbookReader(data: Data("项目,金额\nJD2021,12\n".utf8))
        }
        #expect(error.code == .notAZip)
        #expect(error.message == "the file is not an .xlsx workbook (not a zip archive, or a truncated one)")
    }

    @Test func refusesAnEmptyFile() throws {
        let error = try #require(throws: SpreadsheetError.self) { try WorkbookReader(data: Data()) }
        #expect(error.code == .notAZip)
    }

    /// Cut anywhere, a workbook is refused, never read in part or crashed on.
    @Test func refusesATruncatedWorkbookAtEveryLength() throws {
        let whole = try Self.sample()
        #expect(try WorkbookReader(data: whole).sheet(at: 0)["B200"] == .number("20000"))
        for length in stride(from: 0, to: whole.count, by: max(1, whole.count / 97)) {
            let cut = whole.prefix(length)
            #expect(throws: SpreadsheetError.self, "cut at \(length) of \(whole.count)") {
                _ = try Workbook(data: Data(cut))
            }
        }
    }

    @Test func refusesFlippedBytesInASheet() throws {
        var damaged = try Self.sample()
        // The first occurrence of the sheet's name is its local header; its deflated data follows.
        let name = Data("xl/worksheets/sheet1.xml".utf8)
        let header = try #require(damaged.range(of: name))
        for offset in (header.upperBound + 60)..<(header.upperBound + 100) { damaged[offset] ^= 0x5A }
        let error = try #require(throws: SpreadsheetError.self) { _ = try Workbook(data: damaged) }
        #expect([SpreadsheetError.Code.malformedPart, .notAZip, .missingPart].contains(error.code), "\(error)")
    }

    @Test func refusesAZipWithoutAWorkbook() throws {
        let folder = TemporaryFolder(prefix: "xlsx-hostile")
        let path = folder.file("notes.zip")
        _ = try ExternalTool.python(
            "import zipfile, sys\nwith zipfile.ZipFile(sys.argv[1], 'w') as z: z.writestr('word/document.xml', '<w/>')",
            [path]
        )
        let error = try #require(throws: SpreadsheetError.self) {
            try WorkbookReader(contentsOf: URL(fileURLWithPath: path))
        }
        #expect(error.code == .notAWorkbook)
        #expect(error.message.contains("has no xl/workbook.xml"))
    }

    @Test func refusesAWorkbookWhoseSheetIsMissing() throws {
        let folder = TemporaryFolder(prefix: "xlsx-hostile")
        let path = folder.file("partial.xlsx")
        _ = try ExternalTool.python(
            """
            import zipfile, sys
            src = zipfile.ZipFile(sys.argv[2])
            with zipfile.ZipFile(sys.argv[1], 'w') as z:
                for item in src.infolist():
                    if item.filename != 'xl/worksheets/sheet1.xml':
                        z.writestr(item, src.read(item))
            """,
            [path, try writeSample(in: folder)]
        )
        let reader = try WorkbookReader(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: SpreadsheetError.self) { try reader.sheet(at: 0) }
        #expect(error.code == .missingPart)
        #expect(error.message == "the workbook has no part xl/worksheets/sheet1.xml: the file is damaged or incomplete")
    }

    @Test func refusesXMLThatIsNotWellFormed() throws {
        let folder = TemporaryFolder(prefix: "xlsx-hostile")
        let path = folder.file("bad.xlsx")
        _ = try ExternalTool.python(
            """
            import zipfile, sys
            src = zipfile.ZipFile(sys.argv[2])
            with zipfile.ZipFile(sys.argv[1], 'w') as z:
                for item in src.infolist():
                    data = src.read(item)
                    if item.filename == 'xl/worksheets/sheet1.xml':
                        data = data.replace(b'</sheetData>', b'<row r="999"><c r="A999"><v>1</v></sheetData>')
                    z.writestr(item, data)
            """,
            [path, try writeSample(in: folder)]
        )
        let error = try #require(throws: SpreadsheetError.self) {
            _ = try Workbook(contentsOf: URL(fileURLWithPath: path))
        }
        #expect(error.code == .malformedPart)
        #expect(error.message.hasPrefix("part xl/worksheets/sheet1.xml of the workbook is not well-formed XML"))
    }

    /// 1 GiB of spaces deflated to about 1 MiB: reading stops at the 64 MiB cap, early and cheaply.
    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "openpyxl is not installed (pip install openpyxl)"))
    func stopsAZipBombAtTheCap() throws {
        let folder = TemporaryFolder(prefix: "xlsx-bomb")
        let path = folder.file("bomb.xlsx")
        _ = try ExternalTool.python(OpenpyxlScripts.bomb, [path, "1024"])
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(size < 8 << 20)
        let reader = try WorkbookReader(contentsOf: URL(fileURLWithPath: path))
        let started = ContinuousClock.now
        let error = try #require(throws: SpreadsheetError.self) { try reader.sheet(named: "支出") }
        #expect(error.code == .partTooLarge)
        #expect(
            error.message.hasPrefix("part xl/worksheets/sheet1.xml of the workbook is too large (it declares 1024 MiB)")
        )
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    /// The same bomb with headers that claim 1000 bytes: the running count stops it, not the declared size.
    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "openpyxl is not installed (pip install openpyxl)"))
    func stopsABombThatLiesAboutItsSize() throws {
        let folder = TemporaryFolder(prefix: "xlsx-bomb")
        let path = folder.file("liar.xlsx")
        _ = try ExternalTool.python(OpenpyxlScripts.bomb, [path, "256", "lie"])
        let reader = try WorkbookReader(
            contentsOf: URL(fileURLWithPath: path),
            limits: ReadLimits(maximumPartSize: 8 << 20)
        )
        let started = ContinuousClock.now
        let error = try #require(throws: SpreadsheetError.self) { try reader.sheet(at: 0) }
        #expect(error.code == .partTooLarge, "\(error)")
        #expect(error.message.contains("a part may inflate to at most 8 MiB"))
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func capsTheTotalOfAllParts() throws {
        let data = try Self.sample()
        let error = try #require(throws: SpreadsheetError.self) {
            _ = try Workbook(data: data, limits: ReadLimits(maximumPartSize: 1 << 20, maximumTotalSize: 2_000))
        }
        #expect(error.code == .partTooLarge)
    }

    private func writeSample(in folder: TemporaryFolder) throws -> String {
        let path = folder.file("sample.xlsx")
        try Self.sample().write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// XML that Foundation's lenient parser on Linux would accept: each refused by the part checks.
@Suite struct MalformedXMLTests {
    @Test(arguments: [
        "<worksheet><sheetData><row>", "<<<", "", "<worksheet/><worksheet/>", "<sst/>",
        "<!DOCTYPE worksheet [<!ENTITY a \"aaaa\">]><worksheet>&a;</worksheet>",
        "<worksheet><sheetData><row r=\"2\"/><row r=\"1\"/></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"1\"><c r=\"B2\"><v>1</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1,5</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>",
        "<worksheet><mergeCells><mergeCell ref=\"A1:\"/></mergeCells></worksheet>",
    ])
    func refusesASheet(xml: String) throws {
        var sheet = SheetDraft(name: "表")
        sheet.set(.text("x"), at: CellReference("A1")!)
        let folder = TemporaryFolder(prefix: "xlsx-xml")
        let good = folder.file("good.xlsx")
        try WorkbookDraft(sheets: [sheet], stringStorage: .inline).write(to: URL(fileURLWithPath: good))
        let bad = folder.file("bad.xlsx")
        _ = try ExternalTool.python(
            """
            import zipfile, sys
            src = zipfile.ZipFile(sys.argv[2])
            with zipfile.ZipFile(sys.argv[1], 'w') as z:
                for item in src.infolist():
                    data = sys.argv[3].encode() if item.filename == 'xl/worksheets/sheet1.xml' else src.read(item)
                    z.writestr(item, data)
            """,
            [bad, good, xml]
        )
        let reader = try WorkbookReader(contentsOf: URL(fileURLWithPath: bad))
        let error = try #require(throws: SpreadsheetError.self) { try reader.sheet(at: 0) }
        #expect(error.code == .malformedPart, "\(error)")
        #expect(error.message.hasPrefix("part xl/worksheets/sheet1.xml of the workbook "), "\(error)")
    }
}
