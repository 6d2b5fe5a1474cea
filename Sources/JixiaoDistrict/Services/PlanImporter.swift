import GRDB
import JixiaoModels
import JixiaoStorage

/// Writes a checked plan into the district database: one transaction, by code, touching only what changed.
///
/// - A new item is created; an item whose fields differ is updated; an identical one is left alone, so its
///   reference revision stays and offices do not pull it again. Re-importing the same file changes nothing.
/// - An item of the plan's year that the file no longer has is removed (a tombstone offices pull), unless offices
///   have rows naming it: then it is kept and reported, so no office row loses its project, fund, category or
///   indicator.
/// - Checks that need the database: a project code that belongs to another year, an indicator code used by a project
///   of another year. Offices named by the plan that are not enrolled yet are warnings (plans usually come before
///   `district office add`).
public enum PlanImporter {
    /// Imports `plan`.
    /// - Parameters:
    ///   - plan: a plan read with `Plan(json:)`.
    ///   - database: the district database.
    ///   - dryRun: run everything and report, but write nothing.
    /// - Returns: what changed (or would change).
    /// - Throws: `DistrictError.invalidPlan` for a conflict with the database; storage errors.
    public static func run(_ plan: Plan, into database: DistrictDatabase, dryRun: Bool) throws -> PlanImportSummary {
        let existing = try database.reference()
        let enrolled = Set(try database.offices().map(\.office.code))
        try checkAgainstDatabase(plan, existing: existing)
        var warnings = plan.warnings().map(\.description)
        var unknownOffices: [String] = []
        for item in plan.projects {
            for office in item.project.offices + item.indicators.flatMap(\.reporters)
            where !enrolled.contains(office) && !unknownOffices.contains(office) {
                unknownOffices.append(office)
            }
        }
        if !unknownOffices.isEmpty {
            warnings.append(
                "offices not enrolled yet: \(unknownOffices.joined(separator: ", ")) (enrol them with `district office add`)"
            )
        }
        do {
            return try database.writeReference { writer in
                let summary = try apply(plan, existing: existing, writer: writer, dryRun: dryRun, warnings: warnings)
                if dryRun { throw DryRunRollback(summary: summary) }
                return summary
            }
        } catch let rollback as DryRunRollback {
            return rollback.summary
        }
    }

    /// Thrown out of the transaction to roll a dry run back, carrying its summary.
    private struct DryRunRollback: Error {
        let summary: PlanImportSummary
    }

    private static func checkAgainstDatabase(_ plan: Plan, existing: ReferenceData) throws {
        var problems: [PlanProblem] = []
        let yearOf = Dictionary(existing.projects.map { ($0.code, $0.year) }, uniquingKeysWith: { a, _ in a })
        for (p, item) in plan.projects.enumerated() {
            let location = Plan.location(p, item.project.code)
            if let year = yearOf[item.project.code], year != plan.year {
                problems.append(
                    PlanProblem(
                        location: location,
                        message:
                            "project \(item.project.code) already exists for year \(year); project codes are unique across years"
                    )
                )
            }
            for (i, indicator) in item.indicators.enumerated() {
                guard let other = existing.indicator(indicator.code), let otherYear = yearOf[other.project],
                    otherYear != plan.year
                else { continue }
                problems.append(
                    PlanProblem(
                        location: "\(location) indicators[\(i)] \"\(indicator.code)\"",
                        message:
                            "indicator code \(indicator.code) is already used by project \(other.project) of year \(otherYear); indicator codes are unique across years"
                    )
                )
            }
        }
        if !problems.isEmpty { throw DistrictError.invalidPlan(problems) }
    }

