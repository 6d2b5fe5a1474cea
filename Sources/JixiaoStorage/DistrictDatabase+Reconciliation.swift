import Foundation
import GRDB
import JixiaoModels

extension DistrictDatabase {
    /// The office's rows, with their hashes, whose `h1` lies in one of `ranges` (a digest repair's buckets,
    /// Protocol.md §10.9.3), from one read transaction. An empty list of ranges reads nothing.
    public func hashedRows(office: String, within ranges: [ClosedRange<Int64>]) throws -> [HashedRow] {
        guard !ranges.isEmpty else { return [] }
        return try read { db in
            var rows: [HashedRow] = []
            let condition = ranges.map { _ in "rh1 BETWEEN ? AND ?" }.joined(separator: " OR ")
            let bounds = ranges.flatMap { [$0.lowerBound, $0.upperBound] as [any DatabaseValueConvertible] }
            for table in StreetDatabase.ownedTables {
                let cursor = try Row.fetchCursor(
                    db,
                    sql: "SELECT id, rh1, rh2 FROM \(table.sqlName) WHERE office = ? AND (\(condition))",
                    arguments: StatementArguments([office] + bounds)
                )
                while let row = try cursor.next() {
                    rows.append(HashedRow(table: table, key: row[0], hash: RowHash(h1: row[1], h2: row[2])))
                }
            }
            return rows
        }
    }

    /// The district's current state of each of `keys` of the office (Protocol.md §10.9.4): a row with its version
    /// (base = version), a tombstone, or nothing when the district never held the row; in `keys` order, from one read
    /// transaction.
    public func currentRows(office: String, keys: [RowKey], into sink: (SyncChange) throws -> Void) throws {
        try read { db in
            for key in keys where key.table.isOfficeOwned {
                let spec = TableSpec.of(key.table)
                let columns = spec.columns.map { "t.\($0.name)" }.joined(separator: ", ")
                guard
                    let row = try Row.fetchOne(
                        db.cachedStatement(
                            sql: """
                                SELECT r.clock, r.device, r.deleted, t.id IS NOT NULL, \(columns) FROM office_rows r
                                LEFT JOIN \(key.table.sqlName) t ON t.office = r.office AND t.id = r.row_id
                                WHERE r.office = ? AND r.tbl = ? AND r.row_id = ?
                                """
                        ),
                        arguments: [office, key.table.rawValue, key.key]
                    )
                else { continue }
                try sink(Self.heldChange(row, offset: 0, table: key.table, key: key.key, office: office))
            }
        }
    }
}
