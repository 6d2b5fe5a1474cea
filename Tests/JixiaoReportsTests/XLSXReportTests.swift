import Foundation
import JixiaoModels
import JixiaoTestSupport
import Testing

@testable import JixiaoReports

/// `district report --format xlsx`: the 自评表 and the budget tables, read back with openpyxl.
@Suite
struct XLSXReportTests {
    /// What openpyxl reads: sheet names, each sheet's values by cell, merges, print setup, widths, a few styles.
    static let dump = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"names": wb.sheetnames}
        for ws in wb.worksheets:
            cells = {}
            borders = {}
            right = {}
            bold = {}
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        cells[c.coordinate] = c.value
                        bold[c.coordinate] = bool(c.font.b)
                    borders[c.coordinate] = c.border.left.style
                    right[c.coordinate] = c.border.right.style
            out[ws.title] = {
                "cells": cells, "borders": borders, "right": right, "bold": bold,
                "merges": sorted(str(r) for r in ws.merged_cells.ranges),
                "printTitleRows": ws.print_title_rows,
                "orientation": ws.page_setup.orientation,
                "paperSize": ws.page_setup.paperSize,
                "fitToWidth": ws.page_setup.fitToWidth,
                "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
                "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
                "formats": {k: ws[k].number_format for k in cells},
                "titleSize": ws["A1"].font.sz,
                "heights": {str(r): d.height for r, d in ws.row_dimensions.items() if d.height},
            }
        print(json.dumps(out, ensure_ascii=False))
        """

    struct Sheet {
        var cells: [String: Any]
        var raw: [String: Any]
        subscript(_ reference: String) -> Any? { cells[reference] }
        var merges: [String] { raw["merges"] as? [String] ?? [] }
        /// The row whose column A holds `text`.
        func row(startingWith text: String) -> Int? {
            cells.first { $0.key.hasPrefix("A") && $0.value as? String == text }.flatMap { Int($0.key.dropFirst()) }
        }
    }

    static func read(_ data: Data) throws -> (names: [String], sheets: [String: Sheet]) {
        let folder = TemporaryFolder()
        let path = folder.file("report.xlsx")
        try data.write(to: URL(fileURLWithPath: path))
        let output = try JixiaoTestSupport.ExternalTool.python(dump, [path])
        let top = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        var sheets: [String: Sheet] = [:]
        for (name, value) in top where name != "names" {
            let raw = try #require(value as? [String: Any])
            sheets[name] = Sheet(cells: raw["cells"] as? [String: Any] ?? [:], raw: raw)
        }
        return (top["names"] as? [String] ?? [], sheets)
    }

    /// The sheet names of a workbook as openpyxl reads them; `nil` without openpyxl (after printing why).
    static func sheetNames(_ data: Data) throws -> [String]? {
        guard JixiaoTestSupport.ExternalTool.hasOpenpyxl else { return nil }
        return try read(data).names
    }

    @Test(.enabled(if: ExampleData.available && JixiaoTestSupport.ExternalTool.hasOpenpyxl, "needs openpyxl"))
    func theFormHasTheStandardLayout() throws {
        let report = ProjectReport(input: try ExampleData.input(project: "LT2021"))
        let (names, sheets) = try Self.read(try XLSXRenderer.render(report))
        #expect(names == ["自评表", "资金", "类别", "单位", "资金与类别"])
        let form = try #require(sheets["自评表"])
        let offset = report.draft == nil ? 0 : 1
        #expect(form["A\(1 + offset)"] as? String == "项目支出绩效自评表")
        #expect(form["A\(2 + offset)"] as? String == "（2021年度）")
        if offset == 0 { #expect(form.raw["titleSize"] as? Double == 16) }
        let nameRow = try #require(form.row(startingWith: "项目名称"))
        #expect(form["B\(nameRow)"] as? String == report.project.name)
        #expect(form.merges.contains("B\(nameRow):I\(nameRow)"))
        #expect(form.merges.contains("A1:I1"))
        // 项目资金（万元） spans the header, the total and one row per fund.
        let fundsRow = try #require(form.row(startingWith: "项目资金（万元）"))
        #expect(form.merges.contains("A\(fundsRow):A\(fundsRow + 1 + report.budget.funds.count)"))
        #expect(form["D\(fundsRow)"] as? String == "年初预算数")
        #expect(form["C\(fundsRow + 1)"] == nil)
        #expect(form["B\(fundsRow + 1)"] as? String == "年度资金总额")
        #expect(form["D\(fundsRow + 1)"] as? Double == Double(report.budget.initialBudget.formattedWanNumber()))
        #expect(form["E\(fundsRow + 1)"] as? Double == Double(report.budget.adjustedBudget.formattedWanNumber()))
        #expect(form["B\(fundsRow + 2)"] as? String == "其中：\(report.budget.funds[0].name)")
        let rate = try #require(form["H\(fundsRow + 1)"] as? Double)
        #expect(abs(rate - 0.5257) < 1e-9)
        #expect((form.raw["formats"] as? [String: String])?["H\(fundsRow + 1)"] == "0.00%")
        // 年度总体目标 wraps in merged cells: its row is given the height of its lines.
        let goalRow = try #require(form.row(startingWith: "年度总体目标")) + 1
        let heights = try #require(form.raw["heights"] as? [String: Double])
        #expect((heights["\(goalRow)"] ?? 0) > 40, "\(heights)")
        #expect(heights["\(nameRow)"] == nil)
        // The indicators' header is the print title; every indicator has a row; the total closes the form.
        let headerRow = try #require(form.row(startingWith: "绩效指标"))
        #expect(form.raw["printTitleRows"] as? String == "$\(headerRow):$\(headerRow)")
        #expect(form["B\(headerRow)"] as? String == "一级指标")
        #expect(form.merges.contains("A\(headerRow + 1):A\(headerRow + report.indicators.count)"))
        let totalRow = try #require(form.row(startingWith: "总分"))
        #expect(totalRow == headerRow + report.indicators.count + 1)
        #expect(form.merges.contains("A\(totalRow):F\(totalRow)"))
        #expect(form["G\(totalRow)"] as? Int == 100)
        #expect(form["I\(totalRow)"] as? String == "自评等级：\(report.score.grade.rawValue)")
        let lt02 = try #require(form.cells.first { $0.value as? String == "PM2.5年均浓度" }?.key)
        #expect(lt02.hasPrefix("D"))
        #expect(form["E\(lt02.dropFirst())"] as? String == "≤45μg/m³")
        // Borders on every cell of the form, merged areas included; bold headers.
        let borders = try #require(form.raw["borders"] as? [String: Any])
        let right = try #require(form.raw["right"] as? [String: Any])
        #expect(borders["B\(nameRow)"] as? String == "thin")
        #expect(right["I\(nameRow)"] as? String == "thin")
        #expect(borders["I\(totalRow)"] as? String == "thin")
        #expect(borders["A\(fundsRow + 2)"] as? String == "thin")
        #expect((form.raw["bold"] as? [String: Bool])?["A\(nameRow)"] == true)
        // A4 landscape, one page wide, nine columns with widths.
        #expect(form.raw["orientation"] as? String == "landscape")
        #expect(form.raw["paperSize"] as? Int == 9)
        #expect(form.raw["fitToWidth"] as? Int == 1)
        #expect(form.raw["fitToPage"] as? Bool == true)
        #expect(
            (form.raw["widths"] as? [String: Double])?.keys.sorted() == ["A", "B", "C", "D", "E", "F", "G", "H", "I"]
        )
    }

    @Test(.enabled(if: ExampleData.available && JixiaoTestSupport.ExternalTool.hasOpenpyxl, "needs openpyxl"))
    func theBudgetTablesHoldAmountsInYuan() throws {
        let report = ProjectReport(input: try ExampleData.input(project: "LT2021"))
        let budget = report.budget
        let (_, sheets) = try Self.read(try XLSXRenderer.render(report))
        let funds = try #require(sheets["资金"])
        #expect(funds["A2"] as? String == "资金代码")
        #expect(funds["C2"] as? String == "年初预算数（元）")
        #expect(funds["A3"] as? String == budget.funds[0].code)
        #expect(funds["C3"] as? Double == Double(budget.funds[0].initialBudget.formattedYuan(grouping: false)))
        let total = 3 + budget.funds.count
        #expect(funds["A\(total)"] as? String == "合计")
        #expect(funds["E\(total)"] as? Double == Double(budget.spent.formattedYuan(grouping: false)))
        #expect((funds.raw["formats"] as? [String: String])?["C3"] == "#,##0.00")
        #expect(funds.raw["printTitleRows"] as? String == "$2:$2")

        let categories = try #require(sheets["类别"])
        #expect(categories["B3"] as? String == budget.categories[0].name)
        #expect(categories["E\(3 + budget.categories.count)"] as? Int == budget.expenditureCount)
        let offices = try #require(sheets["单位"])
        #expect(offices["A3"] as? String == budget.offices[0].code)
        let spentByOffices = budget.offices.map(\.spent).reduce(Money.zero, +)
        #expect(spentByOffices == budget.spent)
        let mixed = try #require(sheets["资金与类别"])
        #expect(mixed["B2"] as? String == budget.categories[0].name)
        #expect(mixed["A3"] as? String == budget.fundCategories[0].name)
    }

    /// LibreOffice prints the workbook as its print setup says: A4 landscape, the form one page wide with the
    /// indicators' header on every page, every sheet after it.
    @Test(
        .enabled(
            if: ExampleData.available && ExternalTool.soffice != nil && ExternalTool.pdfinfo != nil
                && ExternalTool.pdftotext != nil,
            "needs LibreOffice and poppler-utils (scripts/test.sh installs them)"
        )
    )
    func libreOfficePrintsItOnA4Landscape() throws {
        let soffice = try #require(ExternalTool.soffice)
        let pdfinfo = try #require(ExternalTool.pdfinfo)
        let folder = TemporaryFolder()
        let path = folder.file("JD2021.xlsx")
        let report = ProjectReport(input: try ExampleData.input(project: "JD2021"))
        try XLSXRenderer.render(report).write(to: URL(fileURLWithPath: path))
        let converted = try ExternalTool.run(
            soffice,
            [
                "-env:UserInstallation=file://\(folder.file("profile"))", "--headless", "--convert-to", "pdf",
                "--outdir", folder.path, path,
            ],
            home: folder.path
        )
        try #require(converted.status == 0, "\(converted.stderr)")
        let pdf = folder.file("JD2021.pdf")
        let info = try ExternalTool.run(pdfinfo, [pdf]).stdout
        #expect(info.contains("841.89 x 595.") || info.contains("842 x 595"), "\(info)")
        let pages = try ExternalTool.pages(ofPDF: pdf)
        // JD2021's 58 indicators take more than one page; each page of the form starts with the header row.
        let formPages = pages.filter { $0.contains("三级指标") }
        #expect(formPages.count >= 2, "\(pages.count) pages")
        #expect(pages.first?.contains("项目支出绩效自评表") == true)
        #expect(pages.contains { $0.contains("项目资金执行情况（按资金来源）") })
        #expect(pages.contains { $0.contains("项目支出情况（按填报单位）") })
    }

    @Test(.enabled(if: JixiaoTestSupport.ExternalTool.hasOpenpyxl, "needs openpyxl"))
    func aDraftSaysSoAboveTheForm() throws {
        let input = Fixtures.cleanAir()
        let report = ProjectReport(input: input)
        let (_, sheets) = try Self.read(try XLSXRenderer.render(report))
        let form = try #require(sheets["自评表"])
        if let draft = report.draft {
            #expect(form["A1"] as? String == draft.text)
            #expect(form["A2"] as? String == "项目支出绩效自评表")
        } else {
            #expect(form["A1"] as? String == "项目支出绩效自评表")
        }
        #expect(ReportFormat(name: "xlsx") == .xlsx)
        #expect(!ReportFormat.xlsx.isText)
        #expect(throws: ReportError.self) { try ReportFormat.xlsx.render(report) }
    }
}
