import Foundation
import GRDB
import JixiaoModels
import JixiaoStorage

extension ReportInput {
    /// Reads one project's report input from the district database in one read transaction, so that every figure
    /// comes from the same snapshot even while `district serve` applies syncs.
    ///
    /// Expenditures are summed by SQL (`GROUP BY office, fund, category`), never loaded row by row.
    /// - Parameters:
    ///   - database: the district database.
    ///   - project: the project code.
    ///   - year: the project's year.
    ///   - now: the generation time printed as 数据截至.
    /// - Throws: `ReportError.unknownProject` when no live project has that code and year; `StorageError` when the
    ///   database cannot be read.
    public static func load(
        from database: DistrictDatabase,
        project code: String,
        year: Int,
        now: Date = Date()
    ) throws -> ReportInput {
        try database.read { db in try load(db, project: code, year: year, now: now) }
    }

    /// The codes of the year's live projects, in code order.
    public static func projectCodes(in database: DistrictDatabase, year: Int) throws -> [String] {
        try database.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT code FROM projects WHERE year = ? AND deleted = 0 ORDER BY code",
                arguments: [year]
            )
        }
    }

    static func load(_ db: Database, project code: String, year: Int, now: Date) throws -> ReportInput {
        guard
            let projectRow = try Row.fetchOne(
                db,
                sql: """
                    SELECT code, year, name, department, implementer, goal, offices FROM projects
                    WHERE code = ? AND year = ? AND deleted = 0
                    """,
                arguments: [code, year]
            )
        else { throw ReportError.unknownProject(code, year: year) }
        let project = Project(syncValues: syncValues(projectRow))
        let funds = try Row.fetchAll(
            db,
            sql: """
                SELECT project, code, name, initial_budget, adjusted_budget FROM funds
                WHERE project = ? AND deleted = 0 ORDER BY rowid
                """,
            arguments: [code]
        ).map { Fund(syncValues: syncValues($0)) }
        let categories = try Row.fetchAll(
            db,
            sql: "SELECT project, code, name FROM categories WHERE project = ? AND deleted = 0 ORDER BY rowid",
            arguments: [code]
        ).map { JixiaoModels.Category(syncValues: syncValues($0)) }
        let indicators = try Row.fetchAll(
            db,
            sql: """
                SELECT code, project, name, level1, level2, unit, target, direction, weight, aggregate, formula,
                       reporters, frequency
                FROM indicators WHERE project = ? AND deleted = 0 ORDER BY rowid
                """,
            arguments: [code]
        ).map { Indicator(syncValues: syncValues($0)) }
        let offices = try Row.fetchAll(
            db,
            sql: """
                SELECT o.code, o.name, o.kind, o.enabled, s.last_sync_at, s.last_result,
                       (SELECT ok FROM sync_sessions x WHERE x.office = o.code ORDER BY x.id DESC LIMIT 1)
                FROM offices o LEFT JOIN office_sync s ON s.office = o.code ORDER BY o.code
                """
        ).map { row in
            let lastSyncAt: String? = row[4]
            let succeeded: Bool? = row[6]
            return OfficeSyncStatus(
                office: Office(
                    code: row[0],
                    name: row[1],
                    kind: Office.Kind(rawValue: row[2]) ?? .street,
                    enabled: row[3]
                ),
                lastSyncAt: lastSyncAt.flatMap(parseTime),
                lastSyncResult: row[5],
                lastSyncSucceeded: succeeded
            )
        }
        let expected =
            project.offices.isEmpty ? offices.filter(\.office.enabled).map(\.office.code) : project.offices
        let spending = try Row.fetchAll(
            db,
            sql: """
                SELECT office, fund, category, SUM(amount), COUNT(*) FROM expenditures WHERE project = ?
                GROUP BY office, fund, category ORDER BY office, fund, category
                """,
            arguments: [code]
        ).map { row in
            SpendingTotal(
                office: row[0],
                fund: row[1],
                category: row[2],
                amount: Money(fen: row[3]),
                count: row[4]
            )
        }
        let values = try Row.fetchAll(
            db,
            sql: """
                SELECT id, office, indicator, period, label, num, text, note FROM indicator_values
                WHERE indicator IN (SELECT code FROM indicators WHERE project = ? AND deleted = 0)
                ORDER BY office, indicator, period, label
                """,
            arguments: [code]
        ).compactMap { IndicatorValue(syncValues: syncValues($0)) }
            .filter { $0.period.year == year }
        let narratives = try Row.fetchAll(
            db,
            sql: "SELECT id, office, project, section, text FROM narratives WHERE project = ? ORDER BY office, section",
            arguments: [code]
        ).compactMap { Narrative(syncValues: syncValues($0)) }
        return ReportInput(
            project: project,
            funds: funds,
            categories: categories,
            indicators: indicators,
            expectedOffices: expected,
            offices: offices,
            spending: spending,
            values: values,
            narratives: narratives,
            generatedAt: now
        )
    }

    /// A row's columns as canonical values, as `JixiaoStorage` stores them.
    static func syncValues(_ row: Row) -> [SyncValue] {
        (0..<row.count).map { index in
            let value: DatabaseValue = row[index]
            switch value.storage {
            case .null, .blob: return .null
            case .int64(let n): return .integer(n)
            case .double(let d): return .real(d)
            case .string(let s): return .text(s)
            }
        }
    }

    /// Parses the ISO 8601 times the storage layer writes (with or without fractional seconds).
    static func parseTime(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
