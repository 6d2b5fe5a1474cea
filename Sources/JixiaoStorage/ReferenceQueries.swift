import GRDB
import JixiaoModels

/// Loads reference data; the same tables exist on both sides (the district's have `rev` and `deleted` too).
enum ReferenceQueries {
    /// - Parameters:
    ///   - deletedFilter: `""` on the street side, `"deleted = 0"` on the district side.
    ///   - year: only projects of this year (and their funds, categories, indicators: every table has the year).
    static func load(_ db: Database, deletedFilter: String, year: Int? = nil) throws -> ReferenceData {
        func fetch<T>(_ spec: TableSpec, order: String, _ make: ([SyncValue]) throws -> T) throws -> [T] {
            var conditions: [String] = []
            if !deletedFilter.isEmpty { conditions.append(deletedFilter) }
            if let year {
                conditions.append("year = \(year)")
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(
                db,
                sql: "SELECT \(spec.columnList) FROM \(spec.table.sqlName) \(filter) ORDER BY \(order)"
            )
            .map { try make(RowCodec.values($0, count: spec.columns.count)) }
        }
        return ReferenceData(
            projects: try fetch(.projects, order: "year, code", Project.init(syncValues:)),
            funds: try fetch(.funds, order: "year, project, rowid", Fund.init(syncValues:)),
            categories: try fetch(.categories, order: "year, project, rowid", JixiaoModels.Category.init(syncValues:)),
            indicators: try fetch(.indicators, order: "year, project, rowid", Indicator.init(syncValues:))
        )
    }
}