    private static func apply(
        _ plan: Plan,
        existing: ReferenceData,
        writer: ReferenceWriter,
        dryRun: Bool,
        warnings: [String]
    ) throws -> PlanImportSummary {
        var items: [PlanImportSummary.Item] = []
        var warnings = warnings
        func record(_ change: ReferenceWriter.Change, _ kind: String, _ key: String, _ fields: [String]) {
            let action: PlanImportSummary.Action =
                switch change {
                case .created: .created
                case .updated: .updated
                case .unchanged: .unchanged
                }
            items.append(
                PlanImportSummary.Item(
                    action: action,
                    kind: kind,
                    key: key,
                    detail: action == .updated ? (fields.isEmpty ? "restored" : fields.joined(separator: ", ")) : ""
                )
            )
        }
        for item in plan.projects {
            let project = item.project
            record(
                try writer.upsert(project),
                "project",
                project.code,
                PlanDiff.fields(existing.project(project.code), project)
            )
            for fund in item.funds {
                let old = existing.funds.first { $0.project == fund.project && $0.code == fund.code }
                record(try writer.upsert(fund), "fund", "\(fund.project)/\(fund.code)", PlanDiff.fields(old, fund))
            }
            for category in item.categories {
                let old = existing.categories.first { $0.project == category.project && $0.code == category.code }
                record(
                    try writer.upsert(category),
                    "category",
                    "\(category.project)/\(category.code)",
                    PlanDiff.fields(old, category)
                )
            }
            for indicator in item.indicators {
                record(
                    try writer.upsert(indicator),
                    "indicator",
                    indicator.code,
                    PlanDiff.fields(existing.indicator(indicator.code), indicator)
                )
            }
        }
        // Items of this year that the file no longer has.
        let db = writer.database
        let planProjects = Set(plan.projects.map(\.project.code))
        let yearProjects = Set(existing.projects.filter { $0.year == plan.year }.map(\.code))
        let planFunds = Set(plan.projects.flatMap(\.funds).map { "\($0.project)/\($0.code)" })
        let planCategories = Set(plan.projects.flatMap(\.categories).map { "\($0.project)/\($0.code)" })
        let planIndicators = Set(plan.indicators.map(\.code))
        func remove(_ table: SyncTable, kind: String, key: String, uses: Int) throws {
            if uses > 0 {
                items.append(
                    PlanImportSummary.Item(
                        action: .kept,
                        kind: kind,
                        key: key,
                        detail: "not in the file, kept: offices have \(uses) rows naming it"
                    )
                )
                warnings.append("\(kind) \(key) is not in the file but offices have \(uses) rows naming it: kept")
            } else if try writer.delete(table, key: key) {
                items.append(PlanImportSummary.Item(action: .removed, kind: kind, key: key))
            }
        }
        for indicator in existing.indicators where yearProjects.contains(indicator.project) {
            guard !planIndicators.contains(indicator.code) else { continue }
            let uses = try count(db, "SELECT count(*) FROM indicator_values WHERE indicator = ?", [indicator.code])
            try remove(.indicators, kind: "indicator", key: indicator.code, uses: uses)
        }
        for fund in existing.funds where yearProjects.contains(fund.project) {
            let key = "\(fund.project)/\(fund.code)"
            guard !planFunds.contains(key) else { continue }
            let uses = try count(
                db,
                "SELECT count(*) FROM expenditures WHERE project = ? AND fund = ?",
                [fund.project, fund.code]
            )
            try remove(.funds, kind: "fund", key: key, uses: uses)
        }
        for category in existing.categories where yearProjects.contains(category.project) {
            let key = "\(category.project)/\(category.code)"
            guard !planCategories.contains(key) else { continue }
            let uses = try count(
                db,
                "SELECT count(*) FROM expenditures WHERE project = ? AND category = ?",
                [category.project, category.code]
            )
            try remove(.categories, kind: "category", key: key, uses: uses)
        }
        for code in yearProjects.sorted() where !planProjects.contains(code) {
            let uses =
                try count(db, "SELECT count(*) FROM expenditures WHERE project = ?", [code])
                + count(db, "SELECT count(*) FROM narratives WHERE project = ?", [code])
                + count(db, "SELECT count(*) FROM indicators WHERE project = ? AND deleted = 0", [code])
                + count(db, "SELECT count(*) FROM funds WHERE project = ? AND deleted = 0", [code])
                + count(db, "SELECT count(*) FROM categories WHERE project = ? AND deleted = 0", [code])
            try remove(.projects, kind: "project", key: code, uses: uses)
        }
        return PlanImportSummary(year: plan.year, items: items, dryRun: dryRun, warnings: warnings)
    }

    private static func count(_ db: Database, _ sql: String, _ arguments: [String]) throws -> Int {
        try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0
    }
}
