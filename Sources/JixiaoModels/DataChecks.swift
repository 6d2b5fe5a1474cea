/// The checks on a project's data that never refuse it and never change a score: the plan's validation rules
/// (`ValidationRule`) and outliers. `district status`, the report's 数据说明 and the office's import all call these
/// same functions (`Docs/PlanFormat.md`, Validation rules; `Docs/Scoring.md`, Outliers).
public enum DataChecks {
    /// One office's spending on one fund and category (or the project's, summed over offices).
    public struct Spending: Hashable, Sendable {
        public var office: String
        public var fund: String
        public var category: String
        public var amount: Money

        /// Creates a spending total.
        public init(office: String, fund: String, category: String, amount: Money) {
            self.office = office
            self.fund = fund
            self.category = category
            self.amount = amount
        }
    }

    /// A rule that does not hold.
    public struct Violation: Hashable, Sendable {
        /// The rule as the plan writes it.
        public var rule: String
        /// The office whose figures break it; `nil` for a rule checked for the whole project (it names a budget).
        public var office: String?
        /// The period compared; `nil` for the year's figures.
        public var period: Period?
        /// The two sides' values.
        public var left: Double
        public var right: Double

        /// Creates a violation; see the properties.
        public init(rule: String, office: String?, period: Period?, left: Double, right: Double) {
            self.rule = rule
            self.office = office
            self.period = period
            self.left = left
            self.right = right
        }
    }

    /// A value far from the office's other periods and from the other offices.
    public struct Outlier: Hashable, Sendable {
        public var indicator: String
        public var office: String
        public var period: Period
        public var label: String
        public var value: Double
        /// The median of the office's own other periods.
        public var ownMedian: Double
        /// The median of the other offices' values for the same period.
        public var othersMedian: Double
    }

    /// How many median absolute deviations from the median make a value an outlier.
    public static let outlierDeviations = 3.0
    /// The MAD is scaled by this factor, so that for normally distributed data it estimates the standard deviation
    /// (the usual form of the "3 MADs" rule): a value is far when it lies more than 3 × 1.4826 × MAD from the median.
    public static let madScale = 1.4826
    /// How many other points a comparison needs: with fewer, the median and its deviation say nothing.
    public static let outlierMinimumPoints = 3

    /// The violations of a project's rules.
    ///
    /// A rule that names a budget is checked once for the whole project: spending summed over every office, each
    /// indicator combined over every office by its `aggregate`. Any other rule is checked office by office: when every
    /// indicator it names is reported at the same frequency, shorter than a year, and it names no spending, period by
    /// period (each period where the office has a value for every one of them); otherwise on the office's figures
    /// for the year (its values combined by each indicator's `aggregate`). A side that has no value (an indicator the
    /// office has not reported, a division by zero) leaves the rule unchecked there: it is not broken.
    /// - Parameters:
    ///   - rules: the project's rules as written (a rule that does not parse is skipped: the plan import refuses it).
    ///   - indicators: the project's indicators.
    ///   - funds: the project's funds.
    ///   - values: the project's values of the year (any office).
    ///   - spending: the project's spending of the year.
    ///   - offices: restrict the office-by-office rules to these offices (`nil`: every office with data).
    public static func violations(
        rules: [String],
        indicators: [Indicator],
        funds: [Fund],
        values: [IndicatorValue],
        spending: [Spending],
        offices: Set<String>? = nil
    ) -> [Violation] {
        let byCode = Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let known = Set(indicators.map(\.code))
        var result: [Violation] = []
        for text in rules {
            guard let rule = try? ValidationRule(parsing: text, knownCodes: known) else { continue }
            let named = rule.indicatorCodes.compactMap { byCode[$0] }
            guard named.count == rule.indicatorCodes.count else { continue }
            let namedCodes = Set(named.map(\.code))
            func resolver(_ values: [IndicatorValue], _ spending: [Spending]) -> (String) -> Double? {
                { code in
                    switch ValidationRule.moneyName(code) {
                    case .spending(let category)?:
                        let fen = spending.filter { category == nil || $0.category == category }
                            .reduce(Int64(0)) { $0 &+ $1.amount.fen }
                        return Double(fen) / 100
                    case .budget(let fund)?:
                        let chosen = funds.filter { fund == nil || $0.code == fund }
                        guard !chosen.isEmpty else { return nil }
                        return Double(chosen.reduce(Int64(0)) { $0 &+ $1.adjustedBudget.fen }) / 100
                    case nil:
                        guard let indicator = byCode[code] else { return nil }
                        return ValueCombiner.combine(
                            values.filter { $0.indicator == code },
                            rule: indicator.aggregation
                        )
                    }
                }
            }
            if rule.namesBudget {
                let relevant = values.filter { namedCodes.contains($0.indicator) }
                if let sides = rule.sides(resolver(relevant, spending)), !rule.comparison.holds(sides.0, sides.1) {
                    result.append(Violation(rule: text, office: nil, period: nil, left: sides.0, right: sides.1))
                }
                continue
            }
            let namesSpending = rule.codes.contains { ValidationRule.moneyName($0) != nil }
            let relevant = values.filter { namedCodes.contains($0.indicator) && $0.value.number != nil }
            var officeCodes = Set(relevant.map(\.office))
            if namesSpending { officeCodes.formUnion(spending.map(\.office)) }
            if let offices { officeCodes.formIntersection(offices) }
            let frequencies = Set(named.map(\.frequency))
            let byPeriod = !namesSpending && frequencies.count == 1 && frequencies.first != .year
            for office in officeCodes.sorted() {
                let own = relevant.filter { $0.office == office }
                let ownSpending = spending.filter { $0.office == office }
                if byPeriod {
                    for period in Set(own.map(\.period)).sorted() {
                        let inPeriod = own.filter { $0.period == period }
                        guard Set(inPeriod.map(\.indicator)) == namedCodes,
                            let sides = rule.sides(resolver(inPeriod, [])),
                            !rule.comparison.holds(sides.0, sides.1)
                        else { continue }
                        result.append(
                            Violation(rule: text, office: office, period: period, left: sides.0, right: sides.1)
                        )
                    }
                } else if let sides = rule.sides(resolver(own, ownSpending)), !rule.comparison.holds(sides.0, sides.1) {
                    result.append(Violation(rule: text, office: office, period: nil, left: sides.0, right: sides.1))
                }
            }
        }
        return result
    }

