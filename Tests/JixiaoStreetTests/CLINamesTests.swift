import Foundation
import JixiaoModels
import JixiaoTestSupport
import Testing

/// Names in place of codes (禁毒宣传 for XC), as Excel sheets write them; an ambiguous name is refused with the
/// candidates.
@Suite struct CLINamesTests {
    @Test func importsExpensesWrittenWithNames() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file(
            "names.csv",
            "项目,类别,资金来源,金额,日期\n禁毒办专项,禁毒宣传,本级财政拨款,100,2021-01-02\n蓝天保卫战,臭氧污染防治培训,市级奖补资金,5,2021-02-03\n"
        )
        let result = try cli.run("import", "expenses", file)
        #expect(result.status == 0, "\(result)")
        let rows = try cli.database().expenditures().sorted { $0.date < $1.date }
        #expect(rows.map(\.project) == ["JD2021", "LT2021"])
        #expect(rows.map(\.category) == ["XC", "PX"])
        #expect(rows.map(\.fund) == ["BJ", "SJ"])
        let added = try cli.run(
            "expense",
            "add",
            "--project",
            "禁毒办专项",
            "--category",
            "禁毒 基地运行",
            "--amount",
            "1",
            "--date",
            "2021-03-01"
        )
        #expect(added.status == 0, "\(added)")
        #expect(try cli.database().expenditures().contains { $0.category == "JD" })
    }

    @Test func refusesAnAmbiguousNameWithTheCandidates() throws {
        var reference = Fixtures.reference
        var twin = reference.indicators[0]
        twin.code = "JD02"
        reference.indicators.append(twin)
        let cli = try StreetCLI.seeded(reference: reference)
        let file = try cli.file("values.csv", "指标,期间,数值\n破获毒品刑事案件,2021,5\n空气质量优良率,2021-06,80\n")
        let result = try cli.run("import", "values", file)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                import refused: 1 row is wrong (of 2); nothing was stored
                line 2: indicator "破获毒品刑事案件" names 2 indicators: JD01 (破获毒品刑事案件, project JD2021), JD02 (破获毒品刑事案件, project JD2021); write the code

                """
        )
        let fixed = try cli.file("fixed.csv", "指标,期间,数值\nJD02,2021,5\n空气质量优良率,2021-06,80\n")
        #expect(try cli.run("import", "values", fixed).status == 0)
        #expect(Set(try cli.database().values().map(\.indicator)) == ["JD02", "LT01"])
    }
}
