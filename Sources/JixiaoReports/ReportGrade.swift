/// The self-evaluation grade of a project's total score.
public enum ReportGrade: String, Hashable, Sendable, Codable, CaseIterable {
    /// 优: 90 and above.
    case excellent = "优"
    /// 良: 80 to below 90.
    case good = "良"
    /// 中: 60 to below 80.
    case fair = "中"
    /// 差: below 60.
    case poor = "差"

    /// The grade of a total out of 100.
    public init(total: Double) {
        switch total {
        case 90...: self = .excellent
        case 80..<90: self = .good
        case 60..<80: self = .fair
        default: self = .poor
        }
    }
}
