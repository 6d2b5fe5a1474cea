import JixiaoModels
import JixiaoStreet

/// A small plan: JD2021 has one fund, LT2021 two, OLD2020 belongs to another year.
enum Fixtures {
    static let reference = ReferenceData(
        projects: [
            Project(code: "JD2021", year: 2021, name: "禁毒办专项", department: "开福区禁毒委员会办公室"),
            Project(code: "LT2021", year: 2021, name: "蓝天保卫战", department: "开福区蓝天保卫战指挥部办公室"),
            Project(code: "OLD2020", year: 2020, name: "旧项目", department: "区财政局"),
        ],
        funds: [
            Fund(
                project: "JD2021",
                year: 2021,
                code: "BJ",
                name: "本级财政拨款",
                initialBudget: Money(fen: 1_277_600_000),
                adjustedBudget: Money(fen: 1_277_600_000)
            ),
            Fund(
                project: "LT2021",
                year: 2021,
                code: "BJ",
                name: "本级财政拨款",
                initialBudget: Money(fen: 50_000_000),
                adjustedBudget: Money(fen: 50_000_000)
            ),
            Fund(
                project: "LT2021",
                year: 2021,
                code: "SJ",
                name: "市级奖补资金",
                initialBudget: Money(fen: 95_900_000),
                adjustedBudget: Money(fen: 95_900_000)
            ),
            Fund(
                project: "OLD2020",
                year: 2020,
                code: "BJ",
                name: "本级财政拨款",
                initialBudget: .zero,
                adjustedBudget: .zero
            ),
        ],
        categories: [
            Category(project: "JD2021", year: 2021, code: "XC", name: "禁毒宣传"),
            Category(project: "JD2021", year: 2021, code: "JD", name: "禁毒基地运行"),
            Category(project: "LT2021", year: 2021, code: "PX", name: "臭氧污染防治培训"),
            Category(project: "OLD2020", year: 2020, code: "X", name: "其他"),
        ],
        indicators: [
            Indicator(
                code: "JD01",
                project: "JD2021",
                year: 2021,
                name: "破获毒品刑事案件",
                level1: "产出指标",
                level2: "数量指标",
                unit: "起",
                target: "50",
                direction: .higher,
                weight: 10,
                aggregation: .sum
            ),
            Indicator(
                code: "JD09",
                project: "JD2021",
                year: 2021,
                name: "禁毒工作社会影响",
                level1: "效益指标",
                level2: "社会效益指标",
                unit: "",
                target: "显著",
                direction: .qualitative,
                weight: 10,
                aggregation: .latest
            ),
            Indicator(
                code: "LT01",
                project: "LT2021",
                year: 2021,
                name: "空气质量优良率",
                level1: "效益指标",
                level2: "生态效益指标",
                unit: "%",
                target: "80",
                direction: .higher,
                weight: 10,
                aggregation: .mean,
                frequency: .month
            ),
        ]
    )

    static let office = "wangluyuan"

    /// Ids `id-1`, `id-2`, … so tests can name rows.
    final class Counter: @unchecked Sendable {
        var next = 0
        func make() -> String {
            next += 1
            return "id-\(next)"
        }
    }
}