    /// The outliers among the numeric values of `indicators`.
    ///
    /// A value is compared with two sets: the same office's values of the indicator (and label) for its other
    /// periods, and the other offices' values of the indicator for the same period. A comparison can be made only
    /// when its set has at least `outlierMinimumPoints` values and their median absolute deviation (MAD) is above 0
    /// (a set whose values are all equal, such as a rate of 100 every month, gives no scale to measure "far" by).
    /// The value is an outlier when **both** comparisons can be made and in both it lies more than
    /// `outlierDeviations` scaled MADs (`madScale`) from that set's median: far from its own office's other periods
    /// and from the other offices. A yearly value (no other periods), or one that only one office reports (a
    /// department's own counts), is never an outlier: on the kaifu-2021 example, one comparison alone flagged 19
    /// sound values (35 with the unscaled MAD), a district department's counts against the streets' above all;
    /// both flag none.
    /// Qualitative and formula indicators have no such values.
    public static func outliers(indicators: [Indicator], values: [IndicatorValue]) -> [Outlier] {
        var result: [Outlier] = []
        let byIndicator = Dictionary(grouping: values, by: \.indicator)
        for indicator in indicators where indicator.direction != .qualitative {
            if case .formula = indicator.aggregation { continue }
            let points = (byIndicator[indicator.code] ?? []).compactMap { value in
                value.value.number.map { (value, $0) }
            }
            guard points.count > outlierMinimumPoints else { continue }
            // Grouped once, so each value is compared with its groups only (not every value with every other).
            let byOfficeAndLabel = Dictionary(grouping: points) { $0.0.office + "\u{1F}" + $0.0.label }
            let byPeriod = Dictionary(grouping: points) { $0.0.period }
            for (value, number) in points {
                let own = (byOfficeAndLabel[value.office + "\u{1F}" + value.label] ?? [])
                    .filter { $0.0.period != value.period }.map(\.1)
                // Both comparisons must find it far: the larger set (every office's value of the period) is
                // measured only for a value already far from its own other periods.
                guard let ownFar = far(number, from: own), ownFar.far else { continue }
                let others = (byPeriod[value.period] ?? []).filter { $0.0.office != value.office }.map(\.1)
                guard let othersFar = far(number, from: others), othersFar.far else { continue }
                result.append(
                    Outlier(
                        indicator: indicator.code,
                        office: value.office,
                        period: value.period,
                        label: value.label,
                        value: number,
                        ownMedian: ownFar.median,
                        othersMedian: othersFar.median
                    )
                )
            }
        }
        return result.sorted { ($0.indicator, $0.office, $0.period) < ($1.indicator, $1.office, $1.period) }
    }

    /// Whether `number` lies more than `outlierDeviations` scaled MADs from the median of `set`; `nil` when the set
    /// is too small or its MAD is 0.
    static func far(_ number: Double, from set: [Double]) -> (far: Bool, median: Double)? {
        guard set.count >= outlierMinimumPoints else { return nil }
        let center = median(set)
        let mad = median(set.map { Swift.abs($0 - center) })
        guard mad > 0 else { return nil }
        return (Swift.abs(number - center) > outlierDeviations * madScale * mad, center)
    }

    /// The median (the mean of the two middle values for an even count); `set` is not empty.
    static func median(_ set: [Double]) -> Double {
        let sorted = set.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// A figure as the messages print it: whole numbers without decimals, others with up to two (`12`, `12.5`).
    public static func figure(_ number: Double) -> String {
        let rounded = (number * 100).rounded() / 100
        if rounded == rounded.rounded(), Swift.abs(rounded) < 1e15 { return String(Int64(rounded)) }
        var text = String(format2: rounded)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

extension String {
    /// Two decimals without Foundation (`12.50`).
    fileprivate init(format2 number: Double) {
        let cents = Int64((Swift.abs(number) * 100).rounded())
        let sign = number < 0 ? "-" : ""
        let fraction = cents % 100
        self = "\(sign)\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
