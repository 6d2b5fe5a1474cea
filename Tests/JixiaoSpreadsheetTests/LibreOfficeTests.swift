import Foundation
import JixiaoSpreadsheet
import JixiaoTestSupport
import Testing

/// LibreOffice opens what we write: it re-saves our workbook, and openpyxl finds our values, merges, dropdowns,
/// number formats and print titles in LibreOffice's file.
@Suite struct LibreOfficeTests {
    @Test(
        .enabled(
            if: ExternalTool.hasSoffice && ExternalTool.hasOpenpyxl,
            "needs LibreOffice (apt-get install libreoffice-calc) and openpyxl (pip install openpyxl)"
        )
    ) func reSavesOurWorkbook() throws {
        let soffice = try #require(ExternalTool.soffice)
        let folder = TemporaryFolder(prefix: "xlsx-lo")
        let ours = folder.file("ours.xlsx")
        try WriterTests.draft().write(to: URL(fileURLWithPath: ours))
        let out = folder.file("resaved")
        let result = try soffice.run(
            [
                "-env:UserInstallation=file://\(folder.file("profile"))", "--headless", "--convert-to",
                "xlsx:Calc MS Excel 2007 XML", "--outdir", out, ours,
            ],
            environment: ["HOME": folder.path]
        )
        try #require(result.status == 0, "\(result)")
        let resaved = out + "/ours.xlsx"
        let json = try ExternalTool.python(OpenpyxlScripts.dump, [resaved])
        let dump = try JSONDecoder().decode(WriterTests.Dump.self, from: Data(json.utf8))
        #expect(dump.sheets.map(\.name) == ["支出", "代码", "说明 O'Brien"])
        #expect(dump.sheets[1].state == "hidden")
        let main = dump.sheets[0]
        #expect(main.cells["A1"] == .text("项目"))
        #expect(main.cells["C2"] == .number(1234.56))
        #expect(main.cells["D2"] == .text("2021-03-25T00:00:00"))
        #expect(main.cells["F2"] == .text("  前后空格 & <标记>\n第二行 "))
        #expect(main.merges == ["A5:B5", "F3:F4"])
        // No freeze check: headless LibreOffice writes no view settings, so it drops frozen panes from any file
        // (openpyxl's too); the writer's own test checks them.
        #expect(main.validations.map(\.sqref) == ["A2:A100", "E2:E100"])
        #expect(main.validations.first?.formula1?.contains("$A$2:$A$3") == true)
        #expect(main.printTitleRows == "$1:$1")
        #expect(main.orientation == "landscape")
        #expect(main.styles["C2"]?.format == "#,##0.00")
        // And we read LibreOffice's file.
        let workbook = try Workbook(contentsOf: URL(fileURLWithPath: resaved))
        #expect(workbook.sheet(named: "支出")?["F4"] == .text("合并"))
        #expect(workbook.sheet(named: "代码")?["B3"] == .text("蓝天保卫战"))
    }
}
