import JixiaoModels
import JixiaoStorage

extension OfficeService {
    /// Sets an indicator's value for a period (and label): a new value, or a replacement keeping the row's id.
    /// - Returns: the stored value.
    /// - Throws: `StreetError.refused` listing every problem.
    public func setValue(_ input: ValueInput) throws -> IndicatorValue {
        var problems: [String] = []
        let validator = ValueValidator(reference: try reference(), office: try office())
        guard let checked = validator.check(input, problems: &problems) else {
            throw StreetError.refused(problems.map { InputProblem($0) })
        }
        let office = try office()
        return try database.write { writer in
            let id = try writer.set(checked.value(id: "", office: office))
            return checked.value(id: id, office: office)
        }
    }

    /// Deletes the value of an indicator for a period and label.
    /// - Throws: `StreetError.refused` for an unknown indicator, `StreetError.notFound` when there is no such value.
    public func deleteValue(indicator: String, period: Period, label: String = "") throws {
        let reference = try reference()
        guard let found = reference.indicatorMatching(indicator.trimmed()) else {
            throw StreetError.refused([
                InputProblem(
                    tr("input.unknown", ["field": tr("field.indicator"), "text": indicator])
                        + ExpenditureValidator.validCodes(
                            reference.indicators.map(\.code),
                            noun: tr("noun.indicators"),
                            reference: reference
                        )
                )
            ])
        }
        let label = label.trimmed()
        let deleted = try database.write { writer in
            try writer.deleteValue(indicator: found.code, period: period, label: label)
        }
        guard deleted else {
            let labelled = label.isEmpty ? "" : tr("street.value.labelled", ["label": label])
            throw StreetError.notFound(
                tr("street.value.not-found", ["code": found.code, "period": "\(period)", "labelled": labelled])
            )
        }
    }

    /// Indicator values, optionally of one project and within one period.
    public func values(project: String? = nil, period: Period? = nil) throws -> [IndicatorValue] {
        var projectCode: String?
        if let project { projectCode = try requireProjectCode(project, in: try reference()) }
        return try database.values(project: projectCode, period: period)
    }
}
