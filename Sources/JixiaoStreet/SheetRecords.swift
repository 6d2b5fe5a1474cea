import JixiaoConsole
import JixiaoSpreadsheet

/// Turns a sheet of an .xlsx workbook into the records a CSV file of the same table would give, so that every
/// check of an import is shared between the two formats.
///
/// A record's `line` is the sheet's row number and its fields are the columns from A on. The header is the first
/// row that names a known column (title rows above it are skipped), or else the first row that is not blank.
/// Cells become text as a clerk sees them: text as is; numbers in plain decimal form (15 significant digits, never
/// through a `Double`, so 1234.56 stays 1234.56 and 0.333 is refused by the money rules as more than two
/// decimals); percentages as `95%`; date-formatted numbers as ISO dates (`2021-06-26`), and in a date column any
/// number, as a serial date; in a period column, dates as months (`2021-06`); `TRUE`/`FALSE`; a formula's error
/// as its code (`#N/A`), which then fails the column's check. A merged range reads as its top-left cell in every
/// row it covers.
public enum SheetRecords {
    /// The records of `sheet` for an import with `columns`.
    /// - Parameters:
    ///   - sheet: the sheet as read.
    ///   - dateSystem: the workbook's date system, for serial dates.
    ///   - columns: the import's columns, for the kind of each column (`ImportColumn.cellKind`).
    public static func records<Column: ImportColumn>(
        _ sheet: Worksheet,
        dateSystem: DateSystem,
        columns: Column.Type
    ) -> [CSVRecord] {
        let lastRow = sheet.lastRow
        guard lastRow > 0 else { return [] }
        // Each row that is not blank with its last non-blank column: the cells are in row, then column, order.
        var widths: [(row: Int, width: Int)] = []
        for cell in sheet.cells where !cell.value.isBlank {
            if widths.last?.row == cell.reference.row {
                widths[widths.count - 1].width = cell.reference.column
            } else {
                widths.append((cell.reference.row, cell.reference.column))
            }
        }
        let nonBlankRows = widths.map(\.row)
        guard let firstRow = nonBlankRows.first else { return [] }
        let headerRow =
            nonBlankRows.prefix(20).first { row in
                sheet.cells(inRow: row).contains { cell in
                    HeaderMap<Column>.column(titled: HeaderMap<Column>.normalize(cell.value.plainText)) != nil
                }
            } ?? firstRow
        let width = widths.filter { $0.row >= headerRow }.map(\.width).max() ?? 1
        var kinds = [ImportCellKind](repeating: .text, count: width)
        var header: [String] = []
        for column in 1...width {
            let title = text(of: sheet.cell(at: CellReference(column: column, row: headerRow)), kind: .text, dateSystem)
            header.append(title)
            if let known = HeaderMap<Column>.column(titled: HeaderMap<Column>.normalize(title)) {
                kinds[column - 1] = known.cellKind
            }
        }
        var records = [CSVRecord(line: headerRow, fields: header)]
        guard headerRow < lastRow else { return records }
        records.reserveCapacity(lastRow - headerRow + 1)
        for row in (headerRow + 1)...lastRow {
            var fields: [String]
            if sheet.mergedRanges.isEmpty {
                // Without merges a cell is what is stored: the row's cells in one pass, no lookup per column.
                fields = [String](repeating: "", count: width)
                for cell in sheet.cells(inRow: row) where cell.reference.column <= width {
                    let column = cell.reference.column
                    fields[column - 1] = text(of: cell, kind: kinds[column - 1], dateSystem)
                }
            } else {
                fields = []
                fields.reserveCapacity(width)
                for column in 1...width {
                    let cell = sheet.cell(at: CellReference(column: column, row: row))
                    fields.append(text(of: cell, kind: kinds[column - 1], dateSystem))
                }
            }
            records.append(CSVRecord(line: row, fields: fields))
        }
        return records
    }

    /// The text a CSV field would hold for `cell` in a column of `kind`.
    static func text(of cell: Cell?, kind: ImportCellKind, _ dateSystem: DateSystem) -> String {
        guard let cell else { return "" }
        guard case .number(let number) = cell.value else { return cell.value.plainText }
        if cell.isDateFormatted || kind == .date, let day = dateSystem.day(fromSerial: number) {
            if kind == .period {
                return String(day.description.prefix(7))
            }
            return day.description
        }
        let plain = cell.value.plainText
        if cell.isPercentFormatted, let percent = NumberText.canonical(plain + "E2") { return percent + "%" }
        return plain
    }
}
