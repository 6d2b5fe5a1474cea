import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoSpreadsheet

/// The records of an import file, CSV or .xlsx, told apart by content: a zip archive (`PK\u{3}\u{4}`) is read
/// as a workbook whatever its name; anything else as CSV text, except a file named `.xlsx` that is not a zip and an
/// old binary `.xls`, which are refused with what to do.
struct ImportFile {
    /// The records, the header first.
    var records: [CSVRecord]
    /// What they came from.
    var source: ImportSource

    /// Reads `bytes`.
    /// - Parameters:
    ///   - fileName: the file's name, for the checks by extension; `nil` when unknown.
    ///   - sheet: the sheet of a workbook to read; `nil` for the first visible sheet. Refused for a CSV file.
    ///   - columns: the import's columns (how each column's cells become text).
    ///   - limits: the caps on a workbook's parts.
    /// - Throws: `StreetError.refused` with the reason, naming no row, when the file cannot be read.
    static func read<Column: ImportColumn>(
        _ bytes: [UInt8],
        fileName: String?,
        sheet: String?,
        columns: Column.Type,
        limits: ReadLimits = ReadLimits()
    ) throws -> ImportFile {
        if Workbook.isZip(bytes) {
            return try readWorkbook(bytes, sheet: sheet, columns: columns, limits: limits)
        }
        let name = fileName?.lowercased() ?? ""
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw refusal(tr("import.old-xls"))
        }
        if name.hasSuffix(".xlsx") || name.hasSuffix(".xlsm") {
            throw refusal(tr("import.not-xlsx"))
        }
        if sheet != nil {
            throw refusal(tr("import.sheet-on-csv"))
        }
        do {
            let (text, encoding) = try TextDecoding.decode(bytes)
            return ImportFile(records: try CSVReader.records(text: text), source: .csv(encoding))
        } catch let error as ConsoleError {
            throw StreetError.refused(
                [InputProblem(line: error.line, error.message)],
                summary: tr("import.refused")
            )
        }
    }

    private static func readWorkbook<Column: ImportColumn>(
        _ bytes: [UInt8],
        sheet name: String?,
        columns: Column.Type,
        limits: ReadLimits
    ) throws -> ImportFile {
        do {
            let reader = try WorkbookReader(data: Data(bytes), limits: limits)
            let sheet = try name.map { try reader.sheet(named: $0) } ?? reader.firstVisibleSheet()
            return ImportFile(
                records: SheetRecords.records(sheet, dateSystem: reader.dateSystem, columns: columns),
                source: .sheet(sheet.name)
            )
        } catch let error as SpreadsheetError {
            throw refusal(error.message)
        }
    }

    private static func refusal(_ message: String) -> StreetError {
        StreetError.refused([InputProblem(message)], summary: tr("import.refused"))
    }
}
