import Foundation
import JixiaoModels
import Testing

@testable import JixiaoReports

/// The 2021 report of the 禁毒办 project beside the small 2020 example (`Docs/examples/kaifu-2020`): the seed's
/// comparison with the year before, in its words, and spending by category against last year.
@Suite("The kaifu-2021 example against its previous year", .enabled(if: ExampleData.available))
struct ExampleYearOverYearTests {
    @Test func theSeedsComparisonWithTheYearBefore() throws {
        var input = try ExampleData.input(project: "JD2021")
        let previous = try ExampleData.input(project: "JD2021", example: "kaifu-2020")
        #expect(previous.project.year == 2020)
        input.previousYear = previous
        let report = ProjectReport(input: input)
        let comparison = try #require(report.yearOverYear)
        #expect(comparison.previousYear == 2020)
        let followers = try #require(comparison.indicators.first { $0.code == "JD29" })
        #expect(followers.previousActual == 831 && followers.actual == 52_000)
        #expect(followers.sentence == "“开福禁毒”微信公众号关注人数由2020年的831人增加到5.2万人，翻了62倍多")
        let douyin = try #require(comparison.indicators.first { $0.code == "JD30" })
        #expect(douyin.sentence == "开福禁毒抖音号关注人数由2020年的311人增加到1.3万人，翻了41倍多")
        // 2020 reported JD01 by quarter too: 46 cases, against 2021's.
        let cases = try #require(comparison.indicators.first { $0.code == "JD01" })
        #expect(cases.previousActual == 46)
        // An indicator without a 2020 value says so rather than inventing a change.
        #expect(comparison.indicators.contains { $0.previousActual == nil && $0.sentence.hasSuffix("上年（2020年）无实际完成值") })
        // Spending by category: 禁毒宣传 380,000.00 in 2020 (two offices), 禁毒基地运行 500,000.00.
        #expect(comparison.previousSpent == Money(fen: 88_000_000))
        let publicity = try #require(comparison.categories.first { $0.code == "XC" })
        #expect(publicity.previousSpent == Money(fen: 38_000_000))
        #expect(publicity.change == publicity.spent - Money(fen: 38_000_000))
        #expect(comparison.categories.first { $0.code == "JD" }?.previousSpent == Money(fen: 50_000_000))
        // The Markdown shows it; the report of 2021 alone does not.
        let markdown = MarkdownRenderer.render(report)
        #expect(markdown.contains("### 与上年（2020年）比较"))
        #expect(markdown.contains("- “开福禁毒”微信公众号关注人数由2020年的831人增加到5.2万人，翻了62倍多。"))
        #expect(
            !MarkdownRenderer.render(ProjectReport(input: try ExampleData.input(project: "JD2021"))).contains("与上年")
        )
        let html = HTMLRenderer.render(report)
        #expect(html.contains("<h3>与上年（2020年）比较</h3>"))
        #expect(html.contains("<li>开福禁毒抖音号关注人数由2020年的311人增加到1.3万人，翻了41倍多。</li>"))
        #expect(!HTMLRenderer.render(ProjectReport(input: try ExampleData.input(project: "JD2021"))).contains("与上年"))
        // Scores are the same with or without the year before: the comparison is shown, never scored.
        #expect(report.score == ProjectReport(input: try ExampleData.input(project: "JD2021")).score)
    }
}
