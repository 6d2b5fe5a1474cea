extension DataChecks.Violation {
    /// The violation in the user's language (`望麓园街道 2021Q2: breaks the rule JD03 <= JD02 (12 against 10)`).
    /// - Parameter officeName: the office's name for its code.
    public func message(officeName: (String) -> String) -> String {
        let figures = ["rule": rule, "left": DataChecks.figure(left), "right": DataChecks.figure(right)]
        guard let office else { return tr("checks.rule.project", figures) }
        if let period {
            return tr(
                "checks.rule.office-period",
                figures.merging(["office": officeName(office), "period": "\(period)"]) { $1 }
            )
        }
        return tr("checks.rule.office-year", figures.merging(["office": officeName(office)]) { $1 })
    }
}

extension DataChecks.Outlier {
    /// The outlier in the user's language, naming the medians it was compared with.
    /// - Parameter officeName: the office's name for its code.
    public func message(officeName: (String) -> String) -> String {
        tr(
            "checks.outlier",
            [
                "office": officeName(office),
                "period": "\(period)" + (label.isEmpty ? "" : " \(label)"),
                "indicator": indicator,
                "value": DataChecks.figure(value),
                "own": DataChecks.figure(ownMedian),
                "others": DataChecks.figure(othersMedian),
            ]
        )
    }
}
