import Foundation
import JixiaoModels
import JixiaoTestSupport
import Testing

/// `street import … FILE.xlsx`: workbooks made by openpyxl and LibreOffice, run through the built binary.
@Suite(.enabled(if: ExternalTool.hasOpenpyxl, "openpyxl is not installed (pip install openpyxl)"))
struct CLIImportXLSXTests {
    /// A title row above the header, Chinese headers in another order, a merged project cell over two rows, a date
    /// cell, a serial date in a General cell, a text date, numbers for amounts and a voucher, a multi-line note.
    static let expenses = """
        import sys, datetime, openpyxl
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "支出"
        ws["A1"] = "望麓园街道 2021 年支出明细"
        ws.merge_cells("A1:H1")
        ws.append(["日期", "项目", "类别", "金额（元）", "凭证号", "收款方", "备注", "资金来源"])
        ws.append([datetime.date(2021, 3, 25), "JD2021", "XC", 1234.56, "记-1", "长沙晚报", "宣传品，\\n第二行", "BJ"])
        ws.append([44378, None, "JD", 125000, 42, "某公司, 有限", None, "BJ"])
        ws.merge_cells("B3:B4")
        ws.append(["2021年12月1日", "LT2021", "PX", 300, None, None, "说\\"好\\"的", "SJ"])
        ws["A3"].number_format = "yyyy-mm-dd"
        ws.append([])
        ws.append([None, None, None, None])
        other = wb.create_sheet("第二")
        other.append(["项目", "类别", "金额", "日期"])
        other.append(["JD2021", "XC", 1, datetime.date(2021, 1, 1)])
        wb.save(sys.argv[1])
        """

    func checkStored(_ cli: StreetCLI) throws {
        let rows = try cli.database().expenditures().sorted { $0.date < $1.date }
        #expect(rows.map(\.amount) == [Money(fen: 123_456), Money(fen: 12_500_000), Money(fen: 30_000)])
        #expect(rows.map(\.date) == ["2021-03-25", "2021-07-01", "2021-12-01"])
        #expect(rows.map(\.project) == ["JD2021", "JD2021", "LT2021"])
        #expect(rows.map(\.voucher) == ["记-1", "42", ""])
        #expect(rows[0].note == "宣传品，\n第二行")
        #expect(rows[1].payee == "某公司, 有限")
        #expect(rows[2].fund == "SJ")
        #expect(rows[2].note == "说\"好\"的")
    }

