import JixiaoModels
import JixiaoStorage

/// Reads a year's plan back out of the district database, in the import's format.
public enum PlanExporter {
    /// The plan of `year` (default: the latest year that has projects).
    /// - Throws: `DistrictError.notFound` when there are no projects (for that year).
    public static func plan(year: Int?, from database: DistrictDatabase) throws -> Plan {
        let all = try database.reference()
        guard let chosen = year ?? all.projects.map(\.year).max() else {
            throw DistrictError.notFound(
                "the database has no projects yet: import a plan with `district plan import PLAN.json`"
            )
        }
        let projects = all.projects.filter { $0.year == chosen }
        guard !projects.isEmpty else {
            let years = Set(all.projects.map(\.year)).sorted().map(String.init).joined(separator: ", ")
            throw DistrictError.notFound("no projects for year \(chosen) (years with projects: \(years))")
        }
        return Plan(
            district: try database.name(),
            year: chosen,
            projects: projects.map { project in
                PlanProject(
                    project: project,
                    funds: all.funds(of: project.code),
                    categories: all.categories(of: project.code),
                    indicators: all.indicators(of: project.code)
                )
            }
        )
    }
}
