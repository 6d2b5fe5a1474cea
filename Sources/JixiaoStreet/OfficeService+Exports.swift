import Foundation
import JixiaoModels
import JixiaoSpreadsheet

extension OfficeService {
    /// Every expenditure as an .xlsx workbook (`ExportWorkbook.expenses`).
    /// - Throws: storage errors; `StreetError.failed` if the workbook cannot be assembled.
    public func expenditureWorkbook() throws -> Data {
        try workbookData(ExportWorkbook.expenditures(try expenditures(), reference: try reference()))
    }

    /// Every indicator value as an .xlsx workbook (`ExportWorkbook.values`).
    /// - Throws: storage errors; `StreetError.failed` if the workbook cannot be assembled.
    public func valueWorkbook() throws -> Data {
        try workbookData(ExportWorkbook.values(try values(), reference: try reference()))
    }

    func workbookData(_ draft: WorkbookDraft) throws -> Data {
        do {
            return try draft.data()
        } catch let error as SpreadsheetError {
            throw StreetError.failed(tr("file.workbook-not-written", ["reason": error.message]), underlying: error)
        }
    }
}
