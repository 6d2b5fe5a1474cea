import JixiaoModels

/// The scoring rules of 财预〔2020〕10号 as the district applies them (see `Docs/Scoring.md`).
public enum Scoring {
    /// Points for the budget execution rate (预算执行率); the indicators carry the other 90.
    public static let budgetWeight = 10.0

    /// 预算执行率 score: min(执行率, 100%) × 10, rounded to two decimals; 0 when there is no budget.
    /// - Parameter executionRate: the execution rate in percent.
    public static func budgetScore(executionRate: Double?) -> Double {
        guard let executionRate, executionRate > 0 else { return 0 }
        return ReportText.rounded2(min(executionRate, 100) / 100 * budgetWeight)
    }

    /// Scores a quantitative indicator.
    ///
    /// - Parameters:
    ///   - direction: `.higher`, `.lower` or `.equal` (a `.qualitative` direction scores 0; use `qualitative`).
    ///   - target: 年度指标值, `nil` when the plan's target is not a number.
    ///   - actual: 实际完成值, `nil` when no value was reported (or a formula had no value).
    ///   - weight: 分值.
    ///   - options: the locality's choices.
    /// - Returns: the score, completion rate and the basis in words.
    public static func quantitative(
        direction: Indicator.Direction,
        target: Double?,
        actual: Double?,
        weight: Double,
        options: ScoringOptions = .standard
    ) -> IndicatorScore {
        guard let actual else {
            return IndicatorScore(score: 0, completionRate: nil, met: nil, basis: "无实际完成值，得0分")
        }
        guard let target else {
            return IndicatorScore(score: 0, completionRate: nil, met: nil, basis: "年度指标值不是数字，无法计分，得0分")
        }
        let full = "得满分"
        switch direction {
        case .higher:
            let rate = target != 0 ? actual / target * 100 : nil
            if actual >= target {
                let basis =
                    target == 0
                    ? "指标值为0，实际完成值不低于0，视为达到，\(full)"
                    : actual > target ? "超额完成，\(full)（超出部分不加分）" : "达到指标值，\(full)"
                return IndicatorScore(score: weight, completionRate: rate, met: true, basis: basis)
            }
            guard target > 0 else {
                return IndicatorScore(
                    score: 0,
                    completionRate: rate,
                    met: false,
                    basis: "指标值不大于0且未达到，无法按比例计分，得0分"
                )
            }
            return IndicatorScore(
                score: max(0, actual / target) * weight,
                completionRate: rate,
                met: false,
                basis: "未达到指标值，按 实际完成值 ÷ 指标值 × 分值 计分"
            )
        case .lower:
            let rate: Double? = actual > 0 ? target / actual * 100 : (target == 0 && actual == 0 ? 100 : nil)
            if actual <= target {
                let basis = actual < target ? "优于指标值（越低越好），\(full)" : "达到指标值（越低越好），\(full)"
                return IndicatorScore(score: weight, completionRate: rate, met: true, basis: basis)
            }
            guard target > 0 else {
                return IndicatorScore(
                    score: 0,
                    completionRate: rate,
                    met: false,
                    basis: "指标值为0而实际完成值超出，无法按比例计分，得0分"
                )
            }
            let fraction: Double
            switch options.lowerIsBetter {
            case .ratio: fraction = target / actual
            case .deviation: fraction = max(0, 1 - (actual - target) / target)
            }
            return IndicatorScore(
                score: fraction * weight,
                completionRate: rate,
                met: false,
                basis: "超出指标值（越低越好），按 \(options.lowerIsBetter.formula) 计分"
            )
        case .equal:
            let tolerance = 1e-9 * max(1, abs(target))
            let rate = target != 0 ? actual / target * 100 : (actual == 0 ? 100 : nil)
            if abs(actual - target) <= tolerance {
                return IndicatorScore(score: weight, completionRate: rate, met: true, basis: "等于指标值，\(full)")
            }
            guard target != 0 else {
                return IndicatorScore(score: 0, completionRate: rate, met: false, basis: "指标值为0而实际完成值不等于0，得0分")
            }
            return IndicatorScore(
                score: max(0, 1 - abs(actual - target) / abs(target)) * weight,
                completionRate: rate,
                met: false,
                basis: "偏离指标值，按 (1 − |实际完成值 − 指标值| ÷ 指标值) × 分值 计分"
            )
        case .qualitative:
            return IndicatorScore(score: 0, completionRate: nil, met: nil, basis: "定性指标按评价等级计分")
        }
    }

    /// Scores a qualitative indicator from the grades offices recorded for it.
    ///
    /// Each text is read as a `QualitativeGrade`; text that is not a grade counts 0% with a note. Several grades
    /// (from several offices) are averaged.
    /// - Parameters:
    ///   - grades: the recorded texts, e.g. `["达成 95%"]`.
    ///   - weight: 分值.
    public static func qualitative(grades: [String], weight: Double) -> IndicatorScore {
        guard !grades.isEmpty else {
            return IndicatorScore(score: 0, completionRate: nil, met: nil, basis: "未报送评价等级，得0分")
        }
        var percents: [Double] = []
        var notes: [String] = []
        var levels: [QualitativeGrade.Level] = []
        for text in grades {
            if let grade = QualitativeGrade(parsing: text) {
                percents.append(grade.percent)
                levels.append(grade.level)
                if let note = grade.note { notes.append(note) }
            } else {
                percents.append(0)
                notes.append("“\(text.trimmingSpaces())”不是评价等级（达成/部分达成/未达成，可加百分比），按0分计")
            }
        }
        let mean = percents.reduce(0, +) / Double(percents.count)
        var basis =
            grades.count == 1
            ? "按评价等级计分：\(ReportText.number(mean))% × 分值"
            : "按\(grades.count)个评价等级的平均 \(ReportText.number(mean))% × 分值计分"
        if !notes.isEmpty { basis += "；" + notes.joined(separator: "；") }
        let met = levels.count == grades.count ? levels.allSatisfy { $0 == .achieved } : false
        return IndicatorScore(score: mean / 100 * weight, completionRate: mean, met: met, basis: basis)
    }
}
