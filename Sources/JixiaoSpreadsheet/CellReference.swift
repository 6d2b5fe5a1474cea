/// The address of one cell: a column and a row, both 1-based (`C7` is column 3, row 7).
public struct CellReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The column, 1-based (A is 1, XFD is 16 384).
    public var column: Int
    /// The row, 1-based.
    public var row: Int

    /// The largest column and row SpreadsheetML allows.
    public static let maximumColumn = 16_384
    public static let maximumRow = 1_048_576

    /// The cell at `column`, `row` (both 1-based).
    public init(column: Int, row: Int) {
        precondition(column >= 1 && row >= 1, "cell references are 1-based")
        self.column = column
        self.row = row
    }

    /// Parses `C7`, `$C$7` or `c7`; `nil` for anything else or a cell outside the sheet's limits.
    public init?(_ text: some StringProtocol) {
        self.init(utf8: text.utf8)
    }

    /// The reference the UTF-8 `bytes` spell (`C7`, `$A$1`), as `init(_:)` reads text.
    init?(utf8 bytes: some Sequence<UInt8>) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A") + 1)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, column <= Self.maximumColumn, row >= 1, row <= Self.maximumRow else {
            return nil
        }
        self.column = column
        self.row = row
    }

    /// `C` for column 3.
    public static func columnName(_ column: Int) -> String {
        precondition(column >= 1, "columns are 1-based")
        var number = column
        var scalars: [Unicode.Scalar] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder)))
            number = (number - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// The column's letters, `C`.
    public var columnName: String { Self.columnName(column) }

    /// `C7`.
    public var description: String { "\(columnName)\(row)" }

    /// `$C$7`, as formulas and defined names write an absolute reference.
    public var absolute: String { "$\(columnName)$\(row)" }

    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangle of cells, `A1:C3` (a single cell is a range of one).
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The top-left cell.
    public var start: CellReference
    /// The bottom-right cell.
    public var end: CellReference

    /// The rectangle between two corners, in any order.
    public init(_ first: CellReference, _ second: CellReference) {
        start = CellReference(column: min(first.column, second.column), row: min(first.row, second.row))
        end = CellReference(column: max(first.column, second.column), row: max(first.row, second.row))
    }

    /// Parses `A1:C3` or `B2`; `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let first = CellReference(parts[0]) else { return nil }
        guard parts.count == 2 else {
            self.init(first, first)
            return
        }
        guard let second = CellReference(parts[1]) else { return nil }
        self.init(first, second)
    }

    /// Whether `reference` lies inside.
    public func contains(_ reference: CellReference) -> Bool {
        (start.column...end.column).contains(reference.column) && (start.row...end.row).contains(reference.row)
    }

    /// `A1:C3`, or `B2` for a single cell.
    public var description: String { start == end ? start.description : "\(start):\(end)" }

    /// `$A$1:$C$3`.
    public var absolute: String { "\(start.absolute):\(end.absolute)" }
}
