import Foundation
import JixiaoModels
import JixiaoSpreadsheet

extension OfficeService {
    /// The .xlsx template for importing expenditures: this office's project, category and fund codes in dropdowns.
    /// - Parameter year: only that year's plan; `nil`: every year's.
    /// - Throws: `StreetError.refused` before the first sync (there are no codes yet); storage errors.
    public func expenditureTemplate(year: Int? = nil) throws -> Data {
        try workbookData(
            ImportTemplate.expenditures(reference: try checkedReference(year: year), office: try office(), year: year)
        )
    }

    /// The .xlsx template for importing indicator values: one row per value this office is expected to report.
    /// - Parameter year: only that year's plan; `nil`: every year's.
    /// - Throws: `StreetError.refused` before the first sync, or for a year without a plan; storage errors.
    public func valueTemplate(year: Int? = nil) throws -> Data {
        try workbookData(
            ImportTemplate.values(reference: try checkedReference(year: year), office: try office(), year: year)
        )
    }

    private func checkedReference(year: Int?) throws -> ReferenceData {
        let reference = try reference()
        guard !reference.isEmpty else {
            throw StreetError.refused(
                [InputProblem(tr("input.nothing-received"))]
            )
        }
        if let year, reference.of(year: year).isEmpty {
            let years = Set(reference.projects.map(\.year)).sorted().map(String.init).joined(separator: ", ")
            throw StreetError.refused([InputProblem(tr("street.no-plan-of-year", ["year": "\(year)", "years": years]))])
        }
        return reference
    }
}
