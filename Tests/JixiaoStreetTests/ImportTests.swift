import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoStreet
import Testing

@Suite struct HeaderMapTests {
    @Test func mapsEnglishAndChineseHeadersInAnyOrder() throws {
        let map = try HeaderMap<ExpenditureColumn>(
            header: CSVRecord(line: 1, fields: ["金额（元）", "Date", "项目", " category ", "凭证号", ""])
        )
        let row = CSVRecord(line: 2, fields: ["1.00", "2021-01-01", "JD2021", "XC", "记-1", ""])
        #expect(map.value(.amount, in: row) == "1.00")
        #expect(map.value(.project, in: row) == "JD2021")
        #expect(map.value(.category, in: row) == "XC")
        #expect(map.value(.voucher, in: row) == "记-1")
        #expect(map.value(.fund, in: row) == "")
        #expect(map.unnamed == [5])
    }

    @Test func refusesUnknownDuplicateAndMissingColumnsAllAtOnce() throws {
        let error = #expect(throws: StreetError.self) {
            try HeaderMap<ExpenditureColumn>(header: CSVRecord(line: 1, fields: ["project", "金额", "amount", "科目"]))
        }
        #expect(
            error?.problems.map(\.description) == [
                "line 1: column amount (金额) appears twice (columns 2 and 3)",
                "line 1: unknown column \"科目\"; the columns are project, category, fund, amount, date, voucher, "
                    + "payee, note, id (or 项目, 类别, 资金来源, 金额, 日期, 凭证号, 收款方, 备注, 系统编号)",
                "line 1: required column category (类别) is missing from the header",
                "line 1: required column date (日期) is missing from the header",
            ]
        )
    }

    @Test func valueHeaders() throws {
        let map = try HeaderMap<ValueColumn>(header: CSVRecord(line: 1, fields: ["数值", "指标", "期间", "标签"]))
        #expect(map.positions == [.value: 0, .indicator: 1, .period: 2, .label: 3])
        #expect(throws: StreetError.self) {
            try HeaderMap<ValueColumn>(header: CSVRecord(line: 1, fields: ["指标", "数值"]))
        }
    }
}

@Suite struct ExpenditureImportTests {
    let validator = ExpenditureValidator(reference: Fixtures.reference, office: Fixtures.office)

    func plan(
        _ text: String,
        vouchers: VoucherIndex = VoucherIndex(),
        allowDuplicate: Bool = false
    ) throws
        -> ImportPlan<Expenditure>
    {
        let counter = Fixtures.Counter()
        return ExpenditureImport.plan(
            records: try CSVReader.records(text: text),
            validator: validator,
            vouchers: vouchers,
            allowDuplicateVoucher: allowDuplicate,
            makeID: counter.make
        )
    }

    @Test func importsAGoodFile() throws {
        let text = """
            项目,类别,资金来源,金额,日期,凭证号,收款方,备注
            JD2021,XC,,"1,234.56",2021-06-26,记-1,长沙晚报,"宣传,
            两行"
            LT2021,PX,SJ,12.5万,2021/7/1,记-2,,

            """
        let plan = try plan(text)
        #expect(plan.problems == [])
        #expect(plan.lines == [2, 4])
        #expect(plan.rows.map(\.amount) == [Money(fen: 123_456), Money(fen: 12_500_000)])
        #expect(plan.rows[0].note == "宣传,\n两行")
        #expect(plan.rows[1].fund == "SJ")
        #expect(plan.rows.map(\.id) == ["id-1", "id-2"])
        #expect(try plan.accepted().count == 2)
    }

