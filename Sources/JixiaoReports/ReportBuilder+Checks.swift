import JixiaoModels

extension ReportBuilder {
    /// 数据说明's sentences on the plan's validation rules that the data breaks and on outlying values
    /// (`DataChecks`, the same checks as `district status`). Neither changes a score.
    func checkNotes() -> (rules: [String], outliers: [String]) {
        let spending = input.spending.map {
            DataChecks.Spending(office: $0.office, fund: $0.fund, category: $0.category, amount: $0.amount)
        }
        let violations = DataChecks.violations(
            rules: input.project.rules,
            indicators: input.indicators,
            funds: input.funds,
            values: input.values,
            spending: spending
        )
        let rules = violations.map { violation -> String in
            let sides = "左边\(ReportText.number(violation.left))，右边\(ReportText.number(violation.right))"
            guard let office = violation.office else {
                return "全项目数据不符合校验规则 \(violation.rule)（\(sides)），请核实。"
            }
            let when = violation.period.map { "\($0)" } ?? "全年"
            return "\(officeName(office))\(when)数据不符合校验规则 \(violation.rule)（\(sides)），请核实。"
        }
        let names = Dictionary(input.indicators.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let outliers = DataChecks.outliers(indicators: input.indicators, values: input.values).map { outlier in
            let against = [
                "本单位其他各期中位数\(ReportText.number(outlier.ownMedian))",
                "其他单位同期中位数\(ReportText.number(outlier.othersMedian))",
            ]
            let label = outlier.label.isEmpty ? "" : "（\(outlier.label)）"
            return
                "\(officeName(outlier.office))\(outlier.period)\(label) \(outlier.indicator) \(names[outlier.indicator] ?? "")"
                + "的数值\(ReportText.number(outlier.value))偏离超过3个绝对中位差（\(against.joined(separator: "，"))），"
                + "请核实；异常值照常计入，不改变得分。"
        }
        return (rules, outliers)
    }
}
