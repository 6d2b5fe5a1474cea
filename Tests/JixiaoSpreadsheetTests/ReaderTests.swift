import Foundation
import JixiaoSpreadsheet
import JixiaoTestSupport
import Testing

/// Reading workbooks other programs made: openpyxl's, hand-written SpreadsheetML, LibreOffice's.
@Suite struct ReaderTests {
    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "openpyxl is not installed (pip install openpyxl)"))
    func readsAnOpenpyxlWorkbook() throws {
        let folder = TemporaryFolder(prefix: "xlsx-reader")
        let path = folder.file("made.xlsx")
        _ = try ExternalTool.python(OpenpyxlScripts.make, [path])
        let reader = try WorkbookReader(contentsOf: URL(fileURLWithPath: path))
        #expect(reader.sheetNames == ["支出", "代码", "空"])
        #expect(reader.dateSystem == .system1900)
        let sheet = try reader.sheet(named: "支出")
        #expect(sheet["A1"] == .text("项目"))
        #expect(sheet["C2"] == .number("1234.56"))
        #expect(sheet["C2"].plainText == "1234.56")
        #expect(sheet["C4"].plainText == "0.3")
        #expect(sheet["E3"] == .number("42"))
        #expect(sheet["F2"] == .boolean(true))
        #expect(sheet["F3"] == .boolean(false))
        #expect(sheet["F4"] == .empty)
        #expect(sheet["G4"] == .text("多行\n备注"))
        // G2:G3 is merged: G3 reads as G2.
        #expect(sheet.mergedRanges == [CellRange("G2:G3")!])
        #expect(sheet["G3"] == .text("宣传品"))
        #expect(sheet.storedCell(at: CellReference("G3")!) == nil)
        let date = try #require(sheet.cell(at: CellReference("D2")!))
        #expect(date.isDateFormatted)
        guard case .number(let serial) = date.value else {
            Issue.record("D2 is \(date.value)")
            return
        }
        #expect(reader.dateSystem.day(fromSerial: serial)?.description == "2021-03-25")
        let dateTime = try #require(sheet.cell(at: CellReference("D4")!))
        #expect(dateTime.isDateFormatted)
        #expect(reader.dateSystem.day(fromSerial: dateTime.value.plainText)?.description == "2021-07-01")
        #expect(sheet.cell(at: CellReference("C2")!)?.isDateFormatted == false)
        // openpyxl writes the formula without a cached result.
        #expect(sheet["A6"] == .text("合计"))
        #expect(sheet.lastRow == 6)
        let codes = try reader.sheet(named: "代码")
        #expect(codes.isHidden)
        #expect(codes["B2"] == .text("禁毒宣传"))
        #expect(try reader.sheet(named: "空").cells.isEmpty)
        #expect(try reader.firstVisibleSheet().name == "支出")
    }

    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "openpyxl is not installed (pip install openpyxl)"))
    func readsThe1904DateSystem() throws {
        let folder = TemporaryFolder(prefix: "xlsx-reader")
        let path = folder.file("mac.xlsx")
        _ = try ExternalTool.python(OpenpyxlScripts.make, [path, "1904"])
        let workbook = try Workbook(contentsOf: URL(fileURLWithPath: path))
        #expect(workbook.dateSystem == .system1904)
        let sheet = try #require(workbook.sheet(named: "支出"))
        let serial = sheet["D2"].plainText
        #expect(serial == String(44280 - 1462))
        #expect(workbook.dateSystem.day(fromSerial: serial)?.description == "2021-03-25")
    }

    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "openpyxl is not installed (pip install openpyxl)"))
    func readsHandWrittenSpreadsheetML() throws {
        let folder = TemporaryFolder(prefix: "xlsx-reader")
        let path = folder.file("hand.xlsx")
        _ = try ExternalTool.python(OpenpyxlScripts.handmade, [path])
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let workbook = try Workbook(data: data)
        #expect(workbook.sheets.map(\.name) == ["一", "二"])
        #expect(workbook.dateSystem == .system1904)
        let first = workbook.sheets[0]
        #expect(first["A1"] == .text("plain"))
        #expect(first["B1"] == .text("禁毒 宣传"))
        #expect(first["C1"] == .text("行内文字"))
        #expect(first["A2"] == .text("a & b <c>"))
        let zero = try #require(first.cell(at: CellReference("B2")!))
        #expect(zero.isDateFormatted)
        #expect(zero.formatCode == "yyyy\"年\"m\"月\"d\"日\"")
        #expect(workbook.dateSystem.day(fromSerial: zero.value.plainText)?.description == "1904-01-01")
        #expect(workbook.dateSystem.day(fromSerial: first["C2"].plainText)?.description == "1922-06-28")
        #expect(first["D2"] == .number("1.23456E3"))
        #expect(first["D2"].plainText == "1234.56")
        #expect(first.cell(at: CellReference("D2")!)?.formatCode == "#,##0.00")
        #expect(first["B5"] == .text("plain!"))
        #expect(first["C5"] == .error("#DIV/0!"))
        #expect(first["D5"] == .boolean(true))
        #expect(first["E5"] == .empty)
        #expect(first["G6"] == .number("-0.5"))
        #expect(first["A3"] == .empty)
        #expect(workbook.sheets[1].isHidden)
        #expect(workbook.sheets[1]["B2"] == .text("hidden"))
    }

    @Test(.enabled(if: ExternalTool.hasSoffice, "LibreOffice is not installed (apt-get install libreoffice-calc)"))
    func readsALibreOfficeConversionOfAChineseCSV() throws {
        let soffice = try #require(ExternalTool.soffice)
        let folder = TemporaryFolder(prefix: "xlsx-soffice")
        let csv = "项目,类别,金额,日期,备注\nJD2021,XC,1234.56,2021-03-25,禁毒宣传「进社区」\nLT2021,PX,300,2021-12-01,蓝天\n"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: folder.file("支出.csv")))
        let result = try soffice.run(
            [
                "-env:UserInstallation=file://\(folder.file("profile"))", "--headless", "--convert-to", "xlsx",
                "--infilter=CSV:44,34,76,1", "--outdir", folder.path, folder.file("支出.csv"),
            ],
            environment: ["HOME": folder.path]
        )
        try #require(result.status == 0, "\(result)")
        let reader = try WorkbookReader(contentsOf: URL(fileURLWithPath: folder.file("支出.xlsx")))
        let sheet = try reader.sheet(at: 0)
        #expect(sheet["A1"] == .text("项目"))
        #expect(sheet["E2"] == .text("禁毒宣传「进社区」"))
        #expect(sheet["C2"].plainText == "1234.56")
        #expect(sheet["C3"].plainText == "300")
        // LibreOffice recognises the ISO dates and stores them as date-formatted serials.
        let date = try #require(sheet.cell(at: CellReference("D2")!))
        #expect(date.isDateFormatted)
        #expect(reader.dateSystem.day(fromSerial: date.value.plainText)?.description == "2021-03-25")
    }

    @Test func asksForASheetThatIsNotThere() throws {
        var draft = WorkbookDraft()
        draft.sheets = [SheetDraft(name: "数据"), SheetDraft(name: "说明")]
        let reader = try WorkbookReader(data: try draft.data())
        let error = try #require(throws: SpreadsheetError.self) { try reader.sheet(named: "支出") }
        #expect(error.code == .noSuchSheet)
        #expect(error.message == "the workbook has no sheet named \"支出\"; its sheets are 数据, 说明")
        #expect(try reader.sheet(named: " 数据 ").name == "数据")
    }
}
