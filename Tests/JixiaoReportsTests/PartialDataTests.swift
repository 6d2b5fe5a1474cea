import Foundation
import JixiaoModels
import Testing

@testable import JixiaoReports

@Suite("Partial data is stated in 数据说明")
struct PartialDataTests {
    /// wujialing never synced: its values and spending are absent; LT04 is quarterly for wangluyuan.
    static func partialInput() -> ReportInput {
        var input = Fixtures.cleanAir()
        input.offices = input.offices.map { status in
            var status = status
            if status.office.code == "wujialing" {
                status.lastSyncAt = nil
                status.lastSyncResult = nil
            }
            return status
        }
        input.values.removeAll { $0.office == "wujialing" || $0.indicator == "LT07" }
        input.spending.removeAll { $0.office == "wujialing" }
        input.indicators = input.indicators.map { indicator in
            var indicator = indicator
            if indicator.code == "LT04" { indicator.frequency = .quarter }
            return indicator
        }
        input.values.removeAll { $0.indicator == "LT04" && $0.office == "wangluyuan" }
        input.values.append(Fixtures.value("wangluyuan", "LT04", 1000, period: "2021Q1"))
        input.values.append(Fixtures.value("wangluyuan", "LT04", 1000, period: "2021Q2"))
        return input
    }

    let report = ProjectReport(input: PartialDataTests.partialInput())

    @Test func officeNotSyncedIsNamed() {
        #expect(report.dataNotes.notSynced == ["wujialing"])
        let statements = report.dataNotes.statements.joined(separator: "\n")
        #expect(statements.contains("本项目应报送单位3个，已同步2个"))
        #expect(statements.contains("尚未同步1个：伍家岭街道，其数据未计入本报告"))
        #expect(statements.contains("本报告数据截至2022-01-10 09:30（北京时间）"))
        let line = report.dataNotes.offices.first { $0.code == "wujialing" }
        #expect(line?.synced == false)
        #expect(line?.expected == true)
        // The office still appears in the spending table with nothing spent.
        #expect(report.budget.offices.map(\.code).contains("wujialing"))
    }

    @Test func missingValuesAreListedPerOfficeAndPeriod() {
        let missing = report.dataNotes.missing
        let wangluyuan = missing.first { $0.office == "wangluyuan" && $0.indicator == "LT04" }
        #expect(wangluyuan?.periods == ["2021Q3", "2021Q4"])
        let wujialing = missing.filter { $0.office == "wujialing" }.map(\.indicator)
        #expect(wujialing == ["LT01", "LT04", "LT06"])
        let statements = report.dataNotes.statements.joined(separator: "\n")
        #expect(statements.contains("望麓园街道缺少应报送的指标数值：LT04 发放宣传资料（2021Q3、2021Q4）"))
        #expect(statements.contains("伍家岭街道缺少应报送的指标数值：LT01 办理涉气违法案件（2021）"))
    }

    @Test func periodsNotYetEndedAreNotMissing() throws {
        var input = PartialDataTests.partialInput()
        // 2021-08-15 noon in Beijing: Q1 and Q2 are over, Q3 and Q4 and the year are not.
        input.generatedAt = Date(timeIntervalSince1970: 1_629_000_000)
        let report = ProjectReport(input: input)
        #expect(!report.dataNotes.missing.contains { $0.office == "wangluyuan" && $0.indicator == "LT04" })
        #expect(!report.dataNotes.missing.contains { $0.periods.contains("2021") })
        #expect(report.dataNotes.statements.contains { $0.contains("尚未结束，这些期间的数值未计为缺少") })
        #expect(!self.report.dataNotes.statements.contains { $0.contains("尚未结束") })
    }

    @Test func indicatorWithoutValuesScoresZeroAndIsSaid() throws {
        let satisfaction = try #require(report.indicators.first { $0.code == "LT07" })
        #expect(satisfaction.actualText == "—")
        #expect(satisfaction.score.score == 0)
        #expect(report.dataNotes.indicatorsWithoutValues == ["LT07"])
        #expect(report.dataNotes.statements.contains { $0.contains("以下指标没有任何数值") && $0.contains("LT07 群众满意度") })
        #expect(satisfaction.deviationText.contains("未报送评价等级"))
    }

    @Test func contributionsShowTheSilentOffice() throws {
        let leaflets = try #require(report.indicators.first { $0.code == "LT04" })
        let silent = leaflets.contributions.first { $0.office == "wujialing" }
        #expect(silent != nil)
        #expect(silent?.value == nil)
        #expect(MarkdownRenderer.details(of: leaflets).joined().contains("伍家岭街道 未报送"))
    }

    @Test func everythingPresentSaysSo() {
        let full = ProjectReport(input: Fixtures.cleanAir())
        #expect(full.dataNotes.notSynced.isEmpty)
        #expect(full.dataNotes.missing.isEmpty)
        #expect(full.dataNotes.statements.contains("各应报送单位的绩效指标数值均已报送。"))
        #expect(full.dataNotes.statements.contains { $0.contains("全部单位均已同步") })
        // 四方坪街道 is enrolled but not expected and sent nothing: not listed.
        #expect(!full.dataNotes.offices.contains { $0.code == "sifangping" })
    }

    @Test func unexpectedOfficeWithDataIsListed() {
        var input = Fixtures.cleanAir()
        input.spending.append(
            SpendingTotal(office: "sifangping", fund: "BJ", category: "DC", amount: Fixtures.money("100"))
        )
        let report = ProjectReport(input: input)
        #expect(report.dataNotes.statements.contains { $0.contains("不在本项目应报送单位之列") && $0.contains("四方坪街道") })
        #expect(report.budget.offices.last?.expected == false)
    }

    @Test func failedLastSyncIsSaid() {
        var input = Fixtures.cleanAir()
        input.offices[1].lastSyncResult = "digest mismatch"
        let report = ProjectReport(input: input)
        #expect(report.dataNotes.statements.contains("望麓园街道最近一次同步未成功（digest mismatch），报告使用其此前已同步的数据。"))
    }

    @Test func emptyProject() {
        var input = Fixtures.cleanAir()
        input.funds = []
        input.spending = []
        input.values = []
        input.narratives = []
        let report = ProjectReport(input: input)
        #expect(report.budget.executionRate == nil)
        #expect(report.score.budgetScore == 0)
        #expect(report.score.total == 0)
        #expect(report.score.grade == .poor)
        #expect(MarkdownRenderer.render(report).contains("（各单位均未填写。）"))
    }
}
