import JixiaoModels
import JixiaoStorage

/// Writes a checked plan into the district database: one transaction, by code, touching only what changed.
///
/// - A new item is created; an item whose fields differ is updated; an identical one is left alone, so its
///   reference revision stays and offices do not pull it again. Re-importing the same file changes nothing.
/// - An item of the plan's year that the file no longer has is removed (a tombstone offices pull), unless offices
///   have rows naming it: then it is kept and reported, so no office row loses its project, fund, category or
///   indicator.
/// - Codes are unique within a year: a plan of another year may use the same project and indicator codes (the next
///   year's copy of this year's plan), and its import leaves the other years alone. Offices named by the plan that
///   are not enrolled yet are warnings (plans usually come before `district office add`).
public enum PlanImporter {
    /// Imports `plan`.
    ///
    /// One write transaction: what the database already holds is read inside it, so a concurrent import or
    /// enrolment cannot slip in between the comparison and the writes.
    /// - Parameters:
    ///   - plan: a plan read with `Plan(json:)`.
    ///   - database: the district database.
    ///   - dryRun: run everything and report, but write nothing.
    /// - Returns: what changed (or would change).
    /// - Throws: `DistrictError.invalidPlan` for a conflict with the database; storage errors.
    public static func run(_ plan: Plan, into database: DistrictDatabase, dryRun: Bool) throws -> PlanImportSummary {
        do {
            return try database.writeReference { writer in
                let existing = try writer.reference().of(year: plan.year)
                let warnings =
                    plan.warnings().map(\.description)
                    + enrolmentWarnings(plan, enrolled: Set(try writer.enrolledOffices()))
                var summary = PlanImportSummary(
                    year: plan.year,
                    items: try upsertItems(plan, existing: existing, writer: writer),
                    dryRun: dryRun,
                    warnings: warnings
                )
                try removeMissingItems(plan, existing: existing, writer: writer, into: &summary)
                if dryRun { throw DryRunRollback(summary: summary) }
                // english: the audit trail's note is a stored record, written the same in every language
                try writer.recordImport(
                    note:
                        "plan of \(plan.year): \(summary.count(.created)) created, \(summary.count(.updated)) updated, "
                        + "\(summary.count(.removed)) removed"
                )
                return summary
            }
        } catch let rollback as DryRunRollback {
            return rollback.summary
        }
    }

    /// A warning naming the offices the plan mentions that are not enrolled yet, if any.
    private static func enrolmentWarnings(_ plan: Plan, enrolled: Set<String>) -> [String] {
        var unknownOffices: [String] = []
        for item in plan.projects {
            for office in item.project.offices + item.indicators.flatMap(\.reporters)
            where !enrolled.contains(office) && !unknownOffices.contains(office) {
                unknownOffices.append(office)
            }
        }
        guard !unknownOffices.isEmpty else { return [] }
        return [
            tr("plan.offices-not-enrolled", ["offices": unknownOffices.joined(separator: ", ")])
        ]
    }

    /// Thrown out of the transaction to roll a dry run back, carrying its summary.
    private struct DryRunRollback: Error {
        let summary: PlanImportSummary
    }

