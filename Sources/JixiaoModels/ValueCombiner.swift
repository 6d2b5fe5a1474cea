/// Combines the numeric values offices report for one indicator by the indicator's rule (plan format
/// `aggregate`): `sum`, `mean`, `min`, `max`, or `latest` (each office's and label's latest period, summed).
public enum ValueCombiner {
    /// The combined value of `values` under `rule`, `nil` when there is no numeric value (or the rule is a
    /// formula, which combines other indicators instead).
    public static func combine(_ values: [IndicatorValue], rule: Indicator.Aggregation) -> Double? {
        let numeric = values.filter { $0.value.number != nil }
        guard !numeric.isEmpty else { return nil }
        let numbers = numeric.compactMap(\.value.number)
        switch rule {
        case .sum: return numbers.reduce(0, +)
        case .mean: return numbers.reduce(0, +) / Double(numbers.count)
        case .min: return numbers.min()
        case .max: return numbers.max()
        case .latest:
            var latest: [String: (Period, Double)] = [:]
            for value in numeric {
                let key = value.office + "\u{1F}" + value.label
                let number = value.value.number ?? 0
                if let (period, sum) = latest[key] {
                    if value.period > period {
                        latest[key] = (value.period, number)
                    } else if value.period == period {
                        latest[key] = (period, sum + number)
                    }
                } else {
                    latest[key] = (value.period, number)
                }
            }
            return latest.values.map(\.1).reduce(0, +)
        case .formula: return nil
        }
    }
}
