import GRDB
import JixiaoModels

extension DistrictDatabase {
    /// Reads what `district status` needs in one read transaction: a consistent snapshot while syncs write.
    /// - Parameter choose: picks the period from the live reference data (for instance the latest year with
    ///   projects); it runs inside the transaction, and what it throws ends the read and is rethrown.
    /// - Throws: what `choose` throws; `StorageError.invalidData` naming the first row that cannot be read (a value
    ///   with an invalid period, a narrative with an unknown section): no row is silently left out of the count.
    public func statusSnapshot(choosing choose: (ReferenceData) throws -> Period) throws -> StatusSnapshot {
        try read { db in
            let reference = try ReferenceQueries.load(db, deletedFilter: "deleted = 0")
            let period = try choose(reference)
            var snapshot = StatusSnapshot(
                reference: reference,
                period: period,
                offices: try Self.officeRecords(db),
                lastSuccessfulSyncs: try Self.lastSuccessfulSyncs(db),
                expenditures: try Self.expenditureCounts(db, period: period),
                values: try Self.valueReceipts(db, year: period.year),
                narratives: try Self.narrativeReceipts(db, year: period.year),
                reviews: try Self.reviews(db, office: nil, after: 0).filter { $0.year == period.year }
            )
            snapshot.yearValues = try Self.yearValues(db, year: period.year)
            snapshot.yearSpending = try Self.yearSpending(db, year: period.year)
            return snapshot
        }
    }

    /// Every value of the year (a value's period gives its year).
    private static func yearValues(_ db: Database, year: Int) throws -> [IndicatorValue] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(TableSpec.indicatorValues.columnList) FROM indicator_values
                WHERE substr(period, 1, 4) = ? ORDER BY office, indicator, period, label
                """,
            arguments: [String(year)]
        ).map { try IndicatorValue(syncValues: RowCodec.values($0, count: TableSpec.indicatorValues.columns.count)) }
    }

    /// The year's spending, summed by SQL per office, project, fund and category.
    private static func yearSpending(_ db: Database, year: Int) throws -> [StatusSnapshot.SpendingGroup] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT office, project, fund, category, SUM(amount) FROM expenditures
                WHERE date BETWEEN ? AND ? GROUP BY office, project, fund, category
                """,
            arguments: ["\(year)-01-01", "\(year)-12-31"]
        ).map { row in
            StatusSnapshot.SpendingGroup(
                office: row[0],
                project: row[1],
                fund: row[2],
                category: row[3],
                amount: Money(fen: row[4])
            )
        }
    }

    private static func lastSuccessfulSyncs(_ db: Database) throws -> [String: String] {
        var result: [String: String] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT office, max(finished_at) FROM sync_sessions WHERE ok = 1 GROUP BY office"
        ) {
            result[row[0]] = row[1]
        }
        return result
    }

    private static func expenditureCounts(_ db: Database, period: Period) throws -> [StatusSnapshot.ExpenditureCount] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT office, project, count(*), coalesce(sum(amount), 0) FROM expenditures
                WHERE date BETWEEN ? AND ? GROUP BY office, project ORDER BY office, project
                """,
            arguments: [period.firstDay, period.lastDay]
        ).map { row in
            StatusSnapshot.ExpenditureCount(office: row[0], project: row[1], count: row[2], total: Money(fen: row[3]))
        }
    }

    /// One row per (office, indicator, period); `min(id)` names a row if the period cannot be read.
    private static func valueReceipts(_ db: Database, year: Int) throws -> [StatusSnapshot.ValueReceipt] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT office, indicator, period, min(id) FROM indicator_values WHERE period LIKE ?
                GROUP BY office, indicator, period ORDER BY office, indicator, period
                """,
            arguments: ["\(year)%"]
        ).map { row in
            let office: String = row[0]
            let text: String = row[2]
            do {
                return StatusSnapshot.ValueReceipt(office: office, indicator: row[1], period: try Period(parsing: text))
            } catch let error as ModelError {
                throw StorageError.invalidRow(.indicatorValues, key: row[3], office: office, error.message)
            }
        }
    }

    private static func narrativeReceipts(_ db: Database, year: Int) throws -> [StatusSnapshot.NarrativeReceipt] {
        try Row.fetchAll(
            db,
            sql:
                "SELECT office, project, section, id FROM narratives WHERE trim(text) != '' AND year = ? ORDER BY office, project, id",
            arguments: [year]
        ).map { row in
            let office: String = row[0]
            let section: String = row[2]
            guard let parsed = Narrative.Section(rawValue: section) else {
                throw StorageError.invalidRow(
                    .narratives,
                    key: row[3],
                    office: office,
                    tr("storage.section-unknown", ["text": section])
                )
            }
            return StatusSnapshot.NarrativeReceipt(office: office, project: row[1], section: parsed)
        }
    }
}
