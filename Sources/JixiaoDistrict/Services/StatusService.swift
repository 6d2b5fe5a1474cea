import GRDB
import JixiaoModels
import JixiaoStorage

/// Gathers what `Completeness` needs from the district database.
public enum StatusService {
    /// The completeness status for `period` (default: the latest year with projects, or `year`).
    /// - Parameters:
    ///   - year: the year, when no period is given.
    ///   - period: the period asked about (`2021`, `2021Q2`, `2021-06`).
    /// - Throws: `DistrictError.notFound` when there is no plan for the year; `.invalidInput` when year and period
    ///   disagree.
    public static func completeness(year: Int?, period: Period?, in database: DistrictDatabase) throws -> Completeness {
        if let year, let period, period.year != year {
            throw DistrictError.invalidInput("period \(period) is not in year \(year)")
        }
        let all = try database.reference()
        guard let chosenYear = period?.year ?? year ?? all.projects.map(\.year).max() else {
            throw DistrictError.notFound(
                "the database has no projects yet: import a plan with `district plan import PLAN.json`"
            )
        }
        let asked = period ?? .year(chosenYear)
        guard all.projects.contains(where: { $0.year == asked.year }) else {
            throw PlanExporter.noProjects(year: asked.year, in: all)
        }
        // The office rows are counted in one read transaction: a consistent snapshot while syncs write.
        let (receipts, lastSyncs) = try database.read { db in
            (try receiptsQuery(db, period: asked), try lastSuccessfulSyncs(db))
        }
        let offices = try database.offices().map {
            Completeness.EnrolledOffice(
                code: $0.office.code,
                name: $0.office.name,
                enabled: $0.office.enabled,
                lastSync: lastSyncs[$0.office.code]
            )
        }
        return Completeness(
            offices: offices,
            projects: all.projects,
            indicators: all.indicators,
            period: asked,
            receipts: receipts
        )
    }

    /// When each office last finished a successful sync.
    static func lastSuccessfulSyncs(_ db: Database) throws -> [String: String] {
        var result: [String: String] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT office, max(finished_at) FROM sync_sessions WHERE ok = 1 GROUP BY office"
        ) {
            result[row[0]] = row[1]
        }
        return result
    }

    static func receiptsQuery(_ db: Database, period: Period) throws -> Completeness.Receipts {
        var receipts = Completeness.Receipts()
        let expenditureRows = try Row.fetchAll(
            db,
            sql:
                "SELECT office, project, count(*), coalesce(sum(amount), 0) FROM expenditures WHERE date BETWEEN ? AND ? GROUP BY office, project",
            arguments: [period.firstDay, period.lastDay]
        )
        for row in expenditureRows {
            let key = Completeness.OfficeProject(office: row[0], project: row[1])
            receipts.expenditures[key] = Completeness.ExpenditureTally(count: row[2], total: Money(fen: row[3]))
        }
        let valueRows = try Row.fetchAll(
            db,
            sql: "SELECT DISTINCT office, indicator, period FROM indicator_values WHERE period LIKE ?",
            arguments: ["\(period.year)%"]
        )
        for row in valueRows {
            guard let valuePeriod = try? Period(parsing: row[2] as String) else { continue }
            receipts.values.insert(Completeness.ReceivedValue(office: row[0], indicator: row[1], period: valuePeriod))
        }
        let narrativeRows = try Row.fetchAll(
            db,
            sql: "SELECT office, project, section FROM narratives WHERE trim(text) != ''"
        )
        for row in narrativeRows {
            guard let section = Narrative.Section(rawValue: row[2]) else { continue }
            receipts.narratives[Completeness.OfficeProject(office: row[0], project: row[1]), default: []].insert(
                section
            )
        }
        return receipts
    }
}
