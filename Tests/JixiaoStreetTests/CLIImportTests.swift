import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoStorage
import Testing

/// `street import …` with real files, run through the built binary.
@Suite struct CLIImportTests {
    /// Chinese headers in another order, CRLF line ends, a quoted amount with a comma, 万, a multi-line note.
    static let expensesCSV =
        "日期,项目,类别,金额,凭证号,收款方,备注,资金来源\r\n"
        + "2021-03-25,JD2021,XC,\"1,234.56\",记-1,长沙晚报,\"宣传品，\r\n第二行\",BJ\r\n"
        + "2021/7/1,LT2021,PX,12.5万,记-2,\"某公司, 有限\",,SJ\r\n"
        + "2021年12月1日,JD2021,JD,300,,,\"说\"\"好\"\"的\",\r\n"

    func checkStored(_ cli: StreetCLI) throws {
        let rows = try cli.database().expenditures()
        #expect(rows.map(\.amount) == [Money(fen: 123_456), Money(fen: 12_500_000), Money(fen: 30_000)])
        #expect(rows.map(\.date) == ["2021-03-25", "2021-07-01", "2021-12-01"])
        #expect(rows[0].note == "宣传品，\n第二行")
        #expect(rows[1].payee == "某公司, 有限")
        #expect(rows[1].fund == "SJ")
        #expect(rows[2].note == "说\"好\"的")
        #expect(rows.allSatisfy { $0.office == "wangluyuan" })
    }

