import Foundation

/// A sheet to be written: cells with styles, column widths, a frozen header, merged ranges, dropdown lists and print
/// setup. Part of a `WorkbookDraft`.
public struct SheetDraft: Sendable {
    /// A cell to be written.
    public struct DraftCell: Hashable, Sendable {
        public var value: CellValue
        public var style: CellStyle
    }

    /// The tab name: 1–31 characters, none of `[]:*?/\`, unique in the workbook.
    public var name: String
    /// Whether the tab is hidden (for the lists behind dropdowns).
    public var isHidden: Bool
    /// Column widths in characters, by 1-based column.
    public var columnWidths: [Int: Double] = [:]
    /// Row heights in points, by 1-based row; rows not listed get the application's height. Give one where wrapped
    /// text sits in merged cells: neither Excel nor LibreOffice grows a row for those.
    public var rowHeights: [Int: Double] = [:]
    /// How many top rows stay in view when scrolling (1 for a header row).
    public var frozenRows = 0
    /// Merged ranges; write the value in the top-left cell.
    public var mergedRanges: [CellRange] = []
    /// Dropdown lists.
    public var validations: [DataValidation] = []
    /// Print setup; `nil` for the application's default.
    public var printSetup: PrintSetup?

    /// The cells by row, then column.
    private(set) var rows: [Int: [Int: DraftCell]] = [:]

    /// An empty sheet named `name`.
    public init(name: String, isHidden: Bool = false) {
        self.name = name
        self.isHidden = isHidden
    }

    /// Sets the cell at `reference`; `.empty` with the plain style removes it.
    public mutating func set(_ value: CellValue, at reference: CellReference, style: CellStyle = .plain) {
        if value == .empty && style == .plain {
            rows[reference.row]?[reference.column] = nil
        } else {
            rows[reference.row, default: [:]][reference.column] = DraftCell(value: value, style: style)
        }
    }

    /// Sets `values` in `row` from column A on, all with `style`.
    public mutating func setRow(_ row: Int, _ values: [CellValue], style: CellStyle = .plain) {
        for (offset, value) in values.enumerated() {
            set(value, at: CellReference(column: offset + 1, row: row), style: style)
        }
    }

    /// Appends `values` below the last row that holds a cell and returns the row's number.
    @discardableResult
    public mutating func appendRow(_ values: [CellValue], style: CellStyle = .plain) -> Int {
        let row = (rows.keys.max() ?? 0) + 1
        setRow(row, values, style: style)
        return row
    }

    /// The cell at `reference`, if set.
    public func cell(at reference: CellReference) -> DraftCell? { rows[reference.row]?[reference.column] }

    /// `'支出'!` as formulas and defined names write a sheet (quotes doubled).
    static func quoted(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
