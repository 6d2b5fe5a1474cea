import JixiaoModels

/// An indicator value that passed the checks; the id is assigned when it is stored (kept if the value exists).
public struct CheckedValue: Hashable, Sendable {
    /// The indicator code in the district's spelling.
    public var indicator: String
    public var period: Period
    public var reading: IndicatorReading
    public var label: String
    public var note: String

    public init(indicator: String, period: Period, reading: IndicatorReading, label: String, note: String) {
        self.indicator = indicator
        self.period = period
        self.reading = reading
        self.label = label
        self.note = note
    }

    /// The value with an id and an office.
    public func value(id: String, office: String) -> IndicatorValue {
        IndicatorValue(
            id: id,
            office: office,
            indicator: indicator,
            period: period,
            value: reading,
            label: label,
            note: note
        )
    }
}

/// Checks indicator values against the reference data: a known indicator that the office reports, a period in its
/// project's year, a number for a quantitative indicator and text for a qualitative one, then the plan's entry rules
/// (`RowRules.entryProblems`: no value for a formula, the indicator's period granularity, a grade of the vocabulary,
/// whole counts, no negative counts or percentages).
public struct ValueValidator: Sendable {
    /// What the office has received from the district.
    public let reference: ReferenceData
    /// The office reporting; `nil` skips the check that the office is among the indicator's reporters.
    public let office: String?
    /// Each year's indicators, and each code's latest year's (in the plan's order): what a code or name is looked up
    /// in, worked out once rather than for every row of an import.
    private let indicatorsOfYear: [Int: [Indicator]]
    private let latestIndicators: [Indicator]

    /// A validator against `reference`, for `office`.
    public init(reference: ReferenceData, office: String? = nil) {
        self.reference = reference
        self.office = office
        indicatorsOfYear = Dictionary(grouping: reference.indicators, by: \.year)
        var latestYear: [String: Int] = [:]
        for indicator in reference.indicators where latestYear[indicator.code].map({ $0 < indicator.year }) ?? true {
            latestYear[indicator.code] = indicator.year
        }
        latestIndicators = reference.indicators.filter { latestYear[$0.code] == $0.year }
    }

    /// Checks `input`.
    /// - Parameters:
    ///   - input: the fields as typed.
    ///   - problems: receives one message per problem found.
    /// - Returns: the checked value, or `nil` when there are problems.
    public func check(_ input: ValueInput, problems: inout [String]) -> CheckedValue? {
        let before = problems.count
        let indicator = checkIndicator(
            input.indicator,
            year: (try? Period(parsing: input.period.trimmed()))?.year,
            problems: &problems
        )
        // A formula takes no value at all: say so rather than what is wrong with the value.
        if let indicator, let refusal = RowRules.formulaProblem(indicator) {
            problems.append(refusal)
            return nil
        }
        let period = checkPeriod(input.period, of: indicator, problems: &problems)
        let reading = Self.checkReading(input.value, of: indicator, problems: &problems)
        guard problems.count == before, let indicator, let period, let reading else { return nil }
        // The plan's entry rules, as the district applies them again to the pushed row (`RowRules`).
        let broken = RowRules.entryProblems(
            reading,
            period: period,
            indicator: indicator,
            year: indicator.year
        )
        guard broken.isEmpty else {
            problems += broken
            return nil
        }
        return CheckedValue(
            indicator: indicator.code,
            period: period,
            reading: reading,
            label: input.label.trimmed(),
            note: input.note.trimmed()
        )
    }

