import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoTestSupport
import Testing

/// The plan workbook's 规则 sheet, filled in with openpyxl (an independent writer): its rules import, and a bad one
/// is refused naming its cell.
@Suite struct RuleWorkbookTests {
    static func filled(_ cli: DistrictCLI, rules: [String]) throws -> String {
        let file = cli.folder.appendingPathComponent("filled.xlsx").path
        #expect(try cli.run("plan", "template", "--out", file).status == 0)
        _ = try ExternalTool.python(
            """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            for cell, value in zip("ABCDEFG", ["JD2021", "2021", "禁毒项目", "区禁毒办", "", "全年目标", "jinduban"]):
                wb["项目"][cell + "2"] = value or None
            for cell, value in zip("ABCDE", ["JD2021", "BJ", "本级财政拨款", 12776000, None]):
                wb["资金"][cell + "2"] = value
            for cell, value in zip("ABC", ["JD2021", "XC", "禁毒宣传"]):
                wb["类别"][cell + "2"] = value
            for r, (code, weight) in enumerate([("JD02", 45), ("JD03", 45)]):
                row = ["JD2021", code, "产出指标", "数量指标", "人数" + code, "≥50人", "人", "正向", weight, "求和", None,
                       "jinduban", "季度"]
                for cell, value in zip("ABCDEFGHIJKLM", row):
                    wb["指标"][cell + str(r + 2)] = value
            for r, rule in enumerate(sys.argv[2:]):
                wb["规则"]["A" + str(r + 2)] = "JD2021"
                wb["规则"]["B" + str(r + 2)] = rule
            wb.save(sys.argv[1])
            """,
            [file] + rules
        )
        return file
    }

    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "needs python3 with openpyxl"))
    func rulesOnTheSheetImport() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let file = try Self.filled(cli, rules: ["JD03 <= JD02", "spending.XC <= budget"])
        let result = try cli.run("plan", "import", file)
        #expect(result.status == 0, "\(result)")
        #expect(
            try cli.database().reference(year: 2021).project("JD2021", year: 2021)?.rules == [
                "JD03 <= JD02", "spending.XC <= budget",
            ]
        )
    }

    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "needs python3 with openpyxl"))
    func aBadRuleIsRefusedAtItsCell() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let file = try Self.filled(cli, rules: ["JD03 <= JD02", "JD03 <= JD93"])
        let result = try cli.run("plan", "import", file)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "filled.xlsx: 规则!B3: 规则 \"JD03 <= JD93\" names JD93, which is not an indicator of project JD2021 (nor spending, spending.CATEGORY, budget or budget.FUND)\n"
            ),
            "\(result.stderr)"
        )
    }
}
