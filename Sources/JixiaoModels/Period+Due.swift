extension Period {
    /// The periods of an indicator with `frequency` whose values are due when `asked` is asked about: the one rule
    /// the district's status and the office's `street todo` share.
    ///
    /// Finer or equal frequency: the subdivisions of `asked` (a monthly indicator in `2021Q2`: 2021-04…2021-06).
    /// Coarser frequency: the one enclosing period, and only when `asked` ends it (a quarter's value is due in its
    /// last month, a year's in its last quarter and month). No clock is involved.
    public static func due(frequency: Period.Kind, whenAsked asked: Period) -> [Period] {
        if frequency >= asked.kind { return asked.subdivided(into: frequency) }
        let enclosing: Period
        switch frequency {
        case .year: enclosing = .year(asked.year)
        case .quarter: enclosing = .quarter(asked.year, (asked.months.lowerBound - 1) / 3 + 1)
        case .month: return []  // unreachable: a month is never coarser than the asked period
        }
        return enclosing.months.upperBound == asked.months.upperBound ? [enclosing] : []
    }
}
