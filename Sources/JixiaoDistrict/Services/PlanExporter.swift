import JixiaoModels
import JixiaoStorage

/// Reads a year's plan back out of the district database, in the import's format.
public enum PlanExporter {
    /// The refusal for a year without projects, naming the years that have some.
    static func noProjects(year: Int, in all: ReferenceData) -> DistrictError {
        let years = Set(all.projects.map(\.year)).sorted().map(String.init).joined(separator: ", ")
        guard !years.isEmpty else {
            return DistrictError.notFound(tr("plan.no-projects-year-none", ["year": "\(year)"]))
        }
        return DistrictError.notFound(tr("plan.no-projects-year", ["year": "\(year)", "years": years]))
    }

    /// The plan of `year` (default: the latest year that has projects).
    /// - Throws: `DistrictError.notFound` when there are no projects (for that year).
    public static func plan(year: Int?, from database: DistrictDatabase) throws -> Plan {
        let all = try database.reference()
        guard let chosen = year ?? all.projects.map(\.year).max() else {
            throw DistrictError.notFound(tr("plan.no-projects-yet"))
        }
        let projects = all.projects.filter { $0.year == chosen }
        guard !projects.isEmpty else { throw noProjects(year: chosen, in: all) }
        return Plan(
            district: try database.name(),
            year: chosen,
            projects: projects.map { project in
                PlanProject(
                    project: project,
                    funds: all.funds(of: project.code, year: chosen),
                    categories: all.categories(of: project.code, year: chosen),
                    indicators: all.indicators(of: project.code, year: chosen)
                )
            }
        )
    }
}
