/// A dropdown list on a range of cells (Excel's 数据验证 / 数据有效性, type "list").
public struct DataValidation: Hashable, Sendable {
    /// Where the allowed values come from.
    public enum Source: Hashable, Sendable {
        /// A short fixed list, written into the rule itself (at most 255 characters, no commas or quotes).
        case list([String])
        /// The cells of a range, usually on a hidden sheet: `'代码'!$A$2:$A$40`.
        case range(sheet: String, CellRange)
    }

    /// The cells the rule applies to.
    public var ranges: [CellRange]
    /// The allowed values.
    public var source: Source
    /// Whether an empty cell is accepted.
    public var allowBlank: Bool
    /// Shown when a value outside the list is typed; `nil` to allow any value (the list is then only a help).
    public var error: String?
    /// Shown when the cell is selected; `nil` for none.
    public var prompt: String?

    /// A list rule on `ranges`.
    public init(
        ranges: [CellRange],
        source: Source,
        allowBlank: Bool = true,
        error: String? = nil,
        prompt: String? = nil
    ) {
        precondition(!ranges.isEmpty, "a data validation applies to at least one range")
        self.ranges = ranges
        self.source = source
        self.allowBlank = allowBlank
        self.error = error
        self.prompt = prompt
    }
}

/// How a sheet prints.
public struct PrintSetup: Hashable, Sendable {
    /// The paper's orientation.
    public enum Orientation: String, Hashable, Sendable {
        case portrait, landscape
    }

    /// Orientation on A4 paper.
    public var orientation: Orientation
    /// Rows repeated at the top of every printed page (`_xlnm.Print_Titles`), 1-based; `nil` for none.
    public var repeatedRows: ClosedRange<Int>?
    /// Scale the sheet to one page wide (as many pages tall as needed).
    public var fitToWidth: Bool

    /// A4 paper in `orientation`.
    public init(orientation: Orientation = .landscape, repeatedRows: ClosedRange<Int>? = nil, fitToWidth: Bool = true) {
        precondition(repeatedRows.map { $0.lowerBound >= 1 } ?? true, "rows are 1-based")
        self.orientation = orientation
        self.repeatedRows = repeatedRows
        self.fitToWidth = fitToWidth
    }
}
