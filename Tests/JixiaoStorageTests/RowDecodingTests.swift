import JixiaoModels
import Testing

@testable import JixiaoStorage

/// Decoding stored rows: a value that does not decode throws, naming the row, instead of vanishing or being
/// replaced by a default.
@Suite("Decoding stored rows")
struct RowDecodingTests {
    static let indicator = Indicator(
        code: "JD01",
        project: "JD2021",
        year: 2021,
        name: "宣传活动",
        level1: "产出指标",
        level2: "数量指标",
        unit: "场",
        target: "12",
        direction: .higher,
        weight: 10,
        aggregation: .sum,
        reporters: ["wangluyuan"],
        frequency: .quarter
    )

    @Test("every domain value reads back what it wrote")
    func roundTrip() throws {
        #expect(try Indicator(syncValues: Self.indicator.syncValues) == Self.indicator)
        let value = IndicatorValue(
            id: "v1",
            office: "wangluyuan",
            indicator: "JD01",
            period: .quarter(2021, 2),
            value: .number(3),
            label: ""
        )
        #expect(try IndicatorValue(syncValues: value.syncValues) == value)
        let narrative = Narrative(
            id: "n1",
            office: "wangluyuan",
            project: "JD2021",
            year: 2021,
            section: .problems,
            text: "无"
        )
        #expect(try Narrative(syncValues: narrative.syncValues) == narrative)
        let project = Project(code: "JD2021", year: 2021, name: "禁毒宣传", department: "禁毒办", offices: ["a", "b"])
        #expect(try Project(syncValues: project.syncValues) == project)
    }

    @Test(
        "an unknown enumeration or a broken list in an indicator row throws, naming the indicator",
        arguments: [
            (7, SyncValue.text("upward"), "direction \"upward\""),
            (9, .text("median"), "aggregate \"median\""),
            (12, .text("weekly"), "frequency \"weekly\""),
            (11, .text("{"), "reporters is not a JSON list"),
        ]
    )
    func badIndicator(column: Int, value: SyncValue, named: String) {
        var values = Self.indicator.syncValues
        values[column] = value
        #expect {
            try Indicator(syncValues: values)
        } throws: { error in
            let text = "\(error)"
            return (error as? StorageError)?.code == .invalidData && text.contains("indicators row \"JD01\"")
                && text.contains(named)
        }
    }

    @Test("a value with an invalid period throws, naming the office and the row, not its label or note")
    func badPeriod() {
        var values = IndicatorValue(
            id: "v9",
            office: "wujialing",
            indicator: "JD01",
            period: .year(2021),
            value: .text("好"),
            label: "张三",
            note: "私人"
        ).syncValues
        values[3] = .text("2021Q5")
        #expect {
            try IndicatorValue(syncValues: values)
        } throws: { error in
            let text = "\(error)"
            return text.contains("indicator_values row \"v9\" of office wujialing") && text.contains("2021Q5")
                && !text.contains("张三") && !text.contains("私人")
        }
    }

    @Test("a settings counter that is not a number throws, naming the key; an absent one is 0")
    func counters() throws {
        #expect(try DatabaseFile.counter(nil, key: "acked_seq") == 0)
        #expect(try DatabaseFile.counter("42", key: "acked_seq") == 42)
        #expect {
            try DatabaseFile.counter("4x2", key: "ref_rev")
        } throws: { error in
            "\(error)".contains("settings row \"ref_rev\"")
        }
    }
}
