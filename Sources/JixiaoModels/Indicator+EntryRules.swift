extension Indicator {
    /// Units that count things: a value in one of them is a whole number, never a fraction (12.5 起 means nothing).
    ///
    /// The one list of them (the office's validators and the district's check of pushed rows both read it through
    /// `RowRules`); a unit not in it (`%`, `μg/m³`, `万元`, `天`, `人/案`) takes fractions.
    public static let countingUnits: Set<String> = [
        "人", "人次", "名", "户", "次", "起", "案", "件", "场", "场次", "期", "份", "个", "个街道", "篇", "条", "家",
        "所", "处", "票",
    ]

    /// Whether the indicator's unit counts things (`countingUnits`).
    public var counts: Bool { Self.countingUnits.contains(unit.trimmingSpaces()) }

    /// Whether a value may be below zero. The plan has no flag for it yet, so the rule is by unit: a count or a
    /// percentage is never negative; any other unit (a change in 万元, a temperature) may be.
    public var allowsNegativeValues: Bool { !counts && unit.trimmingSpaces() != "%" }

    /// Whether the indicator is computed from others (`aggregate` `formula`) and so takes no values.
    public var isFormula: Bool {
        if case .formula = aggregation { return true }
        return false
    }
}
