import Foundation
import JixiaoModels
import JixiaoSpreadsheet
import JixiaoTestSupport
import Testing

@testable import JixiaoDistrict

/// The plan as a workbook: `district plan export --format xlsx`, `district plan import plan.xlsx`,
/// `district plan template`; every workbook Jixiao writes is read back with openpyxl.
@Suite struct PlanWorkbookTests {
    static func examplePlan() throws -> Plan { try Plan(json: try Data(contentsOf: ExamplePlanTests.path)) }

    @Test func theSeedPlanRoundTripsThroughAWorkbook() throws {
        let plan = try Self.examplePlan()
        let data = try plan.workbook().data()
        let read = try PlanFile(data, name: "plan.xlsx")
        #expect(read.isWorkbook)
        #expect(read.plan == plan)
        // The fixture's formula, 万 budgets with six decimals and a second year-of-project fund survive too.
        let fixture = try Plan(json: Data(PlanFixtures.valid.utf8))
        #expect(try PlanFile(try fixture.workbook().data(), name: "x.bin").plan == fixture)
    }

    @Test func targetsAreWrittenAsFinanceStaffWriteThem() throws {
        let indicators = try Self.examplePlan().indicators
        func text(_ code: String) -> String? {
            indicators.first { $0.code == code }.map(PlanWorkbookLayout.targetText)
        }
        #expect(text("JD01") == "≥50起")
        #expect(text("LT02") == "≤45μg/m³")
        #expect(text("JD56") == "达成")
        let cases: [(String, String, Indicator.Direction?, String)] = [
            ("≥80次", "次", .higher, "80"), ("<= 45 μg/m³", "μg/m³", .lower, "45"), ("100%", "%", nil, "100"),
            ("＝3", "个", .equal, "3"), ("定性", "定性", nil, "定性"),
        ]
        for (text, unit, direction, target) in cases {
            let split = PlanWorkbookLayout.splitTarget(text, unit: unit)
            #expect(split.direction == direction, "\(text)")
            #expect(split.target == target, "\(text)")
        }
    }

