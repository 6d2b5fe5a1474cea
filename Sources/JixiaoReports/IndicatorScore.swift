/// How one indicator scored: points, completion rate, and why.
public struct IndicatorScore: Hashable, Sendable, Codable {
    /// Points earned, rounded to two decimals.
    public var score: Double
    /// 完成率 in percent, `nil` when it cannot be computed (no value, zero target).
    public var completionRate: Double?
    /// Whether the target was met; `nil` when there is no value to judge.
    public var met: Bool?
    /// The basis of the score in Chinese, e.g. `未达到指标值，按 实际完成值 ÷ 指标值 × 分值 计分`.
    public var basis: String

    /// Creates a score; `score` is rounded to two decimals.
    public init(score: Double, completionRate: Double?, met: Bool?, basis: String) {
        self.score = ReportText.rounded2(score)
        self.completionRate = completionRate
        self.met = met
        self.basis = basis
    }
}
