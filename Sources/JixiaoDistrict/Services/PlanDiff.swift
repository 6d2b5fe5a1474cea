import JixiaoModels

/// The names of the fields that differ between a stored reference item and the plan's, for the import summary.
enum PlanDiff {
    static func fields(_ old: Project?, _ new: Project) -> [String] {
        guard let old else { return [] }
        return changed([
            ("year", old.year == new.year), ("name", old.name == new.name),
            ("department", old.department == new.department),
            ("implementer", old.implementer == new.implementer), ("goal", old.goal == new.goal),
            ("offices", old.offices == new.offices), ("rules", old.rules == new.rules),
        ])
    }

    static func fields(_ old: Fund?, _ new: Fund) -> [String] {
        guard let old else { return [] }
        return changed([
            ("name", old.name == new.name), ("initialBudget", old.initialBudget == new.initialBudget),
            ("adjustedBudget", old.adjustedBudget == new.adjustedBudget),
        ])
    }

    static func fields(_ old: JixiaoModels.Category?, _ new: JixiaoModels.Category) -> [String] {
        guard let old else { return [] }
        return changed([("name", old.name == new.name)])
    }

    static func fields(_ old: Indicator?, _ new: Indicator) -> [String] {
        guard let old else { return [] }
        return changed([
            ("project", old.project == new.project), ("name", old.name == new.name),
            ("level1", old.level1 == new.level1),
            ("level2", old.level2 == new.level2), ("unit", old.unit == new.unit), ("target", old.target == new.target),
            ("direction", old.direction == new.direction), ("weight", old.weight == new.weight),
            ("aggregate", old.aggregation == new.aggregation), ("reporters", old.reporters == new.reporters),
            ("frequency", old.frequency == new.frequency), ("previous", old.previous == new.previous),
        ])
    }

    private static func changed(_ comparisons: [(String, Bool)]) -> [String] {
        comparisons.filter { !$0.1 }.map(\.0)
    }
}