    /// Creates or updates every item of the plan, in plan order.
    private static func upsertItems(
        _ plan: Plan,
        existing: ReferenceData,
        writer: ReferenceWriter
    ) throws -> [PlanImportSummary.Item] {
        var items: [PlanImportSummary.Item] = []
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
                PlanDiff.fields(existing.project(project.code, year: project.year), project)
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
                    PlanDiff.fields(existing.indicator(indicator.code, year: indicator.year), indicator)
                )
            }
        }
        return items
    }

    /// Removes the items of the plan's year that the file no longer has, or keeps (and warns about) those that
    /// offices' rows still name.
    private static func removeMissingItems(
        _ plan: Plan,
        existing: ReferenceData,
        writer: ReferenceWriter,
        into summary: inout PlanImportSummary
    ) throws {
        let year = plan.year
        let yearProjects = Set(existing.projects.filter { $0.year == year }.map(\.code))
        let planIndicators = Set(plan.indicators.map(\.code))
        let planFunds = Set(plan.projects.flatMap(\.funds).map { "\($0.project)/\($0.code)" })
        let planCategories = Set(plan.projects.flatMap(\.categories).map { "\($0.project)/\($0.code)" })
        let planProjects = Set(plan.projects.map(\.project.code))
        // Indicators, funds and categories before projects: a project is removed only when nothing names it. The
        // summary names an item by its code (the plan's year is the summary's); the storage key adds the year.
        var missing: [(table: SyncTable, kind: String, key: String)] = []
        for indicator in existing.indicators
        where indicator.year == year && yearProjects.contains(indicator.project)
            && !planIndicators.contains(indicator.code)
        {
            missing.append((.indicators, "indicator", indicator.code))
        }
        for fund in existing.funds where fund.year == year && yearProjects.contains(fund.project) {
            let key = "\(fund.project)/\(fund.code)"
            if !planFunds.contains(key) { missing.append((.funds, "fund", key)) }
        }
        for category in existing.categories where category.year == year && yearProjects.contains(category.project) {
            let key = "\(category.project)/\(category.code)"
            if !planCategories.contains(key) { missing.append((.categories, "category", key)) }
        }
        for code in yearProjects.sorted() where !planProjects.contains(code) {
            missing.append((.projects, "project", code))
        }
        for item in missing {
            try remove(item.table, kind: item.kind, key: item.key, year: year, writer: writer, into: &summary)
        }
        try unweightKeptIndicators(plan, existing: existing, writer: writer, into: &summary)
    }

    /// A kept indicator (not in the file, but offices have values for it) no longer scores: its weight becomes 0,
    /// so the file's weights (which add up to 90) are the project's again, and the import says so.
    private static func unweightKeptIndicators(
        _ plan: Plan,
        existing: ReferenceData,
        writer: ReferenceWriter,
        into summary: inout PlanImportSummary
    ) throws {
        let kept = summary.items.filter { $0.action == .kept && $0.kind == "indicator" }.map(\.key)
        for code in kept {
            guard var indicator = existing.indicator(code, year: plan.year) else { continue }
            let uses = try writer.rowsNaming(.indicators, key: "\(code)/\(plan.year)")
            let others =
                plan.projects.first { $0.project.code == indicator.project }?.indicators.map(\.weight)
                .reduce(0, +) ?? 0
            let words = [
                "code": code, "n": "\(uses)", "weight": PlanNumber.text(indicator.weight),
                "project": indicator.project, "total": PlanNumber.text((others * 100).rounded() / 100),
            ]
            summary.warnings.append(
                indicator.weight == 0
                    ? tr("plan.kept-indicator-weightless", words) : tr("plan.kept-indicator-unweighted", words)
            )
            if indicator.weight != 0 {
                indicator.weight = 0
                try writer.upsert(indicator)
            }
        }
    }

    /// Removes one item, or keeps it when offices have rows naming it.
    private static func remove(
        _ table: SyncTable,
        kind: String,
        key: String,
        year: Int,
        writer: ReferenceWriter,
        into summary: inout PlanImportSummary
    ) throws {
        let storageKey = "\(key)/\(year)"
        let uses = try writer.rowsNaming(table, key: storageKey)
        if uses > 0 {
            summary.items.append(
                PlanImportSummary.Item(
                    action: .kept,
                    kind: kind,
                    key: key,
                    detail: tr("plan.kept-detail", ["n": "\(uses)"])
                )
            )
            summary.warnings.append(
                tr("plan.kept-warning", ["kind": PlanImportSummary.Item.word(kind), "key": key, "n": "\(uses)"])
            )
        } else if try writer.delete(table, key: storageKey) {
            summary.items.append(PlanImportSummary.Item(action: .removed, kind: kind, key: key))
        }
    }
}
