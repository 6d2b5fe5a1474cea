import Foundation
import JixiaoModels
import JixiaoReports

/// Report inputs shaped like the seed's 2021 clean-air project (蓝天办), small enough to check by hand.
enum Fixtures {
    /// 2022-01-10 09:30 Beijing time.
    static let generatedAt = Date(timeIntervalSince1970: 1_641_778_200)

    static func money(_ text: String) -> Money {
        do { return try Money(parsing: text) } catch { fatalError("bad fixture money \(text)") }
    }

    static let project = Project(
        code: "LT2021",
        year: 2021,
        name: "2021年度蓝天办重点项目",
        department: "开福区蓝天保卫战工作领导小组办公室",
        implementer: "区蓝天办、各街道办事处",
        goal: "持续改善环境空气质量，完成省市下达的空气质量目标。",
        offices: ["lantianban", "wangluyuan", "wujialing"]
    )

    static let offices = [
        OfficeSyncStatus(
            office: Office(code: "lantianban", name: "区蓝天办", kind: .department),
            lastSyncAt: Date(timeIntervalSince1970: 1_641_700_000),
            lastSyncResult: "ok"
        ),
        OfficeSyncStatus(
            office: Office(code: "wangluyuan", name: "望麓园街道", kind: .street),
            lastSyncAt: Date(timeIntervalSince1970: 1_641_710_000),
            lastSyncResult: "ok"
        ),
        OfficeSyncStatus(
            office: Office(code: "wujialing", name: "伍家岭街道", kind: .street),
            lastSyncAt: Date(timeIntervalSince1970: 1_641_720_000),
            lastSyncResult: "ok"
        ),
        OfficeSyncStatus(office: Office(code: "sifangping", name: "四方坪街道", kind: .street)),
    ]

    static func indicator(
        _ code: String,
        _ name: String,
        level1: String = "产出指标",
        level2: String = "数量指标",
        unit: String,
        target: String,
        direction: Indicator.Direction = .higher,
        weight: Double,
        aggregation: Indicator.Aggregation = .sum,
        reporters: [String] = [],
        frequency: Period.Kind = .year
    ) -> Indicator {
        Indicator(
            code: code,
            project: "LT2021",
            year: 2021,
            name: name,
            level1: level1,
            level2: level2,
            unit: unit,
            target: target,
            direction: direction,
            weight: weight,
            aggregation: aggregation,
            reporters: reporters,
            frequency: frequency
        )
    }

    static let indicators = [
        indicator("LT01", "办理涉气违法案件", unit: "起", target: "2500", weight: 20),
        indicator(
            "LT02",
            "空气质量优良率",
            level1: "效益指标",
            level2: "生态效益指标",
            unit: "%",
            target: "80",
            weight: 20,
            aggregation: .mean,
            reporters: ["lantianban"]
        ),
        indicator(
            "LT03",
            "PM2.5平均浓度",
            level1: "效益指标",
            level2: "生态效益指标",
            unit: "μg/m³",
            target: "45",
            direction: .lower,
            weight: 20,
            aggregation: .mean,
            reporters: ["lantianban"]
        ),
        indicator(
            "LT04",
            "发放宣传资料",
            unit: "份",
            target: "12000",
            weight: 10,
            aggregation: .sum,
            reporters: ["lantianban", "wangluyuan", "wujialing"]
        ),
        indicator(
            "LT05",
            "案件办结率",
            level2: "质量指标",
            unit: "%",
            target: "95",
            weight: 10,
            aggregation: .formula("LT06 / LT01 * 100")
        ),
        indicator("LT06", "办结涉气违法案件", level2: "质量指标", unit: "起", target: "2400", weight: 0),
        indicator(
            "LT07",
            "群众满意度",
            level1: "满意度指标",
            level2: "服务对象满意度指标",
            unit: "等级",
            target: "达成",
            direction: .qualitative,
            weight: 10,
            aggregation: .latest,
            reporters: ["lantianban"]
        ),
    ]

