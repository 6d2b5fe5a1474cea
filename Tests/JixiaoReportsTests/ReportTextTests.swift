import Foundation
import JixiaoModels
import Testing

@testable import JixiaoReports

@Suite("How figures are written")
struct ReportTextTests {
    @Test(arguments: [
        ("1233.06万", "1233.06万元"), ("49.88418万", "49.88418万元"), ("76.70148万", "76.70148万元"),
        ("69.0827万", "69.0827万元"), ("95.9万", "95.9万元"), ("500000", "50万元"), ("0", "0万元"), ("0.01", "0.000001万元"),
    ])
    func wan(_ amount: String, _ text: String) throws {
        #expect(try Money(parsing: amount).formattedWan() == text)
    }

    @Test(arguments: [
        (52.571_624_4, 2, "52.57"), (0.125, 2, "0.13"), (2.675, 2, "2.68"), (-1.005, 2, "-1.01"), (10, 2, "10.00"),
        (98.952_295, 2, "98.95"), (0.0001, 2, "0.00"),
    ])
    func fixed(_ value: Double, _ decimals: Int, _ text: String) {
        #expect(ReportText.fixed(value, decimals: decimals) == text)
    }

    @Test func numbersAndPercents() {
        #expect(ReportText.number(82.8) == "82.8")
        #expect(ReportText.number(85.0) == "85")
        #expect(ReportText.number(2760.0 / 2900 * 100) == "95.17")
        #expect(ReportText.number(-0.001) == "0")
        #expect(ReportText.percent(nil) == "—")
        #expect(ReportText.percent(116) == "116.00%")
        #expect(ReportText.rounded2(5.257_162) == 5.26)
        #expect(ReportText.rounded2(17.777_78) == 17.78)
    }

    @Test func timesInBeijing() {
        // 2022-01-10 01:30 UTC is 09:30 in Beijing.
        #expect(ReportText.time(Fixtures.generatedAt) == "2022-01-10 09:30（北京时间）")
        #expect(ReportText.time(Fixtures.generatedAt, zone: false) == "2022-01-10 09:30")
        #expect(ReportText.isoTime(Fixtures.generatedAt) == "2022-01-10T09:30:00+08:00")
    }

    @Test func balanceOrOverspend() {
        #expect(ReportBuilder.balanceText(Money(fen: 69_082_700)) == "结余69.0827万元")
        #expect(ReportBuilder.balanceText(Money(fen: -100_000)) == "超支0.1万元")
    }
}