    @Test func importsUTF8WithCRLFQuotesAndLineBreaks() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("expenses.csv", Self.expensesCSV)
        let result = try cli.run("import", "expenses", file)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(
            result.stderr == "imported 3 expenditures from \(file) (UTF-8)\n" + StreetCLI.noVoucherWarning(1, of: 3)
        )
        try checkStored(cli)
        #expect(try cli.database().pendingCount() == 3)
    }

    @Test func importsUTF8WithBOM() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("bom.csv", [0xEF, 0xBB, 0xBF] + Array(Self.expensesCSV.utf8))
        let result = try cli.run("import", "expenses", file)
        #expect(
            result.stderr == "imported 3 expenditures from \(file) (UTF-8 with BOM)\n"
                + StreetCLI.noVoucherWarning(1, of: 3)
        )
        try checkStored(cli)
    }

    @Test func importsGB18030MadeByFoundation() throws {
        let cli = try StreetCLI.seeded()
        let bytes = try #require(Self.expensesCSV.data(using: TextDecoding.gb18030))
        let file = try cli.file("gb.csv", Array(bytes))
        let result = try cli.run("import", "expenses", file)
        #expect(
            result.stderr == "imported 3 expenditures from \(file) (GB18030)\n" + StreetCLI.noVoucherWarning(1, of: 3)
        )
        try checkStored(cli)
    }

    @Test func importsGBKMadeByIconv() throws {
        let cli = try StreetCLI.seeded()
        let utf8 = try cli.file("utf8.csv", Self.expensesCSV)
        let gbk = cli.folder.appendingPathComponent("gbk.csv").path
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "GBK", "-o", gbk, utf8]
        try iconv.run()
        iconv.waitUntilExit()
        try #require(iconv.terminationStatus == 0)
        let result = try cli.run("import", "expenses", gbk)
        #expect(
            result.stderr == "imported 3 expenditures from \(gbk) (GB18030)\n" + StreetCLI.noVoucherWarning(1, of: 3)
        )
        try checkStored(cli)
    }

    @Test func dryRunStoresNothing() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("expenses.csv", Self.expensesCSV)
        let result = try cli.run("import", "expenses", file, "--dry-run")
        #expect(result.status == 0)
        #expect(
            result.stderr == "dry run: 3 expenditures in \(file) (UTF-8) are fine; nothing was stored\n"
                + StreetCLI.noVoucherWarning(1, of: 3)
        )
        #expect(try cli.database().expenditures().isEmpty)
    }

    @Test func reportsAllTenBadRowsAmongAThousandAndStoresNothing() throws {
        let cli = try StreetCLI.seeded()
        var lines = ["project,category,fund,amount,date,voucher,payee,note"]
        var expected = ["import refused: 10 rows are wrong (of 1000); nothing was stored"]
        let bad: [Int: (String, String)] = [
            7: ("JD2021,XC,BJ,\"12,3a\",2021-03-01,,,", "amount \"12,3a\" is not a number of 元"),
            80: ("JD2021,XC,BJ,0,2021-03-01,,,", "amount \"0\" is zero"),
            81: ("JD2021,XC,BJ,1.234,2021-03-01,,,", "amount \"1.234\" has more than two decimals in 元"),
            250: (
                "JD2020,XC,BJ,1,2021-03-01,,,",
                "project \"JD2020\" is not known; valid projects: JD2021, LT2021, OLD2020"
            ),
            333: (
                "JD2021,XX,BJ,1,2021-03-01,,,",
                "category \"XX\" is not a category of project JD2021; valid categories: JD, XC"
            ),
            500: ("JD2021,XC,SJ,1,2021-03-01,,,", "fund \"SJ\" is not a fund of project JD2021; valid funds: BJ"),
            640: ("JD2021,XC,BJ,1,2022-01-01,,,", "date \"2022-01-01\" is not in 2021, the year of project JD2021"),
            777: ("LT2021,PX,,1,2021-03-01,,,", "fund is missing; project LT2021 has several: BJ, SJ"),
            901: (
                "JD2021,XC,BJ,1,2021-03-01,V-1,,",
                "voucher \"V-1\" is already used in project JD2021 by line 2 (use --allow-duplicate-voucher if both are real)"
            ),
            1000: ("JD2021,XC,BJ,1,2021-02-30,,,", "date \"2021-02-30\" is not a date like 2021-06-26"),
        ]
        for row in 1...1000 {
            if let (text, message) = bad[row] {
                lines.append(text)
                expected.append("line \(row + 1): \(message)")
            } else {
                lines.append("JD2021,XC,BJ,\(row).50,2021-03-01,\(row == 1 ? "V-1" : ""),某公司,")
            }
        }
        let file = try cli.file("bad.csv", lines.joined(separator: "\r\n") + "\r\n")
        let result = try cli.run("import", "expenses", file)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == expected.joined(separator: "\n") + "\n")
        #expect(try cli.database().expenditures().isEmpty)
        #expect(try cli.database().pendingCount() == 0)
    }

    @Test func refusesMalformedFilesAndBadHeaders() throws {
        let cli = try StreetCLI.seeded()
        let unclosed = try cli.file(
            "unclosed.csv",
            "project,category,amount,date\nJD2021,XC,1,2021-01-01\n\"JD2021,XC,1,2021-01-01\n"
        )
        let result = try cli.run("import", "expenses", unclosed)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "import refused; nothing was stored\nline 3: a quoted field starts here and is never closed (a missing \")\n"
        )
        let header = try cli.file("header.csv", "项目,金额,科目\nJD2021,1,XC\n")
        let refused = try cli.run("import", "expenses", header)
        #expect(
            refused.stderr == """
                import refused; nothing was stored
                line 1: unknown column "科目"; the columns are project, category, fund, amount, date, voucher, payee, note, id (or 项目, 类别, 资金来源, 金额, 日期, 凭证号, 收款方, 备注, 系统编号)
                line 1: required column category (类别) is missing from the header
                line 1: required column date (日期) is missing from the header

                """
        )
        let binary = try cli.file("binary.csv", [0x00, 0xFF, 0xFE, 0x81])
        let garbage = try cli.run("import", "expenses", binary)
        #expect(garbage.status == 1)
        #expect(
            garbage.stderr
                == "import refused; nothing was stored\nthe file is neither UTF-8 nor GB18030/GBK text; "
                + "save it from Excel as \"CSV UTF-8 (逗号分隔)\"\n"
        )
        let missing = try cli.run("import", "values", "nope.csv")
        #expect(missing.status == 1)
        #expect(missing.stderr == "cannot read nope.csv: no such file, or it is not readable\n")
        #expect(try cli.database().expenditures().isEmpty)
    }

    @Test func duplicateVouchersAgainstTheDatabase() throws {
        let cli = try StreetCLI.seeded()
        let id = try cli.run(
            "expense",
            "add",
            "--project",
            "JD2021",
            "--category",
            "XC",
            "--amount",
            "1",
            "--date",
            "2021-01-01",
            "--voucher",
            "记-1"
        ).stdout.trimmingCharacters(in: .newlines)
        let file = try cli.file("expenses.csv", Self.expensesCSV)
        let refused = try cli.run("import", "expenses", file)
        #expect(refused.status == 1)
        #expect(
            refused.stderr == """
                import refused: 1 row is wrong (of 3); nothing was stored
                line 2: voucher "记-1" is already used in project JD2021 by expenditure \(id) (use --allow-duplicate-voucher if both are real)

                """
        )
        #expect(try cli.run("import", "expenses", file, "--allow-duplicate-voucher").status == 0)
        #expect(try cli.database().expenditures().count == 4)
    }

    @Test func importsValuesInGB18030AndReplacesExistingOnes() throws {
        let cli = try StreetCLI.seeded()
        #expect(try cli.run("value", "set", "--indicator", "JD01", "--period", "2021", "--value", "1").status == 0)
        let id = try #require(try cli.database().values().first?.id)
        let text = "指标,期间,数值,标签,备注\r\nJD01,2021,58,,全年\r\nLT01,2021-06,80.6%,伍家岭站点,\r\nJD09,2021,\"达成 95%\",,\r\n"
        let file = try cli.file("values.csv", Array(try #require(text.data(using: TextDecoding.gb18030))))
        let result = try cli.run("import", "values", file)
        #expect(result.status == 0)
        #expect(result.stderr == "imported 3 indicator values from \(file) (GB18030): 2 new, 1 changed\n")
        let values = try cli.database().values()
        #expect(values.map(\.value) == [.number(58), .text("达成 95%"), .number(80.6)])
        #expect(values[0].id == id)
        #expect(values[0].note == "全年")

        let bad = try cli.file("bad.csv", "indicator,period,value\nJD01,2021,十二\nLT01,2020-06,1\n")
        let refused = try cli.run("import", "values", bad)
        #expect(refused.status == 1)
        #expect(
            refused.stderr == """
                import refused: 2 rows are wrong (of 2); nothing was stored
                line 2: value "十二" of indicator JD01 is not a number (unit 起); it is a quantitative indicator
                line 3: period "2020-06" is not in 2021, the year of project LT2021 (indicator LT01)

                """
        )
    }
}
