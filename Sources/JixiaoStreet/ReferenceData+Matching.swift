import JixiaoModels

/// Forgiving lookups for what clerks type: a code in any letter case finds the row when it names exactly one
/// (`jd2021` finds `JD2021`). The row comes back with the district's spelling, so what is stored is canonical.
extension ReferenceData {
    /// The project with this code, exactly or in any letter case.
    public func projectMatching(_ code: String) -> Project? {
        Self.match(code, in: projects, key: \.code)
    }

    /// The indicator with this code, exactly or in any letter case.
    public func indicatorMatching(_ code: String) -> Indicator? {
        Self.match(code, in: indicators, key: \.code)
    }

    /// The row of `rows` whose `key` is `code`, exactly or (when only one matches) in any letter case.
    static func match<Row>(_ code: String, in rows: [Row], key: KeyPath<Row, String>) -> Row? {
        if let exact = rows.first(where: { $0[keyPath: key] == code }) { return exact }
        let folded = code.lowercased()
        let matches = rows.filter { $0[keyPath: key].lowercased() == folded }
        return matches.count == 1 ? matches[0] : nil
    }
}
