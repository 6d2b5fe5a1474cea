import JixiaoModels

/// A plain-text table for the terminal, aligned by display width so that Chinese text lines up.
///
/// Columns are separated by two spaces; a row of dashes under the titles unless `titleRule` is off. Numbers and money read best
/// right-aligned (`Column(title: "金额", alignment: .right)`). Line breaks and tabs inside a cell print as spaces,
/// so one row is one line, and trailing spaces are trimmed from every line.
///
/// ```
/// 项目    金额
/// ------  ------------
/// JD2021  1,234,567.00
/// ```
public struct Table: Sendable {
    /// Where a cell's text sits within its column.
    public enum Alignment: Sendable {
        case left
        case right
    }

    /// A column: its title and alignment.
    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        /// The column's name in CSV headers and JSON keys, the same in every language; `title` when `nil`.
        public var field: String?

        /// - Parameters:
        ///   - title: the heading.
        ///   - alignment: `.right` for numbers and money.
        public init(_ title: String, alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }

        /// A column titled in the process's language by the catalogue's `header.FIELD`, named `field` in CSV and
        /// JSON (machine formats keep one name whatever the language).
        /// - Parameters:
        ///   - field: the machine name (`office`, `last_sync`).
        ///   - alignment: `.right` for numbers and money.
        public init(header field: String, alignment: Alignment = .left) {
            self.title = tr("header.\(field)")
            self.alignment = alignment
            self.field = field
        }
    }

    /// The columns, left to right.
    public var columns: [Column]
    /// The rows added so far; each has one cell per column.
    public private(set) var rows: [[String]] = []
    /// Whether a row of dashes separates the titles from the rows.
    public var titleRule: Bool

    /// A table with these columns and no rows.
    /// - Parameters:
    ///   - columns: the columns, left to right.
    ///   - titleRule: draw a row of dashes under the titles.
    public init(columns: [Column], titleRule: Bool = true) {
        self.columns = columns
        self.titleRule = titleRule
    }

    /// Adds a row. Missing trailing cells print empty; a row with more cells than columns is a programmer error.
    public mutating func append(_ row: [String]) {
        precondition(row.count <= columns.count, "a row has more cells than the table has columns")
        rows.append(row + Array(repeating: "", count: columns.count - row.count))
    }

    /// The table as lines of text, each ending in a newline.
    public func render() -> String {
        let titles = columns.map { Self.flatten($0.title) }
        let body = rows.map { $0.map(Self.flatten) }
        var widths = titles.map { DisplayWidth.of($0) }
        for row in body {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        var out = ""
        func emit(_ cells: [String], alignments: [Alignment]) {
            var line = ""
            for (index, cell) in cells.enumerated() {
                if index > 0 { line += "  " }
                let padding = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                line += alignments[index] == .right ? padding + cell : cell + padding
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        let alignments = columns.map(\.alignment)
        emit(titles, alignments: alignments)
        if titleRule { emit(widths.map { String(repeating: "-", count: $0) }, alignments: alignments) }
        for row in body { emit(row, alignments: alignments) }
        return out
    }

    /// One line: newlines and tabs become spaces, other control characters go.
    static func flatten(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where previousWasCR: break
            case "\r", "\n", "\t": scalars.append(" ")
            default: if scalar.value >= 0x20 && scalar.value != 0x7F { scalars.append(scalar) }
            }
            previousWasCR = scalar == "\r"
        }
        return String(scalars)
    }
}
