import Crypto
import JixiaoModels

extension RowHash {
    /// A row's hash (Protocol.md §9): the first 16 bytes of SHA-256 over `CanonicalRow.bytes(table:values:)`,
    /// read as two big-endian signed 64-bit integers.
    public init(table: SyncTable, values: [SyncValue]) {
        let hash = Array(SHA256.hash(data: CanonicalRow.bytes(table: table, values: values)))
        func int64(_ bytes: ArraySlice<UInt8>) -> Int64 {
            Int64(bitPattern: bytes.reduce(UInt64(0)) { ($0 << 8) | UInt64($1) })
        }
        self.init(h1: int64(hash[0..<8]), h2: int64(hash[8..<16]))
    }
}

extension SyncDigest {
    /// Adds a row to the digest (Protocol.md §9).
    public mutating func add(table: SyncTable, values: [SyncValue]) {
        toggle(RowHash(table: table, values: values), counting: 1)
    }

    /// Removes a row previously added (XOR is its own inverse).
    public mutating func remove(table: SyncTable, values: [SyncValue]) {
        toggle(RowHash(table: table, values: values), counting: -1)
    }
}
