import Crypto
import JixiaoModels

/// The order-independent digest of a set of rows (Protocol.md §9): the row count and the XOR of each row's
/// first 16 bytes of SHA-256 over `CanonicalRow.bytes`, read as two big-endian signed 64-bit integers.
public struct SyncDigest: Hashable, Sendable, CustomStringConvertible {
    /// The number of rows.
    public var count: Int64
    /// XOR of the rows' first hash halves.
    public var h1: Int64
    /// XOR of the rows' second hash halves.
    public var h2: Int64

    /// Creates a digest from its three numbers.
    public init(count: Int64 = 0, h1: Int64 = 0, h2: Int64 = 0) {
        self.count = count
        self.h1 = h1
        self.h2 = h2
    }

    /// The digest of no rows.
    public static let empty = SyncDigest()

    /// One row's `(h1, h2)`: the first 16 bytes of SHA-256 over its canonical bytes.
    public static func rowHash(table: SyncTable, values: [SyncValue]) -> (h1: Int64, h2: Int64) {
        let hash = Array(SHA256.hash(data: CanonicalRow.bytes(table: table, values: values)))
        func int64(_ bytes: ArraySlice<UInt8>) -> Int64 {
            Int64(bitPattern: bytes.reduce(UInt64(0)) { ($0 << 8) | UInt64($1) })
        }
        return (int64(hash[0..<8]), int64(hash[8..<16]))
    }

    /// Adds a row.
    public mutating func add(table: SyncTable, values: [SyncValue]) {
        let (a, b) = SyncDigest.rowHash(table: table, values: values)
        count += 1
        h1 ^= a
        h2 ^= b
    }

    /// Removes a row previously added (XOR is its own inverse).
    public mutating func remove(table: SyncTable, values: [SyncValue]) {
        let (a, b) = SyncDigest.rowHash(table: table, values: values)
        count -= 1
        h1 ^= a
        h2 ^= b
    }

    public var description: String { "\(count) rows, \(h1)/\(h2)" }
}
