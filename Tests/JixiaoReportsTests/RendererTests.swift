import Foundation
import JixiaoModels
import Testing

@testable import JixiaoReports

@Suite("Renderers")
struct RendererTests {
    let report = ProjectReport(input: Fixtures.cleanAir())

    @Test func markdown() {
        let text = MarkdownRenderer.render(report)
        for expected in [
            "# 2021年度蓝天办重点项目绩效自评报告", "## 一、项目支出基本情况", "50万元", "49.88418万元", "95.9万元",
            "26.8173万元", "69.0827万元", "76.70148万元", "| 本级财政拨款 | 500,000.00 | 500,000.00 | 498,841.80 |",
            "| 合计 | 1,459,000.00 | 1,459,000.00 | 767,014.80 | 52.57% | 691,985.20 |", "## 二、绩效目标完成情况",
            "### （一）产出指标", "#### 数量指标", "| 办理涉气违法案件 | ≥2500起 | 2900起 | 116.00% | 20 | 20.00 |",
            "| PM2.5平均浓度 | ≤45μg/m³ | 40.5μg/m³ | 111.11% | 20 | 20.00 |", "分项：沙坪站点 85%，伍家岭站点 80.6%",
            "各单位完成：区蓝天办 6000份（50.00%），望麓园街道 4000份（33.33%），伍家岭街道 2000份（16.67%）",
            "按公式 LT06 / LT01 * 100 计算", "## 三、工作亮点", "### 区蓝天办", "空气质量持续稳定。", "## 四、存在问题",
            "工地扬尘管控仍有短板。", "## 五、改进措施", "## 六、自评得分", "| 预算执行率 | 10 | 5.26 |",
            "| 总分 | 100 | 94.76 | 等级：优 |", "## 七、数据说明", "## 附表　项目支出绩效自评表",
            "| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            "|  | 年度资金总额 | 145.9 | 145.9 | 76.70148 | 10 | 52.57% | 5.26 |",
            "|  | 其中：长沙市环境空气质量奖惩资金 | 95.9 | 95.9 | 26.8173 | — | 27.96% | — |",
            "| 总分 |  |  |  |  |  | 100 | 94.76 | 自评等级：优 |",
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
    }

    @Test func csvIsTheSelfEvaluationForm() {
        let text = CSVRenderer.render(report)
        #expect(text.hasPrefix("\u{FEFF}项目支出绩效自评表"))
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("项目名称,2021年度蓝天办重点项目,,,,,,,"))
        #expect(lines.contains(",年度资金总额,145.9,145.9,76.70148,10,52.57%,5.26,"))
        #expect(lines.contains(",其中：本级财政拨款,50,50,49.88418,—,99.77%,—,"))
        #expect(lines.contains("绩效指标,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施"))
        #expect(lines.contains(",产出指标,数量指标,办理涉气违法案件,≥2500起,2900起,20,20.00,伍家岭街道：辖区工地集中整治，案件数高于预期"))
        #expect(lines.contains(",满意度指标,服务对象满意度指标,群众满意度,达成,达成 95%,10,9.50,"))
        #expect(lines.contains("总分,,,,,,100,94.76,自评等级：优"))
        #expect(CSVRenderer.field("a,b") == "\"a,b\"")
        #expect(CSVRenderer.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    }

    @Test func jsonHasEveryFigureWithIntegerFen() throws {
        let text = try JSONRenderer.render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "jixiao-report/1")
        let budget = try #require(object["budget"] as? [String: Any])
        #expect((budget["spent"] as? NSNumber)?.int64Value == 76_701_480)
        #expect(text.contains("\"spent\" : 76701480,"))
        #expect(text.contains("\"initialBudget\" : 145900000,"))
        let funds = try #require(budget["funds"] as? [[String: Any]])
        #expect((funds[1]["balance"] as? NSNumber)?.int64Value == 69_082_700)
        let score = try #require(object["score"] as? [String: Any])
        #expect((score["total"] as? NSNumber)?.doubleValue == 94.76)
        #expect(score["grade"] as? String == "优")
        // Round trip: decoding gives back the same report.
        let decoded = try JSONDecoder().decode(ProjectReport.self, from: Data(text.utf8))
        #expect(decoded == report)
        // Keys are sorted, so the output is stable.
        let keys = text.split(separator: "\n").prefix(12).filter { $0.hasPrefix("  \"") }.map { String($0) }
        #expect(keys == keys.sorted())
        #expect(try JSONRenderer.render(report) == text)
    }

    @Test func htmlIsSelfContained() {
        let text = HTMLRenderer.render(report)
        for expected in [
            "<!DOCTYPE html>", "<meta charset=\"utf-8\">", "@page { size: A4", "<svg", "按支出类别（万元）",
            "按实施单位（万元）", "绩效指标完成率", "76.70148万元", "69.0827万元", "项目支出绩效自评表",
            "<th rowspan=\"4\">项目资金（万元）</th>", "偏差原因分析及改进措施", "自评等级：优",
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(!text.contains("<script"))
        #expect(
            !text.contains("http://") || !text.replacing("http://www.w3.org/2000/svg", with: "").contains("http://")
        )
        #expect(!text.contains("https://"))
    }

    @Test func htmlEscapes() {
        var input = Fixtures.cleanAir()
        input.narratives.append(
            Narrative(
                id: "x",
                office: "wujialing",
                project: "LT2021",
                year: 2021,
                section: .highlights,
                text: "<b>A&B</b>"
            )
        )
        let text = HTMLRenderer.render(ProjectReport(input: input))
        #expect(text.contains("&lt;b&gt;A&amp;B&lt;/b&gt;"))
        #expect(!text.contains("<b>A&B</b>"))
    }

    @Test func formats() throws {
        #expect(ReportFormat(name: "md") == .markdown)
        #expect(ReportFormat(name: "HTML") == .html)
        #expect(ReportFormat(name: "xlsx") == .xlsx)
        #expect(ReportFormat(name: "xls") == nil)
        #expect(ReportFormat(name: "docx") == .docx)
        #expect(ReportFormat(name: "pdf") == .pdf)
        for format in ReportFormat.allCases where format.isText {
            #expect(!(try format.render(report)).isEmpty)
        }
        #expect(try ReportFormat.docx.data(report).starts(with: Array("PK".utf8)))
        #expect(try ReportFormat.xlsx.data(report).starts(with: Array("PK".utf8)))
        #expect(throws: ReportError.self) { try ReportFormat.docx.render(report) }
    }
}