    @Test func reportsAllTenBadRowsAmongAThousand() throws {
        var lines = ["project,category,fund,amount,date,voucher,payee,note"]
        let badRows: Set<Int> = [3, 50, 51, 200, 333, 500, 640, 777, 901, 1000]
        for row in 1...1000 {
            if badRows.contains(row) {
                lines.append("JD2021,XC,BJ,12,3a,2021-03-01,V\(row),x,y")  // unquoted comma: 9 fields, bad amount
            } else {
                lines.append("JD2021,XC,BJ,\(row).50,2021-03-01,V\(row),某公司,")
            }
        }
        let plan = try plan(lines.joined(separator: "\r\n"))
        #expect(!plan.isAccepted)
        #expect(plan.recordCount == 1000)
        #expect(plan.badRecordCount == 10)
        #expect(Set(plan.problems.compactMap(\.line)) == Set(badRows.map { $0 + 1 }))
        let first = plan.problems.first { $0.line == 4 }
        #expect(
            first?.description
                == "line 4: 9 fields but the header has 8 columns (an amount like 1,234.56 must be in quotes, as Excel writes it)"
        )
        #expect(plan.problems.contains { $0.description == "line 4: amount \"12\" is not a number of 元" } == false)
        #expect(plan.problems.contains { $0.description == "line 4: date \"3a\" is not a date like 2021-06-26" })
        let refusal = plan.refusal()
        #expect(refusal.message == "import refused: 10 rows are wrong (of 1000); nothing was stored")
        #expect(throws: StreetError.self) { try plan.accepted() }
    }

    @Test func refusesDuplicateVouchersInTheFileAndInTheDatabase() throws {
        let text = """
            project,category,amount,date,voucher
            JD2021,XC,1,2021-01-01,记-1
            JD2021,XC,2,2021-01-02,记-2
            JD2021,JD,3,2021-01-03,记-1
            LT2021,PX,4,2021-01-03,记-1
            JD2021,XC,5,2021-01-04,记-9
            """
        let stored = VoucherIndex(existing: [(project: "JD2021", year: 2021, voucher: "记-9", id: "abc")])
        let refused = try plan(text, vouchers: stored)
        #expect(
            refused.problems.map(\.description) == [
                "line 4: voucher \"记-1\" is already used in project JD2021 by line 2 "
                    + "(use --allow-duplicate-voucher if both are real)",
                "line 5: fund is missing; project LT2021 has several: BJ, SJ",
                "line 6: voucher \"记-9\" is already used in project JD2021 by expenditure abc "
                    + "(use --allow-duplicate-voucher if both are real)",
            ]
        )
        let allowed = try plan(
            text.replacingOccurrences(of: "LT2021,PX", with: "JD2021,PX").replacingOccurrences(
                of: "JD2021,PX",
                with: "JD2021,JD"
            ),
            vouchers: stored,
            allowDuplicate: true
        )
        #expect(allowed.problems == [])
        #expect(allowed.rows.count == 5)
    }

    @Test func refusesTextUnderAnUnnamedColumn() throws {
        let plan = try plan("project,category,amount,date,\nJD2021,XC,1,2021-01-01,\nJD2021,XC,1,2021-01-01,oops\n")
        #expect(plan.problems.map(\.description) == ["line 3: column 5 has no header but holds \"oops\""])
    }

    @Test func skipsBlankRowsExcelLeaves() throws {
        let plan = try plan("project,category,amount,date\nJD2021,XC,1,2021-01-01\n,,,\n,,,\n")
        #expect(plan.problems == [])
        #expect(plan.recordCount == 1)
    }

    @Test func refusesEmptyFilesAndFilesWithoutRows() throws {
        #expect(try plan("").problems.map(\.description).first?.hasPrefix("the file is empty") == true)
        #expect(
            try plan("project,category,amount,date\n").problems.map(\.description) == [
                "the file has a header but no rows"
            ]
        )
    }

    @Test func saysToSyncFirstOnceWhenNothingWasReceived() throws {
        let plan = ExpenditureImport.plan(
            records: try CSVReader.records(
                text: "project,category,amount,date\nJD2021,XC,1,2021-01-01\nJD2021,XC,1,2021-01-01\n"
            ),
            validator: ExpenditureValidator(reference: ReferenceData(), office: "x"),
            vouchers: VoucherIndex(),
            allowDuplicateVoucher: false,
            makeID: { "x" }
        )
        #expect(
            plan.problems.map(\.description) == [
                "nothing has been received from the district yet: run street sync first"
            ]
        )
    }

    @Test func importsGB18030BytesFromExcel() throws {
        let text = "项目,类别,金额,日期,收款方\r\nJD2021,XC,\"1,000.00\",2021-05-01,伍家岭街道𠮷\r\n"
        let bytes = try #require(text.data(using: TextDecoding.gb18030))
        let records = try CSVReader.records(bytes: Array(bytes))
        let plan = ExpenditureImport.plan(
            records: records,
            validator: validator,
            vouchers: VoucherIndex(),
            allowDuplicateVoucher: false,
            makeID: { "g" }
        )
        #expect(plan.problems == [])
        #expect(plan.rows.first?.payee == "伍家岭街道𠮷")
        #expect(plan.rows.first?.amount == Money(fen: 100_000))
    }
}

@Suite struct ValueImportTests {
    let validator = ValueValidator(reference: Fixtures.reference)

    @Test func importsAndRefusesRepeatedKeys() throws {
        let text = """
            指标,期间,数值,标签,备注
            LT01,2021-06,80.6%,伍家岭站点,
            LT01,2021-06,85.0,沙坪站点,
            LT01,2021-6,81,伍家岭站点,again
            JD09,2021,达成,,
            JD01,2021,十二,,
            """
        let plan = ValueImport.plan(records: try CSVReader.records(text: text), validator: validator)
        #expect(
            plan.problems.map(\.description) == [
                "line 4: indicator LT01 for 2021-06 labelled \"伍家岭站点\" is already on line 2",
                "line 6: value \"十二\" of indicator JD01 is not a number (unit 起); it is a quantitative indicator",
            ]
        )
        #expect(plan.rows.count == 3)
        #expect(plan.rows.map(\.reading) == [.number(80.6), .number(85), .text("达成")])
    }
}
