import Foundation
import JixiaoSpreadsheet
import JixiaoTestSupport
import Testing

/// Workbooks the writer produces, read back by openpyxl (the independent reader) and by our own reader.
@Suite struct WriterTests {
    /// A template-like workbook: a header, money, dates, booleans, a merge, dropdowns, print setup, a hidden list.
    static func draft(strings: WorkbookDraft.StringStorage = .shared) -> WorkbookDraft {
        var main = SheetDraft(name: "支出")
        main.setRow(1, ["项目", "类别", "金额（元）", "日期", "已付", "备注"].map { .text($0) }, style: .header)
        main.setRow(2, [.text("JD2021"), .text("XC")], style: .bordered)
        main.set(.number("1234.56"), at: CellReference("C2")!, style: .money)
        main.set(
            .integer(DateSystem.system1900.serial(of: SerialDay(year: 2021, month: 3, day: 25))),
            at: CellReference("D2")!,
            style: .date
        )
        main.set(.boolean(true), at: CellReference("E2")!)
        main.set(.text("  前后空格 & <标记>\n第二行 "), at: CellReference("F2")!, style: CellStyle(wrapText: true))
        main.setRow(3, [.text("LT2021"), .text("PX"), .number("-0.5"), .empty, .boolean(false), .text("合并")])
        main.set(.text("合计"), at: CellReference("A5")!, style: CellStyle(bold: true, border: true))
        main.mergedRanges = [CellRange("F3:F4")!, CellRange("A5:B5")!]
        main.columnWidths = [1: 12, 3: 14.5, 6: 30]
        main.frozenRows = 1
        main.validations = [
            DataValidation(
                ranges: [CellRange("A2:A100")!],
                source: .range(sheet: "代码", CellRange("A2:A3")!),
                error: "请选择本街道的项目"
            ),
            DataValidation(ranges: [CellRange("E2:E100")!], source: .list(["是", "否"])),
        ]
        main.printSetup = PrintSetup(orientation: .landscape, repeatedRows: 1...1)
        var codes = SheetDraft(name: "代码", isHidden: true)
        codes.setRow(1, [.text("代码"), .text("名称")])
        codes.setRow(2, [.text("JD2021"), .text("禁毒宣传")])
        codes.setRow(3, [.text("LT2021"), .text("蓝天保卫战")])
        var notes = SheetDraft(name: "说明 O'Brien")
        notes.set(.text("填写说明"), at: CellReference("A1")!)
        return WorkbookDraft(sheets: [main, codes, notes], stringStorage: strings, title: "支出模板")
    }

    struct Dump: Decodable {
        struct Sheet: Decodable {
            struct Style: Decodable, Equatable {
                var bold: Bool
                var border: String?
                var wrap: Bool
                var format: String
                var fill: String?
            }
            struct Validation: Decodable, Equatable {
                var type: String?
                var sqref: String
                var formula1: String?
                var error: String?
            }
            var name: String
            var state: String
            var cells: [String: JSONValue]
            var styles: [String: Style]
            var merges: [String]
            var freeze: String?
            var widths: [String: Double]
            var validations: [Validation]
            var printTitleRows: String?
            var orientation: String?
            var paperSize: Int?
            var fitToWidth: Int?
        }
        var sheets: [Sheet]
    }

    enum JSONValue: Decodable, Equatable {
        case text(String)
        case number(Double)
        case bool(Bool)
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    static func dump(_ draft: WorkbookDraft) throws -> Dump {
        let folder = TemporaryFolder(prefix: "xlsx-writer")
        let path = folder.file("out.xlsx")
        try draft.write(to: URL(fileURLWithPath: path))
        let json = try ExternalTool.python(OpenpyxlScripts.dump, [path])
        return try JSONDecoder().decode(Dump.self, from: Data(json.utf8))
    }

    @Test(
        .enabled(if: ExternalTool.hasOpenpyxl, "openpyxl is not installed (pip install openpyxl)"),
        arguments: [WorkbookDraft.StringStorage.shared, .inline]
    )
    func openpyxlReadsWhatWeWrite(strings: WorkbookDraft.StringStorage) throws {
        let dump = try Self.dump(Self.draft(strings: strings))
        #expect(dump.sheets.map(\.name) == ["支出", "代码", "说明 O'Brien"])
        #expect(dump.sheets.map(\.state) == ["visible", "hidden", "visible"])
        let main = dump.sheets[0]
        #expect(main.cells["A1"] == .text("项目"))
        #expect(main.cells["C1"] == .text("金额（元）"))
        #expect(main.cells["C2"] == .number(1234.56))
        #expect(main.cells["D2"] == .text("2021-03-25T00:00:00"))
        #expect(main.cells["E2"] == .bool(true))
        #expect(main.cells["E3"] == .bool(false))
        #expect(main.cells["F2"] == .text("  前后空格 & <标记>\n第二行 "))
        #expect(main.cells["C3"] == .number(-0.5))
        #expect(main.cells["D3"] == nil)
        #expect(main.cells["A5"] == .text("合计"))
        #expect(main.merges == ["A5:B5", "F3:F4"])
        #expect(main.freeze == "A2")
        #expect(main.widths == ["A": 12, "C": 14.5, "F": 30])
        #expect(
            main.validations == [
                .init(type: "list", sqref: "A2:A100", formula1: "'代码'!$A$2:$A$3", error: "请选择本街道的项目"),
                .init(type: "list", sqref: "E2:E100", formula1: "\"是,否\"", error: nil),
            ]
        )
        #expect(main.printTitleRows == "$1:$1")
        #expect(main.orientation == "landscape")
        #expect(main.paperSize == 9)
        #expect(main.fitToWidth == 1)
        #expect(main.styles["A1"] == .init(bold: true, border: "thin", wrap: true, format: "General", fill: "FFD9E1F2"))
        #expect(main.styles["C2"] == .init(bold: false, border: "thin", wrap: false, format: "#,##0.00", fill: nil))
        #expect(main.styles["D2"]?.format == "yyyy-mm-dd")
        #expect(main.styles["F2"]?.wrap == true)
        #expect(main.styles["A3"] == .init(bold: false, border: nil, wrap: false, format: "General", fill: nil))
        #expect(dump.sheets[1].cells["B3"] == .text("蓝天保卫战"))
        #expect(dump.sheets[2].cells["A1"] == .text("填写说明"))
        #expect(dump.sheets[2].printTitleRows == nil)
    }

