import Foundation
import JixiaoModels
import JixiaoTestSupport
import Testing

/// `street template …`: read by openpyxl, filled in by openpyxl, imported back.
@Suite(.enabled(if: ExternalTool.hasOpenpyxl, "openpyxl is not installed (pip install openpyxl)"))
struct CLITemplateTests {
    /// Prints the sheets, the header row, freeze panes, print titles and data validations of argv[1] as JSON.
    static let describe = """
        import sys, json, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = []
        for ws in wb.worksheets:
            out.append({
                "name": ws.title,
                "header": [c.value for c in ws[1]],
                "freeze": ws.freeze_panes,
                "titles": ws.print_title_rows,
                "orientation": ws.page_setup.orientation,
                "validations": [[str(v.sqref), v.formula1] for v in ws.data_validations.dataValidation],
                "column1": [ws.cell(row=r, column=1).value for r in range(2, 6)],
                "rows": ws.max_row,
            })
        print(json.dumps(out, ensure_ascii=False))
        """

    struct Sheet: Decodable {
        var name: String
        var header: [String?]
        var freeze: String?
        var titles: String?
        var orientation: String?
        var validations: [[String]]
        var column1: [String?]
        var rows: Int
    }

    func describe(_ path: String) throws -> [Sheet] {
        try JSONDecoder().decode([Sheet].self, from: Data(ExternalTool.python(Self.describe, [path]).utf8))
    }

    @Test func expensesTemplateHasDropdownsAndImportsOnceFilledIn() throws {
        let cli = try StreetCLI.seeded()
        let file = cli.folder.appendingPathComponent("支出模板.xlsx").path
        let result = try cli.run("template", "expenses", "--out", file)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "wrote the expenditures template to \(file)\n")
        let sheets = try describe(file)
        #expect(sheets.map(\.name) == ["支出", "代码表"])
        #expect(sheets[0].header == ["项目", "类别", "资金来源", "金额", "日期", "凭证号", "收款方", "备注"])
        #expect(sheets[0].freeze == "A2")
        #expect(sheets[0].titles == "$1:$1")
        #expect(sheets[0].orientation == "landscape")
        #expect(
            sheets[0].validations == [
                ["A2:A501", "'代码表'!$A$2:$A$4"], ["B2:B501", "'代码表'!$E$2:$E$5"], ["C2:C501", "'代码表'!$I$2:$I$5"],
            ]
        )
        #expect(sheets[1].column1 == ["JD2021", "LT2021", "OLD2020", nil])
        #expect(sheets[1].header.prefix(2) == ["项目代码", "项目名称"])

        _ = try ExternalTool.python(
            """
            import sys, datetime, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["支出"]
            for r, row in enumerate([
                ["JD2021", "XC", "BJ", 1234.56, datetime.date(2021, 3, 25), "记-1", "长沙晚报", None],
                ["LT2021", "PX", "SJ", 300, datetime.date(2021, 12, 1), None, None, "培训"],
            ], start=2):
                for c, value in enumerate(row, start=1):
                    ws.cell(row=r, column=c, value=value)
            wb.save(sys.argv[1])
            """,
            [file]
        )
        let imported = try cli.run("import", "expenses", file)
        #expect(imported.status == 0, "\(imported)")
        #expect(
            imported.stderr == "imported 2 expenditures from \(file) (sheet 支出)\n"
                + StreetCLI.noVoucherWarning(1, of: 2)
        )
        let rows = try cli.database().expenditures().sorted { $0.date < $1.date }
        #expect(rows.map(\.amount) == [Money(fen: 123_456), Money(fen: 30_000)])
        #expect(rows.map(\.date) == ["2021-03-25", "2021-12-01"])
        #expect(rows.map(\.fund) == ["BJ", "SJ"])
    }

    @Test func valuesTemplateListsEveryValueToReportAndImportsOnceFilledIn() throws {
        let cli = try StreetCLI.seeded()
        let file = cli.folder.appendingPathComponent("指标值模板.xlsx").path
        #expect(try cli.run("template", "values", "--out", file).status == 0)
        let sheets = try describe(file)
        #expect(sheets.map(\.name) == ["指标值", "代码表"])
        #expect(sheets[0].header == ["指标", "期间", "数值", "标签", "备注", "指标名称", "单位", "目标值", "所属项目"])
        // JD01 and JD09 yearly, LT01 monthly: 14 values to report.
        #expect(sheets[0].rows == 15)
        #expect(sheets[0].column1 == ["JD01", "JD09", "LT01", "LT01"])
        #expect(sheets[0].validations == [["A2:A216", "'代码表'!$A$2:$A$4"]])
        #expect(sheets[0].freeze == "A2")

        _ = try ExternalTool.python(
            """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["指标值"]
            for r in range(2, ws.max_row + 1):
                code = ws.cell(row=r, column=1).value
                ws.cell(row=r, column=3, value={"JD01": 58, "JD09": "达成"}.get(code, 80 + r))
            wb.save(sys.argv[1])
            """,
            [file]
        )
        let imported = try cli.run("import", "values", file)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stderr == "imported 14 indicator values from \(file) (sheet 指标值)\n")
        let values = try cli.database().values()
        #expect(values.count == 14)
        #expect(Set(values.filter { $0.indicator == "LT01" }.map(\.period.description)).count == 12)
        #expect(values.first { $0.indicator == "JD09" }?.value == .text("达成"))
    }

    @Test func refusesBeforeTheFirstSync() throws {
        let empty = try StreetCLI.seeded(reference: ReferenceData())
        let result = try empty.run("template", "values", "--out", empty.folder.appendingPathComponent("t.xlsx").path)
        #expect(result.status == 1)
        #expect(result.stderr == "nothing has been received from the district yet: run street sync first\n")
    }
}

