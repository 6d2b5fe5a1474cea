import Foundation
import JixiaoModels
import JixiaoSpreadsheet

extension OfficeService {
    /// The .xlsx template for importing expenditures: this office's project, category and fund codes in dropdowns.
    /// - Throws: `StreetError.refused` before the first sync (there are no codes yet); storage errors.
    public func expenditureTemplate() throws -> Data {
        try workbookData(ImportTemplate.expenditures(reference: try checkedReference(), office: try office()))
    }

    /// The .xlsx template for importing indicator values: one row per value this office is expected to report.
    /// - Throws: `StreetError.refused` before the first sync; storage errors.
    public func valueTemplate() throws -> Data {
        try workbookData(ImportTemplate.values(reference: try checkedReference(), office: try office()))
    }

    private func checkedReference() throws -> ReferenceData {
        let reference = try reference()
        guard !reference.isEmpty else {
            throw StreetError.refused(
                [InputProblem(tr("input.nothing-received"))]
            )
        }
        return reference
    }
}