    @Test func importsAWorkbookMadeByOpenpyxl() throws {
        let cli = try StreetCLI.seeded()
        let file = cli.folder.appendingPathComponent("支出.xlsx").path
        _ = try ExternalTool.python(Self.expenses, [file])
        let result = try cli.run("import", "expenses", file)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "")
        #expect(
            result.stderr == "imported 3 expenditures from \(file) (sheet 支出)\n" + StreetCLI.noVoucherWarning(1, of: 3)
        )
        try checkStored(cli)
        #expect(try cli.database().pendingCount() == 3)
    }

    @Test func picksTheSheetAndTellsTheFormatByContent() throws {
        let cli = try StreetCLI.seeded()
        let file = cli.folder.appendingPathComponent("named-like.csv").path
        _ = try ExternalTool.python(Self.expenses, [file])
        let dry = try cli.run("import", "expenses", file, "--sheet", "第二", "--dry-run")
        #expect(
            dry.stderr == "dry run: 1 expenditure in \(file) (sheet 第二) is fine; nothing was stored\n"
                + StreetCLI.noVoucherWarning(1, of: 1)
        )
        let missing = try cli.run("import", "expenses", file, "--sheet", "三")
        #expect(missing.status == 1)
        #expect(
            missing.stderr
                == "import refused; nothing was stored\nthe workbook has no sheet named \"三\"; its sheets are 支出, 第二\n"
        )
        let fake = try cli.file("fake.xlsx", "项目,类别,金额,日期\n")
        let refused = try cli.run("import", "expenses", fake)
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "import refused; nothing was stored\nthe file is not an .xlsx workbook (not a zip archive, or a truncated one)\n"
        )
        let csv = try cli.file("plain.csv", "项目,类别,金额,日期\nJD2021,XC,1,2021-01-01\n")
        let sheetOnCSV = try cli.run("import", "expenses", csv, "--sheet", "支出")
        #expect(
            sheetOnCSV.stderr
                == "import refused; nothing was stored\n--sheet is for .xlsx workbooks; this file is CSV text\n"
        )
        let old = try cli.file("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        #expect(try cli.run("import", "expenses", old).stderr.contains("old Excel 97–2003 workbook (.xls)"))
        #expect(try cli.database().expenditures().isEmpty)
    }

    @Test func namesSheetAndCellOfEveryProblemAndStoresNothing() throws {
        let cli = try StreetCLI.seeded()
        let file = cli.folder.appendingPathComponent("bad.xlsx").path
        _ = try ExternalTool.python(
            """
            import sys, datetime, openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "支出"
            ws.append(["项目", "类别", "资金来源", "金额", "日期", "凭证号"])
            ws.append(["JD2021", "XC", "BJ", 10, datetime.date(2021, 1, 2), "V-1"])
            ws.append(["JD2021", "XC", "BJ", 1.234, datetime.date(2021, 1, 2), None])
            ws.append(["JD2021", "XX", "BJ", "12,3a", "2021-02-30", None])
            ws.append(["JD2021", "XC", "BJ", 0.1 + 0.2, datetime.date(2021, 1, 3), "V-1"])
            ws["G5"] = "多余"
            ws.append(["JD2021", "XC", "BJ", 5, datetime.date(2022, 1, 1), None])
            wb.save(sys.argv[1])
            """,
            [file]
        )
        let result = try cli.run("import", "expenses", file)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                import refused: 4 rows are wrong (of 5); nothing was stored
                支出!D3: amount "1.234" has more than two decimals in 元
                支出!B4: category "XX" is not a category of project JD2021; valid categories: JD, XC
                支出!D4: amount "12,3a" is not a number of 元
                支出!E4: date "2021-02-30" is not a date like 2021-06-26
                支出!G5: column 7 has no header but holds "多余"
                支出!F5: voucher "V-1" is already used in project JD2021 by 支出 row 2 (use --allow-duplicate-voucher if both are real)
                支出!E6: date "2022-01-01" is not in 2021, the year of project JD2021

                """,
            "\(result)"
        )
        #expect(try cli.database().expenditures().isEmpty)
    }

    @Test func refusesAnUnknownHeaderByItsCell() throws {
        let cli = try StreetCLI.seeded()
        let file = cli.folder.appendingPathComponent("header.xlsx").path
        _ = try ExternalTool.python(
            "import sys, openpyxl\nwb = openpyxl.Workbook()\nwb.active.append(['项目', '金额', '科目'])\nwb.save(sys.argv[1])",
            [file]
        )
        let result = try cli.run("import", "expenses", file)
        #expect(
            result.stderr == """
                import refused; nothing was stored
                Sheet!C1: unknown column "科目"; the columns are project, category, fund, amount, date, voucher, payee, note, id (or 项目, 类别, 资金来源, 金额, 日期, 凭证号, 收款方, 备注, 系统编号)
                Sheet row 1: required column category (类别) is missing from the header
                Sheet row 1: required column date (日期) is missing from the header

                """
        )
    }

    @Test func importsValuesWithPercentagesAndMonths() throws {
        let cli = try StreetCLI.seeded()
        let file = cli.folder.appendingPathComponent("values.xlsx").path
        _ = try ExternalTool.python(
            """
            import sys, datetime, openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "指标值"
            ws.append(["指标", "期间", "数值", "标签", "备注"])
            ws.append(["JD01", 2021, 58, None, "全年"])
            ws.append(["LT01", datetime.date(2021, 6, 1), 0.806, "伍家岭站点", None])
            ws["B3"].number_format = "yyyy-mm"
            ws["C3"].number_format = "0.0%"
            ws.append(["JD09", "2021", "达成 95%", None, None])
            wb.save(sys.argv[1])
            """,
            [file]
        )
        let result = try cli.run("import", "values", file)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "imported 3 indicator values from \(file) (sheet 指标值)\n")
        let values = try cli.database().values()
        #expect(Set(values.map(\.value)) == [.number(58), .text("达成 95%"), .number(80.6)])
        #expect(Set(values.map(\.period.description)) == ["2021", "2021-06"])
    }

    @Test func refusesAZipBombCleanly() throws {
        let cli = try StreetCLI.seeded()
        let file = cli.folder.appendingPathComponent("bomb.xlsx").path
        _ = try ExternalTool.python(
            """
            import sys, zipfile
            main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
            rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
                z.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="支出" sheetId="1" r:id="rId1"/></sheets></workbook>')
                z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
                with z.open("xl/worksheets/sheet1.xml", "w") as f:
                    for _ in range(100):
                        f.write(b" " * (1 << 20))
            """,
            [file]
        )
        let result = try cli.run("import", "expenses", file)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                import refused; nothing was stored
                part xl/worksheets/sheet1.xml of the workbook is too large (it declares 100 MiB): a part may inflate to at most 64 MiB; reading stopped (a zip bomb, or a sheet to split into smaller files)

                """
        )
    }

    @Test(.enabled(if: ExternalTool.hasSoffice, "LibreOffice is not installed (apt-get install libreoffice-calc)"))
    func importsALibreOfficeWorkbook() throws {
        let soffice = try #require(ExternalTool.soffice)
        let cli = try StreetCLI.seeded()
        let csv =
            "项目,类别,资金来源,金额,日期,收款方\nJD2021,XC,BJ,1234.56,2021-03-25,长沙晚报社\nLT2021,PX,SJ,300,2021-12-01,湖南某某环保科技有限公司\n"
        let source = try cli.file("导入.csv", csv)
        let result = try soffice.run(
            [
                "-env:UserInstallation=file://\(cli.folder.path)/profile", "--headless", "--convert-to", "xlsx",
                "--infilter=CSV:44,34,76,1", "--outdir", cli.folder.path, source,
            ],
            environment: ["HOME": cli.folder.path]
        )
        try #require(result.status == 0, "\(result)")
        let file = cli.folder.appendingPathComponent("导入.xlsx").path
        let imported = try cli.run("import", "expenses", file)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stderr.hasPrefix("imported 2 expenditures from \(file) (sheet "))
        let rows = try cli.database().expenditures().sorted { $0.date < $1.date }
        #expect(rows.map(\.amount) == [Money(fen: 123_456), Money(fen: 30_000)])
        #expect(rows.map(\.date) == ["2021-03-25", "2021-12-01"])
        #expect(rows.map(\.payee) == ["长沙晚报社", "湖南某某环保科技有限公司"])
    }
}

