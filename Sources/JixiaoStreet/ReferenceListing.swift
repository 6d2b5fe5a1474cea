import JixiaoConsole
import JixiaoModels

/// Writes what the office has received from the district, for `street projects`: projects, then their funds,
/// categories and indicators, each as an aligned table under a heading.
public enum ReferenceListing {
    /// The four tables, or `nil` when nothing has been received (the command then says to sync).
    /// - Parameter project: only this project's rows, when given.
    public static func render(_ reference: ReferenceData, project: String? = nil) -> String? {
        guard !reference.isEmpty else { return nil }
        let keep: (String) -> Bool = { code in project == nil || code == project }
        var projects = Table(columns: [
            Table.Column("代码"), Table.Column("年度"), Table.Column("名称"), Table.Column("主管部门"),
        ])
        for row in reference.projects.sorted(by: { $0.code < $1.code }) where keep(row.code) {
            projects.append([row.code, String(row.year), row.name, row.department])
        }
        var funds = Table(columns: [
            Table.Column("项目"), Table.Column("代码"), Table.Column("名称"),
            Table.Column("年初预算(元)", alignment: .right), Table.Column("全年预算(元)", alignment: .right),
        ])
        for row in reference.funds.sorted(by: { ($0.project, $0.code) < ($1.project, $1.code) }) where keep(row.project)
        {
            funds.append([
                row.project, row.code, row.name, row.initialBudget.formattedYuan(), row.adjustedBudget.formattedYuan(),
            ])
        }
        var categories = Table(columns: [Table.Column("项目"), Table.Column("代码"), Table.Column("名称")])
        for row in reference.categories.sorted(by: { ($0.project, $0.code) < ($1.project, $1.code) })
        where keep(row.project) {
            categories.append([row.project, row.code, row.name])
        }
        var indicators = Table(columns: [
            Table.Column("代码"), Table.Column("项目"), Table.Column("名称"), Table.Column("单位"),
            Table.Column("目标", alignment: .right), Table.Column("方向"), Table.Column("频率"),
        ])
        for row in reference.indicators.sorted(by: { ($0.project, $0.code) < ($1.project, $1.code) })
        where keep(row.project) {
            indicators.append([
                row.code, row.project, DisplayWidth.truncate(row.name, to: 30), row.unit, row.target,
                directionName(row.direction), frequencyName(row.frequency),
            ])
        }
        return "项目 projects\n" + projects.render() + "\n资金来源 funds\n" + funds.render() + "\n类别 categories\n"
            + categories.render() + "\n指标 indicators\n" + indicators.render()
    }

    /// 正向 (≥), 反向 (≤), 等于 (=), 定性.
    static func directionName(_ direction: Indicator.Direction) -> String {
        switch direction {
        case .higher: "正向 ≥"
        case .lower: "反向 ≤"
        case .equal: "等于 ="
        case .qualitative: "定性"
        }
    }

    /// 年, 季, 月.
    static func frequencyName(_ kind: Period.Kind) -> String {
        switch kind {
        case .year: "年"
        case .quarter: "季"
        case .month: "月"
        }
    }
}
