import JixiaoConsole
import JixiaoModels

/// What this office still owes the district for a period, for `street todo`.
///
/// The rules are the district's (`district status`): the office reports on a project when the project names it or
/// names no office; on an indicator when the indicator names it as a reporter, or names none and the office
/// reports on the project; formula indicators are computed, never reported; a value is due for every period of
/// the indicator's frequency inside the asked one (`Period.due(frequency:whenAsked:)`); any labelled value counts;
/// the three narrative sections are due when the period ends the year. Only the office's own values and notes are
/// consulted, so what it has not synced yet counts as done.
public struct OfficeTodo: Sendable {
    /// A value still missing.
    public struct MissingValue: Hashable, Sendable {
        public var indicator: Indicator
        public var period: Period
    }

    /// A narrative section still missing.
    public struct MissingNarrative: Hashable, Sendable {
        public var project: String
        public var section: Narrative.Section
    }

    public var office: String
    public var period: Period
    /// Missing values by project, then the plan's indicator order, then period.
    public var values: [MissingValue]
    public var narratives: [MissingNarrative]

    /// Computes what is missing (see the type's rules).
    /// - Parameters:
    ///   - office: this office's code.
    ///   - reference: the projects and indicators received from the district.
    ///   - values: the office's values (any period).
    ///   - narratives: the office's narrative texts.
    ///   - period: the period asked about.
    public init(
        office: String,
        reference: ReferenceData,
        values: [IndicatorValue],
        narratives: [Narrative],
        period: Period
    ) {
        self.office = office
        self.period = period
        let have = Set(values.map { "\($0.indicator) \($0.period)" })
        let written = Set(
            narratives.filter { !$0.text.isEmpty && $0.year == period.year }.map {
                "\($0.project) \($0.section.rawValue)"
            }
        )
        var missingValues: [MissingValue] = []
        var missingNarratives: [MissingNarrative] = []
        for project in reference.projects.sorted(by: { $0.code < $1.code }) where project.year == period.year {
            let reportsOnProject = project.offices.isEmpty || project.offices.contains(office)
            for indicator in reference.indicators
            where indicator.project == project.code && indicator.year == project.year
                && indicator.aggregation.name != "formula"
            {
                let reports = indicator.reporters.isEmpty ? reportsOnProject : indicator.reporters.contains(office)
                guard reports else { continue }
                for due in Period.due(frequency: indicator.frequency, whenAsked: period)
                where !have.contains("\(indicator.code) \(due)") {
                    missingValues.append(MissingValue(indicator: indicator, period: due))
                }
            }
            if reportsOnProject && period.months.upperBound == 12 {
                for section in Narrative.Section.allCases where !written.contains("\(project.code) \(section.rawValue)")
                {
                    missingNarratives.append(MissingNarrative(project: project.code, section: section))
                }
            }
        }
        self.values = missingValues
        self.narratives = missingNarratives
    }

    /// Whether nothing is missing.
    public var isEmpty: Bool { values.isEmpty && narratives.isEmpty }

    /// The missing values as a table (full names, units and targets), the missing narratives, and a total line.
    public func render() -> String {
        guard !isEmpty else {
            return tr("street.todo.nothing-missing", ["period": "\(period)", "office": office]) + "\n"
        }
        var text = ""
        if !values.isEmpty {
            var table = Table(
                columns: [
                    Table.Column(header: "project"), Table.Column(header: "indicator"), Table.Column(header: "name"),
                    Table.Column(header: "unit"), Table.Column(header: "target", alignment: .right),
                    Table.Column(header: "period"),
                ],
                titleRule: false
            )
            for item in values {
                table.append([
                    item.indicator.project, item.indicator.code, item.indicator.name, item.indicator.unit,
                    item.indicator.target, item.period.description,
                ])
            }
            text += table.render()
        }
        if !narratives.isEmpty {
            if !text.isEmpty { text += "\n" }
            for item in narratives {
                text +=
                    tr(
                        "street.todo.note-line",
                        ["project": item.project, "section": item.section.rawValue, "title": item.section.title]
                    ) + "\n"
            }
        }
        var counts: [String] = []
        if !values.isEmpty { counts.append(counted(values.count, "value")) }
        if !narratives.isEmpty { counts.append(counted(narratives.count, "note")) }
        return text + "\n"
            + tr(
                "street.todo.missing-total",
                ["counts": counts.joined(separator: tr("street.todo.and")), "period": "\(period)"]
            )
            + "\n"
    }
}

extension OfficeService {
    /// What this office still owes for `period` (default: the latest year received), read in one go from its own
    /// database.
    /// - Throws: `StreetError.notFound` when nothing has been received from the district yet, or nothing for the
    ///   period's year (naming the years received).
    public func todo(period: Period? = nil) throws -> OfficeTodo {
        let reference = try reference()
        let years = Set(reference.projects.map(\.year)).sorted()
        guard let latest = years.last else {
            throw StreetError.notFound(tr("street.nothing-received"))
        }
        let asked = period ?? .year(latest)
        guard years.contains(asked.year) else {
            throw StreetError.notFound(
                tr(
                    "street.todo.no-year",
                    ["year": "\(asked.year)", "years": years.map(String.init).joined(separator: ", ")]
                )
            )
        }
        return OfficeTodo(
            office: try office(),
            reference: reference,
            values: try values(),
            narratives: try narratives(),
            period: asked
        )
    }
}
