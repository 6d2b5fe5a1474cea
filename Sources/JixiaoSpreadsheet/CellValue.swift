/// What a cell holds, as SpreadsheetML stores it.
///
/// Numbers keep the text the file wrote (`1234.56`, `4.4197E4`) so that money is never rounded through a `Double`:
/// `NumberText.canonical(_:)` turns it into plain decimal text. Dates are numbers (serial days, see `DateSystem`)
/// in a cell whose number format is a date format (`Cell.isDateFormatted`).
public enum CellValue: Hashable, Sendable {
    /// No value: a missing cell, or one that only carries a style.
    case empty
    /// Text: a shared string (rich-text runs joined), an inline string or a formula's text result.
    case text(String)
    /// A number as written in the file's XML; for writing, plain decimal text (`-1234.5`, `44197`).
    case number(String)
    /// `TRUE` or `FALSE`.
    case boolean(Bool)
    /// An error a formula produced: `#DIV/0!`, `#N/A`.
    case error(String)

    /// A number from an integer.
    public static func integer(_ value: some BinaryInteger) -> CellValue { .number(String(value)) }

    /// A number from a `Double` (not for money: use decimal text).
    public static func double(_ value: Double) -> CellValue {
        value.rounded() == value && abs(value) < 1e15 ? .number(String(Int64(value))) : .number("\(value)")
    }

    /// Whether the cell holds nothing, or only spaces.
    public var isBlank: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        default: false
        }
    }

    /// The value as a clerk sees it without formatting: text as is, numbers in plain decimal form (15 significant
    /// digits, as Excel shows them), `TRUE`/`FALSE`, the error's code; empty for an empty cell.
    public var plainText: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let text): NumberText.canonical(text) ?? text
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .error(let code): code
        }
    }
}

/// One stored cell and the formatting that changes what its value means.
public struct Cell: Hashable, Sendable {
    /// Where it is.
    public var reference: CellReference
    /// What it holds.
    public var value: CellValue
    /// The number format's code (`General`, `yyyy-mm-dd`, `#,##0.00`).
    public var formatCode: String
    /// Whether the number format shows a date or time, so a number is a serial date (`DateSystem`).
    public var isDateFormatted: Bool

    /// Whether the number format shows the number as a percentage (0.95 shown as 95%).
    public var isPercentFormatted: Bool { NumberFormat.isPercent(code: formatCode) }

    public init(
        reference: CellReference,
        value: CellValue,
        formatCode: String = "General",
        isDateFormatted: Bool = false
    ) {
        self.reference = reference
        self.value = value
        self.formatCode = formatCode
        self.isDateFormatted = isDateFormatted
    }
}
