import Foundation
import JixiaoModels
import Testing

@testable import JixiaoReports

/// The fixes a finance officer asked for (issue 15), each on the clean-air fixture or the kaifu-2021 example.
@Suite("Report fixes")
struct ReportFixesTests {
    let report = ProjectReport(input: Fixtures.cleanAir())

    @Test func categoryAndOfficeTablesHaveTotals() {
        #expect(report.categoryTable.rows.last == ["合计", "767,014.80", "59", "100.00%"])
        #expect(report.officeTable.rows.last == ["合计", "767,014.80", "59", "100.00%"])
        let markdown = MarkdownRenderer.render(report)
        #expect(markdown.components(separatedBy: "| 合计 | 767,014.80 | 59 | 100.00% |").count - 1 == 2)
        #expect(
            HTMLRenderer.render(report).contains("<tr class=\"total\"><td>合计</td><td class=\"num\">767,014.80</td>")
        )
    }

    @Test func fundByCategoryShowsWhatEachFundPaidFor() {
        let table = report.fundCategoryTable
        #expect(table.header == ["支出类别＼资金来源（元）", "本级财政拨款", "长沙市环境空气质量奖惩资金", "合计"])
        // The city fund paid for publicity and the offices' funds only, nothing for training or inspections.
        #expect(table.rows[0] == ["臭氧污染防治培训", "300,000.00", "0.00", "300,000.00"])
        #expect(table.rows[1] == ["大气污染防治宣传", "128,841.80", "168,173.00", "297,014.80"])
        #expect(table.rows[2] == ["夜间督查巡查", "70,000.00", "0.00", "70,000.00"])
        #expect(table.rows[3] == ["社区蓝天保卫工作经费", "0.00", "100,000.00", "100,000.00"])
        #expect(table.rows.last == ["合计", "498,841.80", "268,173.00", "767,014.80"])
        for row in report.budget.fundCategories {
            #expect(row.amounts.reduce(Money.zero, +) == row.total)
        }
        #expect(MarkdownRenderer.render(report).contains("| 社区蓝天保卫工作经费 | 0.00 | 100,000.00 | 100,000.00 |"))
    }

    @Test func labelsInChineseOrder() {
        var input = Fixtures.cleanAir()
        input.values.removeAll { $0.indicator == "LT03" }
        for (label, number) in [("其他垃圾", 5.0), ("厨余垃圾", 3.0), ("有害垃圾", 1.0), ("可回收物", 2.0)] {
            input.values.append(Fixtures.value("lantianban", "LT03", number, label: label))
        }
        let labels = ProjectReport(input: input).indicators.first { $0.code == "LT03" }?.labels.map(\.label)
        #expect(labels == ["厨余垃圾", "可回收物", "其他垃圾", "有害垃圾"])
        #expect(ReportText.chineseOrder("厨余垃圾", "其他垃圾"))
        #expect(!ReportText.chineseOrder("其他垃圾", "厨余垃圾"))
    }

    @Test func zeroWeightInputsAreNotCountedAsUnmet() throws {
        var input = Fixtures.cleanAir()
        // LT06 (办结涉气违法案件, weight 0, an input of LT05's formula) misses its target.
        input.indicators = input.indicators.map { indicator in
            var indicator = indicator
            if indicator.code == "LT06" { indicator.target = "3000" }
            return indicator
        }
        let report = ProjectReport(input: input)
        #expect(report.indicators.first { $0.code == "LT06" }?.score.met == false)
        let unmet = report.indicators.filter { $0.weight > 0 && $0.score.met == false }.count
        #expect(report.goalAchievement.contains("（其中1项分值为0，仅用于计算，不计达到与否）"))
        #expect(report.goalAchievement.contains("未达到\(unmet)项"))
        // The seed's JD2021: 58 indicators, two of them the zero-weight inputs of 筛查完成率.
        guard ExampleData.available else { return }
        let example = ProjectReport(input: try ExampleData.input(project: "JD2021"))
        #expect(example.goalAchievement.contains("设置绩效指标58项（其中2项分值为0，仅用于计算，不计达到与否），达到年度指标值55项，未达到1项"))
    }

    @Test func gradesSayWhoGaveThem() {
        var input = Fixtures.cleanAir()
        input.indicators = input.indicators.map { indicator in
            var indicator = indicator
            if indicator.code == "LT07" { indicator.reporters = ["lantianban", "wangluyuan", "wujialing"] }
            return indicator
        }
        for (office, grade) in [("wangluyuan", "良"), ("wujialing", "达成 95%")] {
            input.values.append(
                IndicatorValue(
                    id: "q-\(office)",
                    office: office,
                    indicator: "LT07",
                    period: .year(2021),
                    value: .text(grade)
                )
            )
        }
        let indicator = ProjectReport(input: input).indicators.first { $0.code == "LT07" }
        #expect(indicator?.actualText == "达成 95%（区蓝天办、伍家岭街道）；良（望麓园街道）")
        // One office, or all offices agreeing: the grade alone, as before.
        #expect(report.indicators.first { $0.code == "LT07" }?.actualText == "达成 95%")
    }

    @Test func chartLabelsAreRoundedAndDistinct() throws {
        #expect(SVGBarChart.wan(Money(fen: 29_359_151)) == "29.36万元")
        #expect(SVGBarChart.wan(Money(fen: 399_866_469)) == "399.87万元")
        #expect(SVGBarChart.wan(Money(fen: 120_000_000)) == "120万元")
        // Cut to 13 characters both would read 街道禁毒工作经费使用情况统…
        let long = ["街道禁毒工作经费使用情况统计（第一季度）", "街道禁毒工作经费使用情况统计（第二季度）", "短名", "短名"]
        #expect(SVGBarChart.shortened(long[0]) == SVGBarChart.shortened(long[1]))
        let labels = SVGBarChart.distinctLabels(long)
        #expect(labels == ["街道禁毒工作经费使…一季度）", "街道禁毒工作经费使…二季度）", "短名", "短名（2）"])
        #expect(labels.allSatisfy { $0.count <= 15 })
        guard ExampleData.available else { return }
        let html = HTMLRenderer.render(ProjectReport(input: try ExampleData.input(project: "JD2021")))
        // 望麓园街道 spent 293,591.51元: the chart says 29.36万元, not 29.359151万元.
        #expect(html.contains(">29.36万元</text>"))
        #expect(!html.contains(">29.359151万元</text>"))
        let chart = try #require(html.components(separatedBy: "绩效指标完成率").last)
        let shown = chart.components(separatedBy: "class=\"chart-label\">").dropFirst().compactMap {
            $0.components(separatedBy: "</text>").first?.components(separatedBy: "</title>").last
        }
        #expect(shown.count > 40)
        #expect(Set(shown).count == shown.count, "identical labels in the completion chart")
        #expect(shown.filter { $0.hasSuffix("（2）") }.isEmpty, "labels told apart by a number only: \(shown)")
    }

    @Test func syncsInTheSameMinuteReadAsOneTime() {
        var input = Fixtures.cleanAir()
        let minute = Date(timeIntervalSince1970: 1_641_710_040)  // 2022-01-09 14:34:00 Beijing time
        input.offices = input.offices.enumerated().map { index, status in
            var status = status
            if status.lastSyncAt != nil { status.lastSyncAt = minute.addingTimeInterval(Double(index * 17)) }
            return status
        }
        let statements = ProjectReport(input: input).dataNotes.statements.joined(separator: "\n")
        #expect(statements.contains("已同步3个（均同步于2022-01-09 14:34）"))
        #expect(!statements.contains("之间"))
    }

    @Test func ratiosKeepTheirInputsPrecision() throws {
        #expect(ReportBuilder.decimals(of: [Fixtures.value("x", "R", 3.795)], rule: .latest) == 3)
        #expect(ReportBuilder.decimals(of: [Fixtures.value("x", "R", 12)], rule: .sum) == 2)
        #expect(ReportBuilder.decimals(of: [Fixtures.value("x", "R", 1.2345678)], rule: .latest) == 6)
        guard ExampleData.available else { return }
        let example = ProjectReport(input: try ExampleData.input(project: "JD2021"))
        let ratio = try #require(example.indicators.first { $0.code == "JD55" })
        #expect(ratio.actualText == "3.795")
        #expect(ratio.actualWithUnit == "3.795人/案")
    }
}