    @Test(arguments: [WorkbookDraft.StringStorage.shared, .inline])
    func ourReaderReadsWhatWeWrite(strings: WorkbookDraft.StringStorage) throws {
        let workbook = try Workbook(data: try Self.draft(strings: strings).data())
        let main = try #require(workbook.sheet(named: "支出"))
        #expect(main["C2"] == .number("1234.56"))
        #expect(main["F2"] == .text("  前后空格 & <标记>\n第二行 "))
        #expect(main["F4"] == .text("合并"))
        #expect(main["B5"] == .text("合计"))
        let date = try #require(main.cell(at: CellReference("D2")!))
        #expect(date.isDateFormatted)
        #expect(workbook.dateSystem.day(fromSerial: date.value.plainText)?.description == "2021-03-25")
        #expect(main.cell(at: CellReference("C2")!)?.formatCode == "#,##0.00")
        #expect(workbook.sheets[1].isHidden)
    }

    /// Font sizes: each size (and bold) becomes its own font; the plain and bold 11-point fonts stay 0 and 1. Row
    /// heights, also of a row without cells.
    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "needs python3 with openpyxl"))
    func fontSizesAndRowHeightsAreWritten() throws {
        var sheet = SheetDraft(name: "表")
        sheet.set(.text("标题"), at: CellReference("A1")!, style: CellStyle(bold: true, alignment: .center, fontSize: 16))
        sheet.set(.text("小字"), at: CellReference("A2")!, style: CellStyle(fontSize: 9.5))
        sheet.set(.text("正文"), at: CellReference("A3")!, style: CellStyle(bold: true))
        sheet.rowHeights = [2: 32.5, 5: 40]
        let folder = TemporaryFolder(prefix: "xlsx-writer")
        let path = folder.file("fonts.xlsx")
        try WorkbookDraft(sheets: [sheet]).write(to: URL(fileURLWithPath: path))
        let fonts = try ExternalTool.python(
            """
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).active
            for ref in ("A1", "A2", "A3"):
                print(ref, ws[ref].font.sz, bool(ws[ref].font.b))
            print([ws.row_dimensions[r].height for r in range(1, 6)])
            """,
            [path]
        )
        #expect(fonts == "A1 16.0 True\nA2 9.5 False\nA3 11.0 True\n[None, 32.5, None, None, 40.0]\n")
    }

    @Test func isDeterministic() throws {
        #expect(try Self.draft().data() == Self.draft().data())
        #expect(try Self.draft().data() != Self.draft(strings: .inline).data())
    }

    @Test func refusesWhatExcelRefuses() throws {
        for names in [["a/b"], [""], [String(repeating: "长", count: 32)], ["同名", "同名"]] {
            let draft = WorkbookDraft(sheets: names.map { SheetDraft(name: $0) })
            let error = try #require(throws: SpreadsheetError.self) { try draft.data() }
            #expect(error.code == .unwritable)
        }
        let hidden = WorkbookDraft(sheets: [SheetDraft(name: "列表", isHidden: true)])
        #expect(throws: SpreadsheetError.self) { try hidden.data() }
        var long = SheetDraft(name: "长列表")
        long.validations = [
            DataValidation(ranges: [CellRange("A1")!], source: .list(Array(repeating: "禁毒宣传项目", count: 50)))
        ]
        let error = try #require(throws: SpreadsheetError.self) { try WorkbookDraft(sheets: [long]).data() }
        #expect(error.message.contains("longer than 255 characters"))
        var number = SheetDraft(name: "数")
        number.set(.number("12,5"), at: CellReference("A1")!)
        #expect(throws: SpreadsheetError.self) { try WorkbookDraft(sheets: [number]).data() }
    }
}

/// Sizes past the limits of the layers below: libxml2 reports an error at the end of a part over 10 MB when it is
/// handed the part at once, so the reader streams it.
@Suite struct LargeSheetTests {
    @Test func readsASheetPartOverTenMegabytes() throws {
        var sheet = SheetDraft(name: "支出")
        let rows = 36_000
        for row in 1...rows {
            sheet.setRow(
                row,
                [
                    .text("JD2021"), .text("XC"), .text("BJ"), .number("\(row).25"), .integer(44_197 + row % 365),
                    .text("记-\(row)"), .text("某某有限公司"), .text("备注第\(row)行"),
                ]
            )
        }
        let data = try WorkbookDraft(sheets: [sheet], stringStorage: .inline).data()
        let reader = try WorkbookReader(data: data)
        let read = try reader.sheet(at: 0)
        #expect(read.lastRow == rows)
        #expect(read.cells.count == rows * 8)
        #expect(read["D36000"] == .number("36000.25"))
        #expect(read["H12345"] == .text("备注第12345行"))
    }
}
