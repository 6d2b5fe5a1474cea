import Foundation
import JixiaoModels
import JixiaoStorage

enum Fixtures {
    static let settings = StreetSettings(
        office: "wangluyuan",
        server: ServerAddress(host: "127.0.0.1", port: 7420),
        secret: OfficeSecret.random()
    )

    static let project = Project(
        code: "JD2021",
        year: 2021,
        name: "2021年度禁毒办重点项目",
        department: "开福区禁毒委员会办公室",
        goal: "禁毒",
        offices: ["wangluyuan"]
    )
    static let fund = Fund(
        project: "JD2021",
        year: 2021,
        code: "BJ",
        name: "本级财政拨款",
        initialBudget: Money(fen: 1_277_600_000),
        adjustedBudget: Money(fen: 1_277_600_000)
    )
    static let category = JixiaoModels.Category(project: "JD2021", year: 2021, code: "XC", name: "禁毒宣传")
    static let indicator = Indicator(
        code: "JD01",
        project: "JD2021",
        year: 2021,
        name: "侦破毒品刑事案件",
        level1: "产出指标",
        level2: "数量指标",
        unit: "起",
        target: "50",
        direction: .higher,
        weight: 90,
        aggregation: .sum,
        frequency: .quarter
    )

    static func expenditure(_ n: Int, office: String = "wangluyuan") -> Expenditure {
        Expenditure(
            id: String(format: "00000000-0000-4000-8000-%012d", n),
            office: office,
            project: "JD2021",
            category: "XC",
            fund: "BJ",
            amount: Money(fen: Int64(n) * 100 + 1),
            date: "2021-06-26",
            voucher: "V\(n)",
            payee: "望麓园社区",
            note: "宣传材料"
        )
    }
}
