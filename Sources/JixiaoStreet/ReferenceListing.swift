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
            Table.Column(header: "code"), Table.Column(header: "year"), Table.Column(header: "name"),
            Table.Column(header: "department"),
        ])
        for row in reference.projects.sorted(by: { $0.code < $1.code }) where keep(row.code) {
            projects.append([row.code, String(row.year), row.name, row.department])
        }
        var funds = Table(columns: [
            Table.Column(header: "project"), Table.Column(header: "code"), Table.Column(header: "name"),
            Table.Column(header: "initial_budget", alignment: .right),
            Table.Column(header: "adjusted_budget", alignment: .right),
        ])
        for row in reference.funds.sorted(by: { ($0.project, $0.code) < ($1.project, $1.code) }) where keep(row.project)
        {
            funds.append([
                row.project, row.code, row.name, row.initialBudget.formattedYuan(), row.adjustedBudget.formattedYuan(),
            ])
        }
        var categories = Table(columns: [
            Table.Column(header: "project"), Table.Column(header: "code"), Table.Column(header: "name"),
        ])
        for row in reference.categories.sorted(by: { ($0.project, $0.code) < ($1.project, $1.code) })
        where keep(row.project) {
            categories.append([row.project, row.code, row.name])
        }
        var indicators = Table(columns: [
            Table.Column(header: "code"), Table.Column(header: "project"), Table.Column(header: "name"),
            Table.Column(header: "unit"), Table.Column(header: "target", alignment: .right),
            Table.Column(header: "direction"), Table.Column(header: "frequency"),
        ])
        for row in reference.indicators.sorted(by: { ($0.project, $0.code) < ($1.project, $1.code) })
        where keep(row.project) {
            indicators.append([
                row.code, row.project, DisplayWidth.truncate(row.name, to: 30), row.unit, row.target,
                directionName(row.direction), frequencyName(row.frequency),
            ])
        }
        return tr("street.projects.heading.projects") + "\n" + projects.render() + "\n"
            + tr("street.projects.heading.funds") + "\n" + funds.render() + "\n"
            + tr("street.projects.heading.categories") + "\n" + categories.render() + "\n"
            + tr("street.projects.heading.indicators") + "\n" + indicators.render()
    }

    /// 正向 (≥), 反向 (≤), 等于 (=), 定性.
    static func directionName(_ direction: Indicator.Direction) -> String {
        switch direction {
        case .higher: tr("cell.direction.higher")
        case .lower: tr("cell.direction.lower")
        case .equal: tr("cell.direction.equal")
        case .qualitative: tr("cell.direction.qualitative")
        }
    }

    /// 年, 季, 月.
    static func frequencyName(_ kind: Period.Kind) -> String {
        switch kind {
        case .year: tr("cell.frequency.year")
        case .quarter: tr("cell.frequency.quarter")
        case .month: tr("cell.frequency.month")
        }
    }
}
