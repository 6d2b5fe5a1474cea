/// 自评得分: the budget execution score, each indicator's score, the total and the grade.
public struct ScoreSummary: Hashable, Sendable, Codable {
    /// One scored item.
    public struct Line: Hashable, Sendable, Codable {
        /// `budget` or the indicator code.
        public var code: String
        /// 预算执行率 or the indicator's name.
        public var name: String
        /// 分值.
        public var weight: Double
        /// 得分.
        public var score: Double
        /// 计分依据 in words.
        public var basis: String
    }

    /// 预算执行率's weight (10).
    public var budgetWeight: Double
    /// 预算执行率's score.
    public var budgetScore: Double
    /// The indicators' weights added up (90 in a valid plan).
    public var indicatorWeight: Double
    /// The indicators' scores added up.
    public var indicatorScore: Double
    /// 总分 out of 100.
    public var total: Double
    /// 优, 良, 中, 差.
    public var grade: ReportGrade
    /// Every item in order: the budget, then the indicators.
    public var lines: [Line]
}
