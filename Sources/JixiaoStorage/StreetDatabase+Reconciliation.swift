import Foundation
import GRDB
import JixiaoModels

extension StreetDatabase {
    /// Every office row the device holds, with its hash (the input of a digest repair, Protocol.md §10.9), from one
    /// read transaction.
    public func hashedRows() throws -> [HashedRow] {
        try read { db in
            var rows: [HashedRow] = []
            for table in Self.ownedTables {
                let cursor = try Row.fetchCursor(db, sql: "SELECT id, rh1, rh2 FROM \(table.sqlName)")
                while let row = try cursor.next() {
                    rows.append(HashedRow(table: table, key: row[0], hash: RowHash(h1: row[1], h2: row[2])))
                }
            }
            return rows
        }
    }
}
