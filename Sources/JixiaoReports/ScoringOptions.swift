/// Choices in the scoring method that localities make differently (see `Docs/Scoring.md`).
public struct ScoringOptions: Hashable, Sendable, Codable {
    /// How a lower-is-better (反向) indicator that missed its target scores.
    public enum LowerIsBetter: String, Hashable, Sendable, Codable, CaseIterable {
        /// target ÷ actual × weight (the default; 财预〔2020〕10号's ratio read backwards).
        case ratio
        /// (1 − (actual − target) ÷ target) × weight, at least 0: points fall with the relative overshoot.
        case deviation

        /// The formula in words, for the report's notes.
        public var formula: String {
            switch self {
            case .ratio: "指标值 ÷ 实际完成值 × 分值"
            case .deviation: "(1 − (实际完成值 − 指标值) ÷ 指标值) × 分值"
            }
        }
    }

    /// How a missed lower-is-better target scores.
    public var lowerIsBetter: LowerIsBetter

    /// Creates options; the defaults are the district's method.
    public init(lowerIsBetter: LowerIsBetter = .ratio) {
        self.lowerIsBetter = lowerIsBetter
    }

    /// The district's method.
    public static let standard = ScoringOptions()
}