/// `street export … --format xlsx`: Chinese headers with names beside codes, read by openpyxl, imported back as a
/// no-op.
@Suite(.enabled(if: ExternalTool.hasOpenpyxl, "openpyxl is not installed (pip install openpyxl)"))
struct CLIExportXLSXTests {
    @Test func expensesExportImportsBackAsANoOp() throws {
        let cli = try StreetCLI.seeded()
        let csv = try cli.file("in.csv", CLIImportTests.expensesCSV)
        #expect(try cli.run("import", "expenses", csv).status == 0)
        let before = try cli.database().expenditures()
        let pending = try cli.database().pendingCount()
        let file = cli.folder.appendingPathComponent("支出导出.xlsx").path
        let exported = try cli.run("export", "expenses", "--format", "xlsx", "--out", file)
        #expect(exported.status == 0, "\(exported)")
        #expect(exported.stderr == "wrote 3 expenditures to \(file)\n")
        let json = try ExternalTool.python(
            """
            import sys, json, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).active
            print(json.dumps([[None if c.value is None else str(c.value) for c in row] for row in ws.iter_rows(max_row=2)], ensure_ascii=False))
            """,
            [file]
        )
        let rows = try JSONDecoder().decode([[String?]].self, from: Data(json.utf8))
        #expect(
            rows[0] == [
                "项目", "项目名称", "类别", "类别名称", "资金来源", "资金来源名称", "金额（元）", "日期", "凭证号", "收款方", "备注", "系统编号",
            ]
        )
        let first = try #require(before.first { $0.voucher == "记-1" })
        #expect(
            rows[1].prefix(8) == ["JD2021", "禁毒办专项", "XC", "禁毒宣传", "BJ", "本级财政拨款", "1234.56", "2021-03-25 00:00:00"]
        )
        #expect(rows[1].last == first.id)

        let again = try cli.run("import", "expenses", file)
        #expect(again.status == 0, "\(again)")
        #expect(again.stderr == "imported 3 expenditures from \(file) (sheet 支出): 3 unchanged\n")
        #expect(try cli.database().expenditures() == before)
        #expect(try cli.database().pendingCount() == pending)

        // Edited in the workbook: the row with that id is updated, not added.
        _ = try ExternalTool.python(
            """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            wb.active["G2"] = 2000
            wb.save(sys.argv[1])
            """,
            [file]
        )
        let edited = try cli.run("import", "expenses", file)
        #expect(edited.stderr == "imported 3 expenditures from \(file) (sheet 支出): 1 changed, 2 unchanged\n")
        let after = try cli.database().expenditures()
        #expect(after.count == 3)
        #expect(after.first { $0.id == first.id }?.amount == Money(fen: 200_000))
    }

    @Test func valuesExportImportsBackAsANoOp() throws {
        let cli = try StreetCLI.seeded()
        let csv = try cli.file(
            "values.csv",
            "指标,期间,数值,标签,备注\nJD01,2021,58,,全年\nLT01,2021-06,80.6%,伍家岭站点,\nJD09,2021,达成,,\n"
        )
        #expect(try cli.run("import", "values", csv).status == 0)
        let before = try cli.database().values()
        let file = cli.folder.appendingPathComponent("values.xlsx").path
        #expect(
            try cli.run("export", "values", "--format", "xlsx", "--out", file).stderr
                == "wrote 3 indicator values to \(file)\n"
        )
        let again = try cli.run("import", "values", file)
        #expect(again.stderr == "imported 3 indicator values from \(file) (sheet 指标值): 3 unchanged\n", "\(again)")
        #expect(try cli.database().values() == before)
        // The same CSV file a second time is refused (it was imported already), and with --again changes nothing.
        #expect(try cli.run("import", "values", csv).status == 1)
        let csvAgain = try cli.run("import", "values", csv, "--again")
        #expect(csvAgain.stderr == "imported 3 indicator values from \(csv) (UTF-8): 3 unchanged\n")
    }

    @Test func xlsxNeedsAnOutputFile() throws {
        let result = try StreetCLI.seeded().run("export", "expenses", "--format", "xlsx")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format xlsx needs --out FILE.xlsx"))
    }

    @Test func csvExportImportsBackToo() throws {
        let cli = try StreetCLI.seeded()
        let csv = try cli.file("in.csv", CLIImportTests.expensesCSV)
        #expect(try cli.run("import", "expenses", csv).status == 0)
        let export = cli.folder.appendingPathComponent("export.csv").path
        #expect(try cli.run("export", "expenses", "--out", export).status == 0)
        let again = try cli.run("import", "expenses", export)
        #expect(again.stderr == "imported 3 expenditures from \(export) (UTF-8 with BOM): 3 unchanged\n", "\(again)")
        #expect(try cli.database().expenditures().count == 3)
    }
}
