import GRDB
import JixiaoModels

extension DistrictDatabase {
    /// Reads everything one project's report needs in one read transaction, so that every figure comes from the
    /// same committed state even while `district serve` applies syncs.
    ///
    /// Expenditures are summed by SQL (`GROUP BY office, fund, category`), never loaded row by row.
    /// - Parameters:
    ///   - project: the project's code.
    ///   - year: the project's year.
    /// - Returns: the records, or `nil` when no live project has that code and year.
    /// - Throws: `StorageError.invalidData` naming the first stored row that cannot be read (a value with an
    ///   invalid period, an indicator with an unknown direction…): a row is never silently left out of a report.
    public func reportRecords(project code: String, year: Int) throws -> ReportRecords? {
        try read { db in
            guard let project = try Self.liveProject(db, code: code, year: year) else { return nil }
            let reference = ReportReference(db, project: code, year: year)
            return ReportRecords(
                project: project,
                funds: try reference.funds(),
                categories: try reference.categories(),
                indicators: try reference.indicators(),
                offices: try Self.officeLines(db),
                spending: try Self.spending(db, project: code, year: year),
                values: try Self.values(db, project: code, year: year).filter { $0.period.year == year },
                narratives: try Self.narratives(db, project: code, year: year),
                reviews: try Self.reviews(db, office: nil, after: 0).filter { $0.project == code && $0.year == year }
            )
        }
    }

    /// The years that have a live project with `code`, oldest first.
    public func projectYears(code: String) throws -> [Int] {
        try read { db in
            try Int.fetchAll(
                db,
                sql: "SELECT year FROM projects WHERE code = ? AND deleted = 0 ORDER BY year",
                arguments: [code]
            )
        }
    }

    /// The codes of the year's live projects, in code order.
    public func projectCodes(year: Int) throws -> [String] {
        try read { db in
            try String.fetchAll(
                db,
                sql: "SELECT code FROM projects WHERE year = ? AND deleted = 0 ORDER BY code",
                arguments: [year]
            )
        }
    }

    private static func liveProject(_ db: Database, code: String, year: Int) throws -> Project? {
        try Row.fetchOne(
            db,
            sql: "SELECT \(TableSpec.projects.columnList) FROM projects WHERE code = ? AND year = ? AND deleted = 0",
            arguments: [code, year]
        ).map { try Project(syncValues: RowCodec.values($0, count: TableSpec.projects.columns.count)) }
    }

    /// Every enrolled office with its last sync and whether its latest logged session succeeded.
    private static func officeLines(_ db: Database) throws -> [ReportRecords.OfficeLine] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT o.code, o.name, o.kind, o.enabled, s.last_sync_at, s.last_result,
                       (SELECT ok FROM sync_sessions x WHERE x.office = o.code ORDER BY x.id DESC LIMIT 1)
                FROM offices o LEFT JOIN office_sync s ON s.office = o.code ORDER BY o.code
                """
        ).map { row in
            ReportRecords.OfficeLine(
                office: try office(row),
                lastSyncAt: row[4],
                lastResult: row[5],
                lastSessionOK: row[6]
            )
        }
    }

    /// The year's spending: an expenditure's date gives the year of its project.
    private static func spending(_ db: Database, project: String, year: Int) throws -> [ReportRecords.SpendingGroup] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT office, fund, category, SUM(amount), COUNT(*) FROM expenditures
                WHERE project = ? AND date BETWEEN ? AND ?
                GROUP BY office, fund, category ORDER BY office, fund, category
                """,
            arguments: [project, "\(year)-01-01", "\(year)-12-31"]
        ).map { row in
            ReportRecords.SpendingGroup(
                office: row[0],
                fund: row[1],
                category: row[2],
                amount: Money(fen: row[3]),
                count: row[4]
            )
        }
    }

    /// The values of the year's indicators (a value's period gives the year of its indicator).
    private static func values(_ db: Database, project: String, year: Int) throws -> [IndicatorValue] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(TableSpec.indicatorValues.columnList) FROM indicator_values
                WHERE indicator IN (SELECT code FROM indicators WHERE project = ? AND year = ? AND deleted = 0)
                  AND substr(period, 1, 4) = ?
                ORDER BY office, indicator, period, label
                """,
            arguments: [project, year, String(year)]
        ).map { try IndicatorValue(syncValues: RowCodec.values($0, count: TableSpec.indicatorValues.columns.count)) }
    }

    private static func narratives(_ db: Database, project: String, year: Int) throws -> [Narrative] {
        try Row.fetchAll(
            db,
            sql:
                "SELECT \(TableSpec.narratives.columnList) FROM narratives WHERE project = ? AND year = ? ORDER BY office, section",
            arguments: [project, year]
        ).map { try Narrative(syncValues: RowCodec.values($0, count: TableSpec.narratives.columns.count)) }
    }
}

/// One project's live reference rows in plan order (`rowid`), read inside the caller's transaction.
private struct ReportReference {
    let db: Database
    let project: String
    let year: Int

    init(_ db: Database, project: String, year: Int) {
        self.db = db
        self.project = project
        self.year = year
    }

    private func rows(_ spec: TableSpec) throws -> [[SyncValue]] {
        try Row.fetchAll(
            db,
            sql:
                "SELECT \(spec.columnList) FROM \(spec.table.sqlName) WHERE project = ? AND year = ? AND deleted = 0 ORDER BY rowid",
            arguments: [project, year]
        ).map { RowCodec.values($0, count: spec.columns.count) }
    }

    func funds() throws -> [Fund] { try rows(.funds).map(Fund.init(syncValues:)) }
    func categories() throws -> [JixiaoModels.Category] {
        try rows(.categories).map(JixiaoModels.Category.init(syncValues:))
    }
    func indicators() throws -> [Indicator] { try rows(.indicators).map(Indicator.init(syncValues:)) }
}
