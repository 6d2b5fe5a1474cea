/// One column value as it travels in a sync and as it is hashed for the convergence digest.
public enum SyncValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// The tables whose rows travel between an office and the district.
///
/// Office-owned tables travel office → district (push); reference tables district → office (pull).
public enum SyncTable: UInt8, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case expenditures = 1
    case indicatorValues = 2
    case narratives = 3
    /// An office's 上报 of one project and year (schema 3, Docs/Review.md): pushed like the office's other rows.
    case submissions = 4
    case projects = 16
    case funds = 17
    case categories = 18
    case indicators = 19
    /// The district's record of a conflict that an office's devices lost (Protocol.md §10.7): pulled only.
    case conflicts = 32
    /// The district's review state of the office's projects and years (schema 3, Protocol.md §10.10): pulled only.
    case reviews = 33
    /// The office's pushed changes the district refused because their project and year were locked (§10.10): pulled
    /// only.
    case refusedChanges = 34

    /// Whether offices own the rows (and may push them).
    public var isOfficeOwned: Bool { rawValue < 16 }

    /// Whether the district owns the rows as reference data (projects, funds, categories, indicators).
    public var isReference: Bool { rawValue >= 16 && rawValue < 32 }

    /// Whether the district keeps the rows about one office (conflicts, reviews, refused changes): pulled only.
    public var isDistrictRecord: Bool { rawValue >= 32 }

    /// The SQL table name (the same on both sides).
    public var sqlName: String {
        switch self {
        case .expenditures: "expenditures"
        case .indicatorValues: "indicator_values"
        case .narratives: "narratives"
        case .projects: "projects"
        case .funds: "funds"
        case .categories: "categories"
        case .indicators: "indicators"
        case .conflicts: "conflicts"
        case .submissions: "submissions"
        case .reviews: "reviews"
        case .refusedChanges: "refused_changes"
        }
    }

    public var description: String { sqlName }

    /// The table with this SQL name.
    public init?(sqlName: String) {
        guard let table = SyncTable.allCases.first(where: { $0.sqlName == sqlName }) else { return nil }
        self = table
    }
}

/// A change to one row: an upsert carries the row's values in the table's canonical column order
/// (see `Docs/Protocol.md`); a tombstone carries only the key.
public struct SyncChange: Hashable, Sendable {
    public enum Operation: UInt8, Hashable, Sendable {
        case upsert = 1
        case delete = 2
    }

    public var table: SyncTable
    public var operation: Operation
    /// The row's key as text (an expenditure's id; `project/code` for a fund…).
    public var key: String
    /// The office that owns the row (empty for reference rows).
    public var office: String
    /// The row's values in canonical column order; empty for a delete.
    public var values: [SyncValue]
    /// The version this change writes (Protocol.md §10.6); `.none` for reference rows.
    public var version: RowVersion
    /// The version of the row the writing device held when it made the change (`.none`: it held none). A change
    /// whose base equals its version is a copy the device already sent, not a new edit.
    public var base: RowVersion

    public init(
        table: SyncTable,
        operation: Operation,
        key: String,
        office: String,
        values: [SyncValue],
        version: RowVersion = .none,
        base: RowVersion = .none
    ) {
        self.table = table
        self.operation = operation
        self.key = key
        self.office = office
        self.values = values
        self.version = version
        self.base = base
    }
}

/// The version of an office row: a hybrid logical clock (milliseconds since 1970, moved past every version the
/// device has seen) and the device that wrote it. Versions are ordered by clock, then device id: the greater one
/// wins a conflict (Protocol.md §10.6).
public struct RowVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The clock reading, milliseconds since 1970 or later.
    public var clock: Int64
    /// The writing device's id (its database epoch, a lowercase UUID); empty for none.
    public var device: String

    /// Creates a version.
    public init(clock: Int64, device: String) {
        self.clock = clock
        self.device = device
    }

    /// No version: a row that was never versioned (or a reference row).
    public static let none = RowVersion(clock: 0, device: "")

    /// Whether this is `.none`.
    public var isNone: Bool { self == .none }

    public static func < (lhs: RowVersion, rhs: RowVersion) -> Bool {
        (lhs.clock, lhs.device) < (rhs.clock, rhs.device)
    }

    /// `clock@device`, as listings show it.
    public var description: String { isNone ? "-" : "\(clock)@\(device)" }
}

/// Canonical bytes of a row, for the order-independent digest: table id, then each value tagged.
///
/// Tags: 0 null; 1 integer (8 bytes big-endian two's complement); 2 real (8 bytes big-endian IEEE 754 bits);
/// 3 text (4-byte big-endian UTF-8 length, then the bytes).
public enum CanonicalRow {
    /// The canonical encoding of `values` in `table`.
    public static func bytes(table: SyncTable, values: [SyncValue]) -> [UInt8] {
        var out: [UInt8] = [table.rawValue]
        out.reserveCapacity(64)
        for value in values { append(value, to: &out) }
        return out
    }

    /// Appends one tagged value.
    public static func append(_ value: SyncValue, to out: inout [UInt8]) {
        switch value {
        case .null:
            out.append(0)
        case .integer(let n):
            out.append(1)
            appendBigEndian(UInt64(bitPattern: n), to: &out)
        case .real(let d):
            out.append(2)
            appendBigEndian(d.bitPattern, to: &out)
        case .text(let s):
            out.append(3)
            // The bytes straight from the string: no temporary array per value (a hash per imported row).
            appendBigEndian(UInt32(s.utf8.count), to: &out)
            out.append(contentsOf: s.utf8)
        }
    }

    /// Appends `value` in big-endian byte order.
    public static func appendBigEndian<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        var big = value.bigEndian
        withUnsafeBytes(of: &big) { out.append(contentsOf: $0) }
    }
}
