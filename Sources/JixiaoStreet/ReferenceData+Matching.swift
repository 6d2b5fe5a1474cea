import JixiaoModels

/// Forgiving lookups for what clerks type: a code in any letter case finds the row when it names exactly one
/// (`jd2021` finds `JD2021`). The row comes back with the district's spelling, so what is stored is canonical.
extension ReferenceData {
    /// The project with this code, exactly or in any letter case.
    /// Codes are unique within a year: with `year`, only that year's project; without, the latest year's.
    public func projectMatching(_ code: String, year: Int? = nil) -> Project? {
        let rows = year.map { year in projects.filter { $0.year == year } } ?? projects.sorted { $0.year > $1.year }
        return Self.match(code, in: rows, key: \.code)
    }

    /// The indicator with this code, exactly or in any letter case.
    /// The latest year's, when several years have the code.
    public func indicatorMatching(_ code: String) -> Indicator? {
        Self.match(code, in: indicators.sorted { $0.year > $1.year }, key: \.code)
    }

    /// The row of `rows` whose `key` is `code`, exactly or (when only one matches) in any letter case.
    static func match<Row>(_ code: String, in rows: [Row], key: KeyPath<Row, String>) -> Row? {
        if let exact = rows.first(where: { $0[keyPath: key] == code }) { return exact }
        let folded = code.lowercased()
        let matches = rows.filter { $0[keyPath: key].lowercased() == folded }
        // The same code in several years is one code.
        return Set(matches.map { $0[keyPath: key] }).count == 1 ? matches[0] : nil
    }
}