/// The 序号 column and the 合计 row every Excel sheet has: left out, and the summary says so.
@Suite struct CLISerialAndTotalTests {
    @Test func csvWithASerialColumnAndATotalRow() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file(
            "total.csv",
            "序号,项目,类别,金额,日期\n1,JD2021,XC,100,2021-01-02\n2,JD2021,JD,50.5,2021-01-03\n,合计,,150.5,\n"
        )
        let result = try cli.run("import", "expenses", file)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stderr
                == "imported 2 expenditures from \(file) (UTF-8); ignored the 序号 column and the total row (line 4)\n"
                + StreetCLI.noVoucherWarning(2, of: 2)
        )
        #expect(try cli.database().expenditures().map(\.amount) == [Money(fen: 10_000), Money(fen: 5_050)])
    }

    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "openpyxl is not installed (pip install openpyxl)"))
    func workbookWithATotalRowOnly() throws {
        let cli = try StreetCLI.seeded()
        let file = cli.folder.appendingPathComponent("total.xlsx").path
        _ = try ExternalTool.python(
            """
            import sys, datetime, openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "支出"
            ws.append(["项目", "类别", "金额", "日期"])
            ws.append(["JD2021", "XC", 100, datetime.date(2021, 1, 2)])
            ws.append(["合 计", None, "=SUM(C2:C2)", None])
            wb.save(sys.argv[1])
            """,
            [file]
        )
        let result = try cli.run("import", "expenses", file, "--dry-run")
        #expect(
            result.stderr
                == "dry run: 1 expenditure in \(file) (sheet 支出) is fine; ignored the total row (支出 row 3); "
                + "nothing was stored\n" + StreetCLI.noVoucherWarning(1, of: 1)
        )
    }

    /// A 合计 row in the middle is not a trailing total: it is refused like any bad row.
    @Test func aTotalInTheMiddleIsRefused() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("middle.csv", "项目,类别,金额,日期\n合计,,1,\nJD2021,XC,100,2021-01-02\n")
        let result = try cli.run("import", "expenses", file)
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 2: project \"合计\" is not known"))
    }
}
