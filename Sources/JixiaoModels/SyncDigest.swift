/// An order-independent digest of a set of rows: how many there are, and the XOR of each row's 128-bit hash
/// (the first 16 bytes of SHA-256 over `CanonicalRow.bytes`, as two big-endian `Int64`s).
///
/// XOR makes the digest independent of order and lets both sides maintain it incrementally: adding or removing a
/// row XORs its hash in or out.
public struct SyncDigest: Hashable, Sendable, Codable, CustomStringConvertible {
    public var count: Int64
    public var h1: Int64
    public var h2: Int64

    public init(count: Int64 = 0, h1: Int64 = 0, h2: Int64 = 0) {
        self.count = count
        self.h1 = h1
        self.h2 = h2
    }

    /// The digest of no rows.
    public static let empty = SyncDigest()

    /// Adds (or, applied again, removes) one row hash.
    public mutating func toggle(_ hash: RowHash, counting delta: Int64) {
        count += delta
        h1 ^= hash.h1
        h2 ^= hash.h2
    }

    /// `count:hex(h1)hex(h2)`, e.g. `3:0011…`.
    public var description: String { "\(count):\(Self.hex(h1))\(Self.hex(h2))" }

    private static func hex(_ value: Int64) -> String {
        let digits = String(UInt64(bitPattern: value), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// A row's 128-bit hash: the first 16 bytes of SHA-256 over its canonical bytes, as two big-endian `Int64`s.
public struct RowHash: Hashable, Sendable {
    public var h1: Int64
    public var h2: Int64

    public init(h1: Int64, h2: Int64) {
        self.h1 = h1
        self.h2 = h2
    }
}
