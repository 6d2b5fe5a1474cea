/// A row named by its table and key, the way reconciliation and FETCH name rows (Protocol.md §10.9).
public struct RowKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var table: SyncTable
    public var key: String

    public init(table: SyncTable, key: String) {
        self.table = table
        self.key = key
    }

    public static func < (a: RowKey, b: RowKey) -> Bool {
        (a.table.rawValue, a.key) < (b.table.rawValue, b.key)
    }

    /// `table/key`, e.g. `expenditures/e-1`.
    public var description: String { "\(table)/\(key)" }
}

/// An office row as reconciliation compares it: its key and the hash of its content (Protocol.md §9.2).
public struct HashedRow: Hashable, Sendable {
    public var row: RowKey
    public var hash: RowHash

    public init(table: SyncTable, key: String, hash: RowHash) {
        self.row = RowKey(table: table, key: key)
        self.hash = hash
    }

    /// The order of rows in a bucket's listing (Protocol.md §10.9.2): by `h1` read as unsigned, then `h2` as
    /// unsigned, then table and key.
    public static func ordered(_ a: HashedRow, _ b: HashedRow) -> Bool {
        let (x, y) = (UInt64(bitPattern: a.hash.h1), UInt64(bitPattern: b.hash.h1))
        if x != y { return x < y }
        let (p, q) = (UInt64(bitPattern: a.hash.h2), UInt64(bitPattern: b.hash.h2))
        if p != q { return p < q }
        return a.row < b.row
    }
}