    static func value(
        _ office: String,
        _ indicator: String,
        _ number: Double,
        period: String = "2021",
        label: String = "",
        note: String = ""
    ) -> IndicatorValue {
        IndicatorValue(
            id: UUID().uuidString.lowercased(),
            office: office,
            indicator: indicator,
            period: try! Period(parsing: period),
            value: .number(number),
            label: label,
            note: note
        )
    }

    static let values: [IndicatorValue] = [
        value("lantianban", "LT01", 1500),
        value("wangluyuan", "LT01", 800),
        value("wujialing", "LT01", 600, note: "辖区工地集中整治，案件数高于预期"),
        value("lantianban", "LT02", 80.6, label: "伍家岭站点"),
        value("lantianban", "LT02", 85.0, label: "沙坪站点"),
        value("lantianban", "LT03", 43, label: "伍家岭站点"),
        value("lantianban", "LT03", 38, label: "沙坪站点"),
        value("lantianban", "LT04", 6000),
        value("wangluyuan", "LT04", 4000),
        value("wujialing", "LT04", 2000),
        value("lantianban", "LT06", 1400),
        value("wangluyuan", "LT06", 800),
        value("wujialing", "LT06", 560),
        IndicatorValue(
            id: "q1",
            office: "lantianban",
            indicator: "LT07",
            period: .year(2021),
            value: .text("达成 95%")
        ),
    ]

    /// Own budget 50万元 spent 49.88418万元; city reward funds 95.9万元 spent 26.8173万元.
    static let spending: [SpendingTotal] = [
        SpendingTotal(office: "lantianban", fund: "BJ", category: "PX", amount: money("30万"), count: 12),
        SpendingTotal(office: "lantianban", fund: "BJ", category: "XC", amount: money("12.88418万"), count: 30),
        SpendingTotal(office: "wangluyuan", fund: "BJ", category: "DC", amount: money("7万"), count: 9),
        SpendingTotal(office: "lantianban", fund: "SJ", category: "XC", amount: money("16.8173万"), count: 4),
        SpendingTotal(office: "wangluyuan", fund: "SJ", category: "JF", amount: money("5万"), count: 2),
        SpendingTotal(office: "wujialing", fund: "SJ", category: "JF", amount: money("5万"), count: 2),
    ]

    static let narratives = [
        Narrative(
            id: "n1",
            office: "lantianban",
            project: "LT2021",
            year: 2021,
            section: .highlights,
            text: "空气质量持续稳定。"
        ),
        Narrative(
            id: "n2",
            office: "wangluyuan",
            project: "LT2021",
            year: 2021,
            section: .problems,
            text: "工地扬尘管控仍有短板。"
        ),
        Narrative(id: "n3", office: "wangluyuan", project: "LT2021", year: 2021, section: .measures, text: "加密夜间巡查。"),
    ]

    static func cleanAir() -> ReportInput {
        ReportInput(
            project: project,
            funds: [
                Fund(
                    project: "LT2021",
                    year: 2021,
                    code: "BJ",
                    name: "本级财政拨款",
                    initialBudget: money("50万"),
                    adjustedBudget: money("50万")
                ),
                Fund(
                    project: "LT2021",
                    year: 2021,
                    code: "SJ",
                    name: "长沙市环境空气质量奖惩资金",
                    initialBudget: money("95.9万"),
                    adjustedBudget: money("95.9万")
                ),
            ],
            categories: [
                Category(project: "LT2021", year: 2021, code: "PX", name: "臭氧污染防治培训"),
                Category(project: "LT2021", year: 2021, code: "XC", name: "大气污染防治宣传"),
                Category(project: "LT2021", year: 2021, code: "DC", name: "夜间督查巡查"),
                Category(project: "LT2021", year: 2021, code: "JF", name: "社区蓝天保卫工作经费"),
            ],
            indicators: indicators,
            expectedOffices: project.offices,
            offices: offices,
            spending: spending,
            values: values,
            narratives: narratives,
            generatedAt: generatedAt
        )
    }
}
