import JixiaoModels
import Testing

@testable import JixiaoReports

/// 与上年比较 in words, as the seed report writes it.
@Suite("Year over year")
struct YearOverYearTests {
    @Test(arguments: [
        ("关注人数", "人", 831.0, 52_000.0, "关注人数由2020年的831人增加到5.2万人，翻了62倍多"),
        ("禁毒抖音", "人", 311.0, 13_000.0, "禁毒抖音由2020年的311人增加到1.3万人，翻了41倍多"),
        ("宣传活动", "场次", 100.0, 200.0, "宣传活动由2020年的100场次增加到200场次，翻了2倍"),
        ("宣传活动", "场次", 100.0, 125.0, "宣传活动由2020年的100场次增加到125场次，增长25%"),
        ("发案数", "起", 50.0, 30.0, "发案数由2020年的50起减少到30起，下降40%"),
        ("优良率", "%", 90.5, 90.5, "优良率与2020年持平（90.5%）"),
    ])
    func sentence(name: String, unit: String, previous: Double, current: Double, expected: String) {
        #expect(
            YearOverYear.sentence(name: name, unit: unit, previousYear: 2020, previous: previous, current: current)
                == expected
        )
    }

    @Test func withoutANumberItSaysSo() {
        #expect(
            YearOverYear.sentence(name: "满意度", unit: "", previousYear: 2020, previous: nil, current: 1)
                == "满意度上年（2020年）无实际完成值"
        )
        #expect(
            YearOverYear.sentence(name: "满意度", unit: "", previousYear: 2020, previous: 1, current: nil)
                == "满意度本年无实际完成值"
        )
    }
}

/// How a `latest` value was taken when the offices' latest periods differ (issue 13).
@Suite("The latest rule, said in the report")
struct LatestNoteTests {
    static func value(_ office: String, _ period: Period, _ number: Double) -> IndicatorValue {
        IndicatorValue(id: "\(office)\(period)", office: office, indicator: "X", period: period, value: .number(number))
    }

    @Test func namesTheOfficesWhoseLatestPeriodIsOlder() {
        let names = ["yinpenling": "银盆岭街道", "wangluyuan": "望麓园街道"]
        let note = ReportBuilder.latestNote(
            [
                Self.value("wangluyuan", .quarter(2023, 3), 5), Self.value("wangluyuan", .quarter(2023, 4), 6),
                Self.value("yinpenling", .quarter(2023, 2), 1), Self.value("yinpenling", .quarter(2023, 3), 2),
            ],
            officeName: { names[$0] ?? $0 }
        )
        #expect(note == "最新值为各单位最近一期之和（最近为2023Q4），含银盆岭街道2023Q3数")
    }

    @Test func saysNothingWhenEveryOfficeHasTheSameLatestPeriod() {
        let note = ReportBuilder.latestNote(
            [Self.value("a", .quarter(2023, 4), 5), Self.value("b", .quarter(2023, 4), 6)],
            officeName: { $0 }
        )
        #expect(note == nil)
    }
}
