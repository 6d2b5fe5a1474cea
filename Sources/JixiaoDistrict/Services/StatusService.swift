import JixiaoModels
import JixiaoStorage

/// Gathers what `Completeness` needs from the district database.
public enum StatusService {
    /// The completeness status for `period` (default: the latest year with projects, or `year`).
    ///
    /// Reference data, offices, last syncs and every office's rows are read in one read transaction
    /// (`DistrictDatabase.statusSnapshot(choosing:)`): a consistent snapshot while syncs write.
    /// - Parameters:
    ///   - year: the year, when no period is given.
    ///   - period: the period asked about (`2021`, `2021Q2`, `2021-06`).
    /// - Throws: `DistrictError.notFound` when there is no plan for the year; `.invalidInput` when year and period
    ///   disagree; `StorageError` naming a stored row that cannot be read.
    public static func completeness(year: Int?, period: Period?, in database: DistrictDatabase) throws -> Completeness {
        if let year, let period, period.year != year {
            throw DistrictError.invalidInput(
                tr("district.status.period-not-in-year", ["period": "\(period)", "year": "\(year)"])
            )
        }
        let snapshot = try database.statusSnapshot { reference in
            try askedPeriod(year: year, period: period, projects: reference.projects)
        }
        let offices = snapshot.offices.map {
            Completeness.EnrolledOffice(
                code: $0.office.code,
                name: $0.office.name,
                enabled: $0.office.enabled,
                lastSync: snapshot.lastSuccessfulSyncs[$0.office.code]
            )
        }
        var status = Completeness(
            offices: offices,
            projects: snapshot.reference.projects,
            indicators: snapshot.reference.indicators,
            period: snapshot.period,
            receipts: receipts(snapshot)
        )
        status.checks = checks(snapshot)
        return status
    }

    /// The year's broken validation rules and outliers, project by project (`DataChecks`).
    static func checks(_ snapshot: StatusSnapshot) -> [Completeness.Check] {
        let year = snapshot.period.year
        let names = Dictionary(
            snapshot.offices.map { ($0.office.code, $0.office.name) },
            uniquingKeysWith: { first, _ in first }
        )
        func name(_ code: String) -> String { names[code] ?? code }
        var result: [Completeness.Check] = []
        for project in snapshot.reference.projects.filter({ $0.year == year }).sorted(by: { $0.code < $1.code }) {
            let indicators = snapshot.reference.indicators(of: project.code, year: year)
            let codes = Set(indicators.map(\.code))
            let values = snapshot.yearValues.filter { codes.contains($0.indicator) }
            let spending = snapshot.yearSpending.filter { $0.project == project.code }.map {
                DataChecks.Spending(office: $0.office, fund: $0.fund, category: $0.category, amount: $0.amount)
            }
            for violation in DataChecks.violations(
                rules: project.rules,
                indicators: indicators,
                funds: snapshot.reference.funds(of: project.code, year: year),
                values: values,
                spending: spending
            ) {
                result.append(
                    Completeness.Check(
                        kind: .rule,
                        office: violation.office,
                        project: project.code,
                        message: violation.message(officeName: name)
                    )
                )
            }
            for outlier in DataChecks.outliers(indicators: indicators, values: values) {
                result.append(
                    Completeness.Check(
                        kind: .outlier,
                        office: outlier.office,
                        project: project.code,
                        message: outlier.message(officeName: name)
                    )
                )
            }
        }
        return result
    }

    /// The period asked about, or the latest year with projects.
    /// - Throws: `DistrictError.notFound` when there is no project for it.
    static func askedPeriod(year: Int?, period: Period?, projects: [Project]) throws -> Period {
        guard let chosenYear = period?.year ?? year ?? projects.map(\.year).max() else {
            throw DistrictError.notFound(tr("plan.no-projects-yet"))
        }
        let asked = period ?? .year(chosenYear)
        guard projects.contains(where: { $0.year == asked.year }) else {
            throw PlanExporter.noProjects(year: asked.year, in: ReferenceData(projects: projects))
        }
        return asked
    }

    /// What the snapshot holds, keyed the way `Completeness` counts it.
    static func receipts(_ snapshot: StatusSnapshot) -> Completeness.Receipts {
        var receipts = Completeness.Receipts()
        for review in snapshot.reviews where review.year == snapshot.period.year {
            receipts.reviews[Completeness.OfficeProject(office: review.office, project: review.project)] = review.state
        }
        for tally in snapshot.expenditures {
            let key = Completeness.OfficeProject(office: tally.office, project: tally.project)
            receipts.expenditures[key] = Completeness.ExpenditureTally(count: tally.count, total: tally.total)
        }
        for value in snapshot.values {
            receipts.values.insert(
                Completeness.ReceivedValue(office: value.office, indicator: value.indicator, period: value.period)
            )
        }
        for narrative in snapshot.narratives {
            let key = Completeness.OfficeProject(office: narrative.office, project: narrative.project)
            receipts.narratives[key, default: []].insert(narrative.section)
        }
        return receipts
    }
}
