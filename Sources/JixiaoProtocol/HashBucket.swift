import JixiaoModels

/// A range of row hashes (Protocol.md §10.9.1): the rows whose `h1`, read as an unsigned 64-bit integer, starts
/// with the `bits` high bits `prefix`. The whole hash space is `HashBucket.all`; each bucket of at most 60 bits
/// splits into 16 children of 4 more bits.
public struct HashBucket: Hashable, Sendable, CustomStringConvertible {
    /// How many children a bucket splits into.
    public static let fanOut = 16
    /// The bucket of every row.
    public static let all = HashBucket(uncheckedPrefix: 0, bits: 0)

    /// The high bits of `h1` the bucket's rows share, right-aligned.
    public let prefix: UInt64
    /// How many high bits: 0, 4, … 64.
    public let bits: UInt8

    /// A bucket, or `nil` when `bits` is not a multiple of 4 up to 64 or `prefix` has more than `bits` bits.
    public init?(prefix: UInt64, bits: UInt8) {
        guard bits % 4 == 0, bits <= 64, bits == 64 || prefix >> UInt64(bits) == 0 else { return nil }
        self.init(uncheckedPrefix: prefix, bits: bits)
    }

    private init(uncheckedPrefix prefix: UInt64, bits: UInt8) {
        self.prefix = prefix
        self.bits = bits
    }

    /// The lowest unsigned `h1` in the bucket.
    public var lowest: UInt64 { prefix << (64 - UInt64(bits)) }
    /// The highest unsigned `h1` in the bucket.
    public var highest: UInt64 { lowest | (UInt64.max >> UInt64(bits)) }

    /// The bucket's `h1` values as signed integers (as SQLite stores them): one range, because a bucket of at least
    /// one bit never straddles the sign change.
    public var signedRange: ClosedRange<Int64> {
        bits == 0 ? Int64.min...Int64.max : Int64(bitPattern: lowest)...Int64(bitPattern: highest)
    }

    /// Whether a row hash lies in the bucket.
    public func contains(_ hash: RowHash) -> Bool {
        let value = UInt64(bitPattern: hash.h1)
        return value >= lowest && value <= highest
    }

    /// Whether the bucket can split (at most 60 bits).
    public var canSplit: Bool { bits <= 60 }

    /// The 16 children, in order of their hashes.
    /// - Precondition: `canSplit`.
    public var children: [HashBucket] {
        precondition(canSplit, "a 64-bit bucket has no children")
        return (0..<UInt64(Self.fanOut)).map { HashBucket(uncheckedPrefix: prefix << 4 | $0, bits: bits + 4) }
    }

    /// Which child of this bucket holds `hash`.
    /// - Precondition: `canSplit` and `contains(hash)`.
    public func child(holding hash: RowHash) -> Int {
        Int((UInt64(bitPattern: hash.h1) >> (60 - UInt64(bits))) & 0xF)
    }

    /// `prefix/bits` in hex, e.g. `3a/8`.
    public var description: String { "\(String(prefix, radix: 16))/\(bits)" }
}

/// One bucket a RECONCILE asks about, and how it wants the answer (Protocol.md §10.9.2).
public struct BucketQuery: Hashable, Sendable {
    public var bucket: HashBucket
    /// List the bucket's rows (if they are few enough, §10.9.3) rather than the 16 children's digests.
    public var wantsRows: Bool

    public init(bucket: HashBucket, wantsRows: Bool) {
        self.bucket = bucket
        self.wantsRows = wantsRows
    }
}

/// The district's answer about one bucket (Protocol.md §10.9.3).
public enum BucketAnswer: Hashable, Sendable {
    /// The digests (§9.3) of the bucket's 16 children, in order.
    case digests([SyncDigest])
    /// Every row of the bucket in `HashedRow.ordered` order.
    case rows([HashedRow])

    /// The most rows a listing holds; a bucket with more is answered with its children's digests.
    public static let rowLimit = 256
    /// The most bytes one listing takes on the wire (§10.9.3), so that 64 of them fit a frame.
    public static let listingByteLimit = 16_384

    /// The district's answer to `query` (Protocol.md §10.9.3), from the bucket's rows in any order: the listing when
    /// it was asked for and is small enough (or the bucket cannot split), else the children's digests.
    /// - Precondition: every row lies in the bucket.
    public static func answering(_ query: BucketQuery, rows: [HashedRow]) -> BucketAnswer {
        let bucket = query.bucket
        if !bucket.canSplit
            || (query.wantsRows && rows.count <= rowLimit && listingBytes(rows) <= listingByteLimit)
        {
            return .rows(rows.sorted(by: HashedRow.ordered))
        }
        var digests = Array(repeating: SyncDigest.empty, count: HashBucket.fanOut)
        for row in rows {
            precondition(bucket.contains(row.hash), "row \(row.row) is not in bucket \(bucket)")
            digests[bucket.child(holding: row.hash)].toggle(row.hash, counting: 1)
        }
        return .digests(digests)
    }

    /// The wire size of a listing of `rows` (its entries after the row count).
    static func listingBytes(_ rows: [HashedRow]) -> Int {
        rows.reduce(0) { $0 + 1 + 2 + $1.row.key.utf8.count + 16 }
    }
}
