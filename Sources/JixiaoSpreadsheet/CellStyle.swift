/// How a written cell looks: enough for a header row, a bordered table and money columns.
public struct CellStyle: Hashable, Sendable {
    /// How text sits across the cell.
    public enum Alignment: String, Hashable, Sendable {
        case general, left, center, right
    }

    /// Bold text.
    public var bold: Bool
    /// A thin border on all four sides.
    public var border: Bool
    /// Long text wraps inside the cell instead of running over.
    public var wrapText: Bool
    /// Horizontal alignment.
    public var alignment: Alignment
    /// The number format code (`#,##0.00`, `yyyy-mm-dd`, `@` for text); `nil` for General.
    public var numberFormat: String?
    /// A solid background colour as `RRGGBB` (`D9E1F2`); `nil` for none.
    public var fill: String?
    /// The font size in points; `nil` for the workbook's 11.
    public var fontSize: Double?

    /// A style; the defaults are Excel's plain cell.
    public init(
        bold: Bool = false,
        border: Bool = false,
        wrapText: Bool = false,
        alignment: Alignment = .general,
        numberFormat: String? = nil,
        fill: String? = nil,
        fontSize: Double? = nil
    ) {
        precondition(fill.map { $0.count == 6 && $0.allSatisfy(\.isHexDigit) } ?? true, "fill is RRGGBB")
        precondition(fontSize.map { $0 >= 1 && $0 <= 409 } ?? true, "font sizes are 1–409 points")
        self.bold = bold
        self.border = border
        self.wrapText = wrapText
        self.alignment = alignment
        self.numberFormat = numberFormat
        self.fill = fill
        self.fontSize = fontSize
    }

    /// The plain cell.
    public static let plain = CellStyle()
    /// A table header: bold, bordered, centred, wrapped, on light blue.
    public static let header = CellStyle(bold: true, border: true, wrapText: true, alignment: .center, fill: "D9E1F2")
    /// A bordered table cell.
    public static let bordered = CellStyle(border: true)
    /// A bordered amount in 元 with thousands separators and two decimals.
    public static let money = CellStyle(border: true, numberFormat: "#,##0.00")
    /// A bordered date shown as 2021-06-26.
    public static let date = CellStyle(border: true, numberFormat: "yyyy-mm-dd")
}