    /// A known indicator, by code or name, that this office reports. Codes are unique within a year: the indicator
    /// of the period's year when that year has it, else the latest year's (whose year the period check names).
    private func checkIndicator(_ text: String, year: Int?, problems: inout [String]) -> Indicator? {
        let code = text.trimmed()
        guard !code.isEmpty else {
            problems.append(tr("input.missing", ["field": tr("field.indicator")]))
            return nil
        }
        let ofYear = year.flatMap { indicatorsOfYear[$0] } ?? []
        let candidates: [Indicator]
        if case .found = ReferenceLookup.find(code, in: ofYear, code: \.code, name: \.name) {
            candidates = ofYear
        } else {
            candidates = latestIndicators
        }
        switch ReferenceLookup.find(code, in: candidates, code: \.code, name: \.name) {
        case .found(let found):
            // An office that is not expected to report an indicator would add to the district's figure by mistake.
            let reporters =
                found.reporters.isEmpty
                ? reference.project(found.project, year: found.year)?.offices ?? [] : found.reporters
            if let office, !reporters.isEmpty, !reporters.contains(office) {
                let names = reporters.prefix(5).joined(separator: ", ") + (reporters.count > 5 ? ", …" : "")
                problems.append(
                    tr("input.indicator-other-reporters", ["indicator": found.code, "names": names, "office": office])
                )
            }
            return found
        case .ambiguous(let candidates):
            problems.append(
                tr("field.indicator") + " "
                    + ReferenceLookup.ambiguity(code, noun: tr("noun.indicators"), candidates) {
                        "\($0.code) (\($0.name), project \($0.project))"
                    }
            )
        default:
            problems.append(
                tr("input.unknown", ["field": tr("field.indicator"), "text": code])
                    + ExpenditureValidator.validCodes(
                        latestIndicators.map(\.code),
                        noun: tr("noun.indicators"),
                        reference: reference
                    )
            )
        }
        return nil
    }

    /// A period in the year of the indicator's project.
    private func checkPeriod(_ text: String, of indicator: Indicator?, problems: inout [String]) -> Period? {
        let periodText = text.trimmed()
        guard !periodText.isEmpty else {
            problems.append(tr("input.missing", ["field": tr("field.period")]))
            return nil
        }
        let project = indicator.flatMap { reference.project($0.project, year: $0.year) }
        let parsed: Period
        do {
            parsed = try Period(parsing: periodText)
        } catch {
            // The examples use the year of the indicator's project when it is known.
            let message = project.map {
                tr("model.period-invalid", ["text": periodText, "forms": Period.forms(in: $0.year)])
            }
            problems.append(
                message ?? (error as? ModelError)?.message ?? tr("input.period-invalid", ["text": periodText])
            )
            return nil
        }
        if let indicator, let project, parsed.year != project.year {
            problems.append(
                tr(
                    "input.period-outside-year",
                    [
                        "text": periodText, "year": "\(project.year)", "project": project.code,
                        "indicator": indicator.code,
                    ]
                )
            )
            return nil
        }
        return parsed
    }

    /// A number for a quantitative indicator, text for a qualitative one.
    private static func checkReading(
        _ text: String,
        of indicator: Indicator?,
        problems: inout [String]
    ) -> IndicatorReading? {
        let valueText = text.trimmed()
        guard !valueText.isEmpty else {
            problems.append(tr("input.missing", ["field": tr("field.value")]))
            return nil
        }
        guard let indicator else { return nil }
        if indicator.direction == .qualitative { return .text(valueText) }
        if let number = parseNumber(valueText) { return .number(number) }
        let unit = indicator.unit.isEmpty ? "" : tr("input.unit", ["unit": indicator.unit])
        problems.append(
            tr("input.value-not-number", ["text": valueText, "indicator": indicator.code, "unit": unit])
        )
        return nil
    }

    /// Parses a number as clerks write it: `12`, `-3.5`, `98.95%`, `1,234` (groups of three), fullwidth digits.
    /// Refuses what `Double` would otherwise take but nobody means: `nan`, `inf`, `1e3`, hex.
    static func parseNumber(_ text: String) -> Double? {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: scalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)  // ０–９
            case 0xFF0E: scalars.append(".")
            case 0xFF0C: scalars.append(",")
            case 0xFF05: scalars.append("%")
            case 0xFF0D: scalars.append("-")
            default: scalars.append(scalar)
            }
        }
        var body = String(scalars).trimmed()
        if body.hasSuffix("%") { body = String(body.dropLast()).trimmed() }
        var sign = ""
        if body.hasPrefix("-") || body.hasPrefix("+") {
            sign = body.hasPrefix("-") ? "-" : ""
            body.removeFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return nil }
        var digits = String(whole)
        if whole.contains(",") {
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return nil
            }
            digits = groups.joined()
        }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2 && fraction.isEmpty { return nil }
        let isDigit: (Character) -> Bool = { $0 >= "0" && $0 <= "9" }
        guard digits.allSatisfy(isDigit), fraction.allSatisfy(isDigit) else { return nil }
        return Double(sign + digits + (fraction.isEmpty ? "" : "." + fraction))
    }
}
