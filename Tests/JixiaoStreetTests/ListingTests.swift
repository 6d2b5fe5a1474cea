import JixiaoConsole
import JixiaoModels
import JixiaoStreet
import Testing

@Suite struct ListingTests {
    static let expenses = [
        Expenditure(
            id: "0b7c9a52-1111-4222-8333-944455556666",
            office: "wangluyuan",
            project: "JD2021",
            category: "XC",
            fund: "BJ",
            amount: Money(fen: 123_456),
            date: "2021-06-26",
            voucher: "记-1",
            payee: "长沙晚报",
            note: "宣传,\"两行\"\n第二行"
        ),
        Expenditure(
            id: "ffe1d2c3-0000-4000-8000-000000000000",
            office: "wangluyuan",
            project: "LT2021",
            category: "PX",
            fund: "SJ",
            amount: Money(fen: 1_250_000_000),
            date: "2021-07-01"
        ),
    ]

    @Test func expenseTable() throws {
        let text = try ExpenditureListing.render(Self.expenses, format: .table)
        #expect(
            text == """
                id        date        project  category  fund         amount  voucher  payee     note
                --------  ----------  -------  --------  ----  -------------  -------  --------  ------------------
                0b7c9a52  2021-06-26  JD2021   XC        BJ         1,234.56  记-1     长沙晚报  宣传,"两行" 第二行
                ffe1d2c3  2021-07-01  LT2021   PX        SJ    12,500,000.00
                total     2 items                              12,501,234.56

                """
        )
    }

    @Test func expenseCSVAndJSON() throws {
        let csv = try ExpenditureListing.render(Self.expenses, format: .csv)
        #expect(
            csv
                == "id,project,category,fund,amount,date,voucher,payee,note\r\n"
                + "0b7c9a52-1111-4222-8333-944455556666,JD2021,XC,BJ,1234.56,2021-06-26,记-1,长沙晚报,"
                + "\"宣传,\"\"两行\"\"\n第二行\"\r\n"
                + "ffe1d2c3-0000-4000-8000-000000000000,LT2021,PX,SJ,12500000.00,2021-07-01,,,\r\n"
        )
        let json = try ExpenditureListing.render([Self.expenses[1]], format: .json)
        #expect(
            json == """
                [
                  {
                    "amount" : {
                      "fen" : 1250000000,
                      "yuan" : "12500000.00"
                    },
                    "category" : "PX",
                    "date" : "2021-07-01",
                    "fund" : "SJ",
                    "id" : "ffe1d2c3-0000-4000-8000-000000000000",
                    "note" : "",
                    "office" : "wangluyuan",
                    "payee" : "",
                    "project" : "LT2021",
                    "voucher" : ""
                  }
                ]

                """
        )
    }

    static let values = [
        IndicatorValue(
            id: "v1",
            office: "lantianban",
            indicator: "LT01",
            period: .month(2021, 6),
            value: .number(80.6),
            label: "伍家岭站点"
        ),
        IndicatorValue(id: "v2", office: "lantianban", indicator: "JD09", period: .year(2021), value: .text("达成 95%")),
    ]

    @Test func valueTableCSVAndJSON() throws {
        let table = try ValueListing.render(Self.values, format: .table, reference: Fixtures.reference)
        #expect(
            table == """
                indicator  name              period      value  unit  label       note
                ---------  ----------------  -------  --------  ----  ----------  ----
                LT01       空气质量优良率    2021-06      80.6  %     伍家岭站点
                JD09       禁毒工作社会影响  2021     达成 95%

                """
        )
        let csv = try ValueListing.render(Self.values, format: .csv, reference: Fixtures.reference)
        #expect(csv == "indicator,period,value,label,note\r\nLT01,2021-06,80.6,伍家岭站点,\r\nJD09,2021,达成 95%,,\r\n")
        let json = try ValueListing.render(Self.values, format: .json, reference: Fixtures.reference)
        #expect(
            json == """
                [
                  {
                    "id" : "v1",
                    "indicator" : "LT01",
                    "label" : "伍家岭站点",
                    "note" : "",
                    "office" : "lantianban",
                    "period" : "2021-06",
                    "value" : 80.6
                  },
                  {
                    "id" : "v2",
                    "indicator" : "JD09",
                    "label" : "",
                    "note" : "",
                    "office" : "lantianban",
                    "period" : "2021",
                    "value" : "达成 95%"
                  }
                ]

                """
        )
    }

    @Test func referenceTables() throws {
        #expect(ReferenceListing.render(ReferenceData()) == nil)
        let text = try #require(ReferenceListing.render(Fixtures.reference, project: "JD2021"))
        #expect(
            text == """
                projects
                code    year  name        department
                ------  ----  ----------  ----------------------
                JD2021  2021  禁毒办专项  开福区禁毒委员会办公室

                funds
                project  code  name          initial_budget  adjusted_budget
                -------  ----  ------------  --------------  ---------------
                JD2021   BJ    本级财政拨款   12,776,000.00    12,776,000.00

                categories
                project  code  name
                -------  ----  ------------
                JD2021   JD    禁毒基地运行
                JD2021   XC    禁毒宣传

                indicators
                code  project  name              unit  target  direction    frequency
                ----  -------  ----------------  ----  ------  -----------  ---------
                JD01  JD2021   破获毒品刑事案件  起        50  higher ≥     year
                JD09  JD2021   禁毒工作社会影响          显著  qualitative  year

                """
        )
    }

    @Test func noteTable() {
        let notes = [
            Narrative(id: "n2", office: "x", project: "JD2021", year: 2021, section: .problems, text: "问题"),
            Narrative(
                id: "n1",
                office: "x",
                project: "JD2021",
                year: 2021,
                section: .highlights,
                text: "（一）强化工作责任。在区委、区政府的坚强领导下，在上级机关的正确指导下"
            ),
        ]
        let text = NarrativeListing.table(notes)
        #expect(
            text == """
                project  year  section              length  text
                -------  ----  -------------------  ------  ---------------------------------------
                JD2021   2021  highlights 工作亮点      35  （一）强化工作责任。在区委、区政府的坚…
                JD2021   2021  problems 存在问题         2  问题

                """
        )
    }

    @Test func truncatesByDisplayWidth() {
        #expect(DisplayWidth.truncate("禁毒宣传活动", to: 8) == "禁毒宣…")
        #expect(DisplayWidth.truncate("禁毒宣传", to: 8) == "禁毒宣传")
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
    }
}
