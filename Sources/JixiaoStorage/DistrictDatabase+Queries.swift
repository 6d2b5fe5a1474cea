import GRDB
import JixiaoModels

extension DistrictDatabase {
    /// Expenditures received, optionally filtered by project, office and period; by office, date, voucher.
    public func expenditures(
        project: String? = nil,
        office: String? = nil,
        period: Period? = nil
    ) throws -> [Expenditure] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let project {
            conditions.append("project = ?")
            arguments.append(project)
        }
        if let office {
            conditions.append("office = ?")
            arguments.append(office)
        }
        if let period {
            conditions.append("date BETWEEN ? AND ?")
            arguments += [period.firstDay, period.lastDay]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT \(TableSpec.expenditures.columnList) FROM expenditures \(filter) ORDER BY office, date, voucher, id",
                arguments: StatementArguments(arguments)
            ).map { Expenditure(syncValues: RowCodec.values($0, count: TableSpec.expenditures.columns.count)) }
        }
    }

    /// Indicator values received, optionally filtered by project, office and period (values whose period lies
    /// inside it).
    public func values(project: String? = nil, office: String? = nil, period: Period? = nil) throws -> [IndicatorValue]
    {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let project {
            conditions.append("indicator IN (SELECT code FROM indicators WHERE project = ?)")
            arguments.append(project)
        }
        if let office {
            conditions.append("office = ?")
            arguments.append(office)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let all = try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT \(TableSpec.indicatorValues.columnList) FROM indicator_values \(filter) ORDER BY office, indicator, period, label",
                arguments: StatementArguments(arguments)
            ).map {
                try IndicatorValue(syncValues: RowCodec.values($0, count: TableSpec.indicatorValues.columns.count))
            }
        }
        guard let period else { return all }
        return all.filter { period.contains($0.period) }
    }

    /// Narratives received, optionally of one project and office.
    public func narratives(project: String? = nil, office: String? = nil) throws -> [Narrative] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let project {
            conditions.append("project = ?")
            arguments.append(project)
        }
        if let office {
            conditions.append("office = ?")
            arguments.append(office)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT \(TableSpec.narratives.columnList) FROM narratives \(filter) ORDER BY project, office, section",
                arguments: StatementArguments(arguments)
            ).map { try Narrative(syncValues: RowCodec.values($0, count: TableSpec.narratives.columns.count)) }
        }
    }
}
