import GRDB
import JixiaoModels

extension ReferenceWriter {
    /// The live reference data of every year, as this transaction sees it (a plan import compares against it).
    public func reference() throws -> ReferenceData {
        try ReferenceQueries.load(db, deletedFilter: "deleted = 0")
    }

    /// The codes of every enrolled office, in code order.
    public func enrolledOffices() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT code FROM offices ORDER BY code")
    }

    /// How many rows name a reference item, so that removing it would leave them without it: indicator values
    /// for an indicator (of its year's periods); expenditures for a fund or category (dated in its year);
    /// expenditures, narratives and live indicators, funds and categories for a project of a year.
    /// - Parameters:
    ///   - table: `.projects`, `.funds`, `.categories` or `.indicators`.
    ///   - key: `code/year`, or `project/code/year` for funds and categories.
    public func rowsNaming(_ table: SyncTable, key: String) throws -> Int {
        precondition(!table.isOfficeOwned, "offices own \(table)")
        let keys = TableSpec.of(table).keyValues(of: key)
        switch table {
        case .indicators:
            return try count(
                "SELECT count(*) FROM indicator_values WHERE indicator = ? AND substr(period, 1, 4) = ?",
                keys
            )
        case .funds:
            return try count(
                "SELECT count(*) FROM expenditures WHERE project = ? AND fund = ? AND substr(date, 1, 4) = ?",
                keys
            )
        case .categories:
            return try count(
                "SELECT count(*) FROM expenditures WHERE project = ? AND category = ? AND substr(date, 1, 4) = ?",
                keys
            )
        default:
            return try [
                "SELECT count(*) FROM expenditures WHERE project = ? AND substr(date, 1, 4) = ?",
                "SELECT count(*) FROM narratives WHERE project = ? AND year = ?",
                "SELECT count(*) FROM indicators WHERE project = ? AND year = ? AND deleted = 0",
                "SELECT count(*) FROM funds WHERE project = ? AND year = ? AND deleted = 0",
                "SELECT count(*) FROM categories WHERE project = ? AND year = ? AND deleted = 0",
            ].reduce(0) { total, sql in total + (try count(sql, keys)) }
        }
    }

    private func count(_ sql: String, _ arguments: [String]) throws -> Int {
        try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0
    }
}