    /// Export through the binary, read with openpyxl: headers, budgets in 元 as numbers, 指标值, print setup.
    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "needs python3 with openpyxl"))
    func theExportIsReadByOpenpyxlAndImportsBackUnchanged() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        #expect(try cli.run("plan", "import", ExamplePlanTests.path.path).status == 0)
        let out = cli.folder.appendingPathComponent("plan.xlsx").path
        let noOut = try cli.run("plan", "export", "--format", "xlsx")
        #expect(noOut.status == 64)
        #expect(noOut.stderr.contains("--format xlsx is a binary file: give --out FILE"))
        let exported = try cli.run("plan", "export", "--format", "xlsx", "--out", out)
        #expect(exported.status == 0, "\(exported)")
        #expect(exported.stderr == "wrote \(out)\n")

        let dump = try ExternalTool.python(Self.dump, [out])
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        #expect(sheets["names"] as? [String] == ["说明", "项目", "资金", "类别", "指标", "规则"])
        let projects = try #require(sheets["项目"] as? [[Any?]])
        #expect(projects[0] as? [String] == ["项目代码", "年度", "项目名称", "主管部门", "实施单位", "年度总体目标", "填报单位"])
        #expect(projects[1][0] as? String == "JD2021")
        #expect(projects[1][1] as? Int == 2021)
        let funds = try #require(sheets["资金"] as? [[Any?]])
        #expect(funds[0][3] as? String == "年初预算数（元）")
        #expect(funds[1][0] as? String == "JD2021")
        #expect(funds[1][3] as? Double == 12_776_000)
        let fundFormat = try #require(sheets["资金.D2.format"] as? String)
        #expect(fundFormat == "#,##0.00")
        let indicators = try #require(sheets["指标"] as? [[Any?]])
        #expect(indicators.count == 1 + 80)
        let jd01 = try #require(indicators.first { $0[1] as? String == "JD01" })
        #expect(jd01[2] as? String == "产出指标")
        #expect(jd01[4] as? String == "侦破毒品刑事案件")
        #expect(jd01[5] as? String == "≥50起")
        #expect(jd01[7] as? String == "正向")
        let lt02 = try #require(indicators.first { $0[1] as? String == "LT02" })
        #expect(lt02[5] as? String == "≤45μg/m³")
        #expect(lt02[9] as? String == "平均")
        let jd41 = try #require(indicators.first { $0[1] as? String == "JD41" })
        #expect(jd41[9] as? String == "公式")
        #expect(jd41[10] as? String == "JD40 / JD39 * 100")
        #expect(sheets["指标.printTitleRows"] as? String == "$1:$1")
        #expect(sheets["指标.orientation"] as? String == "landscape")
        #expect(sheets["指标.freeze"] as? String == "A2")
        let validations = try #require(sheets["指标.validations"] as? [[Any]])
        #expect(validations.map { $0[0] as? String } == ["C2:C1001", "D2:D1001", "H2:H1001", "J2:J1001", "M2:M1001"])
        #expect(validations[0][1] as? String == "\"产出指标,效益指标,满意度指标\"")
        #expect(validations[2][1] as? String == "\"正向,反向,等于,定性\"")
        #expect(validations.map { $0[2] as? Bool } == [true, true, true, false, false])
        #expect(sheets["项目"].flatMap { ($0 as? [[Any?]])?[1][1] } as? Int == 2021)

        // Importing the workbook into the same database changes nothing; into a new one, it gives the same plan.
        let again = try cli.run("plan", "import", out)
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout.hasPrefix("plan 2021: no changes"))
        let fresh = try DistrictCLI()
        defer { fresh.remove() }
        #expect(try fresh.run("plan", "import", out).status == 0)
        #expect(try fresh.run("plan", "export").stdout == (try cli.run("plan", "export").stdout))
    }

    /// A workbook made by openpyxl as a clerk would: columns in another order, a 序号 column, a title row, the
    /// project code merged over the rows of a project, budgets as numbers (one stored with a binary floating-point
    /// tail, `1234.5600000000002`, which Excel shows as 1234.56) and 万 text, a percentage cell, Chinese
    /// words for the rules, no 方向 where the 指标值 has a sign.
    static let handMade = """
        import sys, openpyxl
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "说明"
        ws.append(["绩效目标"])
        ws.append(["地区", "开福区"])
        p = wb.create_sheet("项目")
        p.append(["序号", "项目代码", "项目名称", "主管部门", "年度", "年度总体目标", "填报单位"])
        p.append([1, "JD2021", "禁毒项目", "区禁毒办", 2021, "目标", "jinduban，wangluyuan"])
        f = wb.create_sheet("资金")
        f.append(["项目代码", "资金代码", "资金名称", "年初预算数", "全年预算数（元）"])
        f.append(["JD2021", "BJ", "本级财政拨款", 1234.56, "1277.6万"])
        f.append(["JD2021", "SJ", "市级", 0, None])
        f.append(["合 计", None, None, 1234.56, None])
        c = wb.create_sheet("类别")
        c.append(["项目代码", "类别代码", "类别名称"])
        c.append(["JD2021", "XC", "禁毒宣传"])
        i = wb.create_sheet("指标")
        i.append(["年度绩效指标"])
        i.append(["项目代码", "指标代码", "一级指标", "二级指标", "三级指标", "指标值", "单位", "方向", "分值", "合并方式",
                  "计算公式", "填报单位", "填报频率"])
        i.append(["JD2021", "A1", "产出指标", "数量指标", "案件", "≥80次", "次", None, 40, None, None, "jinduban", "季度"])
        i.append([None, "A2", "效益指标", "生态效益指标", "浓度", "≤45μg/m³", "μg/m³", None, 20.5, "平均", None, None, None])
        i.append([None, "A3", "满意度指标", "服务对象满意度指标", "满意度", 1, "%", "正向", 19.5, "最小", None, None, None])
        i["F5"].number_format = "0%"
        i.append([None, "A4", "效益指标", "可持续影响指标", "机制", "定性", "定性", None, 10, "最新", None, None, None])
        i.append([None, "A5", "产出指标", "质量指标", "比率", 100, "%", "等于", 0, None, "A1 / A3", None, None])
        i.merge_cells("A3:A7")
        wb.save(sys.argv[1])
        # openpyxl writes 1234.56; Excel may store the full 17 digits of a computed double.
        import zipfile
        with zipfile.ZipFile(sys.argv[1]) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        parts["xl/worksheets/sheet3.xml"] = parts["xl/worksheets/sheet3.xml"].replace(
            b"<v>1234.56</v>", b"<v>1234.5600000000002</v>")
        with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in parts.items():
                z.writestr(n, data)
        """

    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "needs python3 with openpyxl"))
    func importsAWorkbookMadeByOpenpyxl() throws {
        let folder = TemporaryFolder()
        let file = folder.file("手写.xlsx")
        _ = try ExternalTool.python(Self.handMade, [file])
        let read = try PlanFile(try Data(contentsOf: URL(fileURLWithPath: file)), name: "手写.xlsx")
        #expect(read.notes == ["资金!A4: the 合 计 row is ignored (totals are not part of the plan)"])
        let plan = read.plan
        #expect(plan.district == "开福区")
        #expect(plan.year == 2021)
        let project = try #require(plan.projects.first)
        #expect(project.project.offices == ["jinduban", "wangluyuan"])
        #expect(project.funds.map(\.initialBudget) == [Money(fen: 123_456), .zero])
        #expect(project.funds.map(\.adjustedBudget) == [Money(fen: 12_776_000_00), .zero])
        #expect(project.categories.map(\.name) == ["禁毒宣传"])
        let indicators = project.indicators
        #expect(indicators.map(\.code) == ["A1", "A2", "A3", "A4", "A5"])
        #expect(indicators.map(\.direction) == [.higher, .lower, .higher, .qualitative, .equal])
        #expect(indicators.map(\.target) == ["80", "45", "100", "达成", "100"])
        #expect(indicators.map(\.weight) == [40, 20.5, 19.5, 10, 0])
        #expect(indicators.map(\.aggregation) == [.sum, .mean, .min, .latest, .formula("A1 / A3")])
        #expect(indicators.map(\.frequency) == [.quarter, .year, .year, .year, .year])
        #expect(indicators[0].reporters == ["jinduban"])
        #expect(indicators.allSatisfy { $0.project == "JD2021" })
    }

    /// Bad cells are reported with their sheet and cell, all of them, through the binary.
    static let broken = """
        import sys, openpyxl
        wb = openpyxl.Workbook()
        p = wb.active
        p.title = "项目"
        p.append(["项目代码", "年度", "项目名称", "主管部门"])
        p.append(["JD2021", 2021, "禁毒项目", "区禁毒办"])
        f = wb.create_sheet("资金")
        f.append(["项目代码", "资金代码", "资金名称", "年初预算数"])
        f.append(["JD2021", "BJ", "本级", "95,9万"])
        f.append(["LT2021", "SJ", "市级", 1])
        f.append(["JD2021", "SJ", "市级", 0.001])
        c = wb.create_sheet("类别")
        c.append(["项目代码", "类别代码", "类别名称", "备用"])
        c.append(["JD2021", "XC", "宣传"])
        i = wb.create_sheet("指标")
        i.append(["项目代码", "指标代码", "一级指标", "二级指标", "三级指标", "指标值", "单位", "方向", "分值"])
        i.append(["JD2021", "A1", "产出指标", "数量指标", "案件", "≥80次", "次", "反向", 45])
        i.append(["JD2021", "A2", "产出指标", "数量指标", "人数", "五十", "人", "正向", "abc"])
        i.append(["JD2021", "A3", "产出指标", "数量指标", "场次", "≥3场", None, None, 45])
        wb.save(sys.argv[1])
        """

    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "needs python3 with openpyxl"))
    func badCellsAreNamedBySheetAndCell() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let file = cli.folder.appendingPathComponent("plan.xlsx").path
        _ = try ExternalTool.python(Self.broken, [file])
        let result = try cli.run("plan", "import", file)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "plan.xlsx: 类别!D1: unknown column \"备用\" (columns: 项目代码, 类别代码, 类别名称)")
        #expect(lines.contains("plan.xlsx: 资金!A3: 项目代码 \"LT2021\" is not a project of sheet 项目"))
        #expect(lines.contains("plan.xlsx: 指标!F2: 指标值 \"≥80次\" says 正向 but 方向 is 反向; make them agree"))
        #expect(
            lines.contains { $0.hasPrefix("plan.xlsx: 资金!D2: 年初预算数 is not money: amount \"95,9万\"") },
            "\(lines)"
        )
        #expect(lines.contains { $0.hasPrefix("plan.xlsx: 指标!F3: 指标值 \"五十\" is not a number") }, "\(lines)")
        #expect(
            lines.contains {
                $0.hasPrefix("plan.xlsx: 资金!D4: 年初预算数 is not money: amount \"0.001\" has more than two decimals")
            },
            "\(lines)"
        )
        #expect(lines.contains("plan.xlsx: 指标!I3: 分值 \"abc\" is not a number"), "\(lines)")
        #expect(lines.contains("plan.xlsx: 指标!G4: 单位 is missing"), "\(lines)")
        #expect(lines.last?.hasPrefix("plan.xlsx: the plan has ") == true)
        #expect(try cli.database().reference().projects.isEmpty)
    }

    /// The template opens in openpyxl with its instructions and headers, and imports as a clean refusal.
    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "needs python3 with openpyxl"))
    func theTemplateOpensAndIsRefusedUntilFilledIn() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let out = cli.folder.appendingPathComponent("template.xlsx").path
        let written = try cli.run("plan", "template", "--out", out)
        #expect(written.status == 0, "\(written)")
        #expect(try cli.run("plan", "template", "--out", out).stderr.contains("already exists"))
        let dump = try ExternalTool.python(Self.dump, [out])
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        #expect(sheets["names"] as? [String] == ["说明", "项目", "资金", "类别", "指标", "规则"])
        let instructions = try #require(sheets["说明"] as? [[Any?]])
        #expect(instructions[1][0] as? String == "地区")
        #expect(instructions.count > 5)
        let headers = try #require((sheets["指标"] as? [[Any?]])?.first as? [String])
        #expect(headers == PlanWorkbookLayout.indicators.columns.map(\.header))
        // Formatted rows, but no values below the headers.
        let funds = try #require(sheets["资金"] as? [[Any?]])
        #expect(funds.count == 1 + Plan.templateRows)
        #expect(funds.dropFirst().allSatisfy { $0.allSatisfy { $0 is NSNull } })
        #expect(sheets["资金.D2.format"] as? String == "#,##0.00")
        #expect(sheets["项目.D2.format"] as? String == "@")

        let refused = try cli.run("plan", "import", out)
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "template.xlsx: 项目: the sheet has no projects: a plan needs at least one (one row per project below the header)\n"
                + "template.xlsx: the plan has 1 problem; nothing was imported\n"
        )
    }

    /// LibreOffice opens the export and saves it again (its own cell storage, styles and strings); that file
    /// imports as the same plan.
    @Test(.enabled(if: ExternalTool.hasSoffice, "needs LibreOffice (apt-get install libreoffice-calc)"))
    func theExportResavedByLibreOfficeImportsUnchanged() throws {
        let soffice = try #require(ExternalTool.soffice)
        let folder = TemporaryFolder()
        let ours = folder.file("plan.xlsx")
        let plan = try Self.examplePlan()
        try plan.workbook().write(to: URL(fileURLWithPath: ours))
        let out = folder.file("resaved")
        let result = try soffice.run(
            [
                "-env:UserInstallation=file://\(folder.file("profile"))", "--headless", "--convert-to",
                "xlsx:Calc MS Excel 2007 XML", "--outdir", out, ours,
            ],
            environment: ["HOME": folder.path]
        )
        try #require(result.status == 0, "\(result)")
        let resaved = try Data(contentsOf: URL(fileURLWithPath: out + "/plan.xlsx"))
        #expect(resaved != (try Data(contentsOf: URL(fileURLWithPath: ours))))
        #expect(try PlanFile(resaved, name: "plan.xlsx").plan == plan)
    }

    /// Two projects with the 年度 of argv[2] and argv[3], and nothing else the plan needs.
    static let twoYears = """
        import sys, openpyxl
        def year(text):
            return int(text) if text.isdigit() else text
        wb = openpyxl.Workbook()
        p = wb.active
        p.title = "项目"
        p.append(["项目代码", "年度", "项目名称", "主管部门"])
        p.append(["JD2021", year(sys.argv[2]), "禁毒项目", "区禁毒办"])
        p.append(["LT2021", year(sys.argv[3]), "蓝天项目", "蓝天办"])
        for name, header in [("资金", "资金代码"), ("类别", "类别代码"), ("指标", "指标代码")]:
            wb.create_sheet(name).append(["项目代码", header])
        wb.save(sys.argv[1])
        """

    /// The plan's year is the first project's 年度: a bad one is named once, at its cell; another project's
    /// different 年度 at its own.
    @Test(
        .enabled(if: ExternalTool.hasOpenpyxl, "needs python3 with openpyxl"),
        arguments: [
            ("二〇二一", "2021", "项目!B2: 年度 \"二〇二一\" is not a number"),
            ("2021", "2022", "项目!B3: 年度 2022 differs from the plan's year 2021; a plan holds one year"),
        ]
    )
    func theYearIsNamedAtItsCell(first: String, second: String, expected: String) throws {
        let folder = TemporaryFolder()
        let file = folder.file("year.xlsx")
        _ = try ExternalTool.python(Self.twoYears, [file, first, second])
        let refused = #expect(throws: DistrictError.self) {
            try PlanFile(try Data(contentsOf: URL(fileURLWithPath: file)), name: "year.xlsx")
        }
        let problems = refused?.problems.map(\.description) ?? []
        #expect(problems.filter { $0 == expected }.count == 1, "\(problems)")
    }

    /// Next year's workbook with this year's codes imports beside this year's plan (codes are unique within a year).
    @Test func anotherYearWithTheSameCodesImports() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        #expect(try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8))).status == 0)
        let before = try cli.database().reference(year: 2021)
        var next = try Plan(json: Data(PlanFixtures.valid.utf8))
        next.year = 2022
        for index in next.projects.indices { next.projects[index].project.year = 2022 }
        let file = try cli.file("next.xlsx", try next.workbook().data())
        let result = try cli.run("plan", "import", file)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try cli.database().reference(year: 2022).projects.map(\.code) == before.projects.map(\.code))
        #expect(try cli.database().reference(year: 2022).indicators.count == before.indicators.count)
        #expect(try cli.database().reference(year: 2021) == before)
    }

    /// The template filled in with openpyxl, in its formatted rows, imports as it is.
    @Test(.enabled(if: ExternalTool.hasOpenpyxl, "needs python3 with openpyxl"))
    func theTemplateFilledInImports() throws {
        let cli = try DistrictCLI()
        defer { cli.remove() }
        let file = cli.folder.appendingPathComponent("filled.xlsx").path
        #expect(try cli.run("plan", "template", "--out", file).status == 0)
        _ = try ExternalTool.python(
            """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            wb["说明"]["B2"] = "开福区"
            for cell, value in zip("ABCDEFG", ["JD2021", "2021", "禁毒项目", "区禁毒办", "", "全年目标", "jinduban"]):
                wb["项目"][cell + "2"] = value or None
            for cell, value in zip("ABCDE", ["JD2021", "BJ", "本级财政拨款", 12776000, None]):
                wb["资金"][cell + "2"] = value
            for cell, value in zip("ABC", ["JD2021", "XC", "禁毒宣传"]):
                wb["类别"][cell + "2"] = value
            row = ["JD2021", "JD01", "产出指标", "数量指标", "侦破毒品刑事案件", "≥50起", "起", "正向", 90, "求和", None,
                   "jinduban", "季度"]
            for cell, value in zip("ABCDEFGHIJKLM", row):
                wb["指标"][cell + "2"] = value
            wb.save(sys.argv[1])
            """,
            [file]
        )
        let result = try cli.run("plan", "import", file)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasSuffix("plan 2021: 4 created, 0 updated, 0 removed, 0 unchanged\n"), "\(result)")
        let stored = try cli.database().reference(year: 2021)
        #expect(stored.funds(of: "JD2021", year: 2021).map(\.adjustedBudget) == [Money(fen: 1_277_600_000)])
        #expect(stored.indicator("JD01", year: 2021)?.frequency == .quarter)
    }

    @Test func notAWorkbookIsRefusedCleanly() throws {
        let refused = #expect(throws: DistrictError.self) {
            try PlanFile(Data("PK\u{3}\u{4}broken".utf8), name: "plan.json")
        }
        #expect(refused?.code == .invalidInput)
        #expect(refused?.message.hasPrefix("the plan workbook cannot be read: ") == true)
    }

    /// Every sheet's rows (values, `None` for empty) and, for the sheets that have them, print titles, orientation,
    /// freeze panes and the number format of D2.
    static let dump = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"names": wb.sheetnames}
        for ws in wb.worksheets:
            out[ws.title] = [list(r) for r in ws.iter_rows(values_only=True)]
            out[ws.title + ".printTitleRows"] = ws.print_title_rows
            out[ws.title + ".orientation"] = ws.page_setup.orientation
            out[ws.title + ".freeze"] = ws.freeze_panes
            out[ws.title + ".D2.format"] = ws["D2"].number_format
            out[ws.title + ".validations"] = sorted(
                [str(dv.sqref), dv.formula1, dv.showErrorMessage] for dv in ws.data_validations.dataValidation)
        print(json.dumps(out, ensure_ascii=False))
        """
}
