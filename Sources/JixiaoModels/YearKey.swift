/// A code within a year: what names a project or an indicator, codes being unique within a year (a 2022 plan may
/// reuse 2021's codes). A hashable pair, so per-row lookups do not build and hash a text key.
public struct YearKey: Hashable, Sendable {
    public var code: String
    public var year: Int

    public init(_ code: String, _ year: Int) {
        self.code = code
        self.year = year
    }
}
