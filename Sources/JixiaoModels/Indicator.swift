/// A performance indicator (绩效指标) of a project.
public struct Indicator: Hashable, Sendable, Codable {
    /// Which way is better.
    public enum Direction: String, Hashable, Sendable, Codable, CaseIterable {
        /// 正向: at least the target (≥).
        case higher
        /// 反向: at most the target (≤).
        case lower
        /// Exactly the target.
        case equal
        /// 定性: a text grade, not a number.
        case qualitative

        /// Parses a direction, also accepting the Chinese words 正向, 反向, 等于, 定性.
        /// - Throws: `ModelError.invalidValue` naming the allowed directions.
        public init(parsing text: String) throws {
            switch text.trimmingSpaces() {
            case "higher", "正向", "≥", ">=": self = .higher
            case "lower", "反向", "≤", "<=": self = .lower
            case "equal", "等于", "=": self = .equal
            case "qualitative", "定性": self = .qualitative
            default:
                throw ModelError.invalidValue(tr("model.direction-invalid", ["text": text]))
            }
        }
    }

    /// How the values that offices report combine into one figure.
    public enum Aggregation: Hashable, Sendable, Codable {
        case sum, mean, min, max, latest
        /// An arithmetic formula over other indicators of the project, e.g. `JD20 / JD19 * 100`.
        case formula(String)

        /// The name as written in a plan (`sum`, …, `formula`).
        public var name: String {
            switch self {
            case .sum: "sum"
            case .mean: "mean"
            case .min: "min"
            case .max: "max"
            case .latest: "latest"
            case .formula: "formula"
            }
        }

        /// Parses `sum`, `mean`, `min`, `max`, `latest`; a formula comes separately.
        /// - Throws: `ModelError.invalidValue` naming the allowed rules.
        public init(parsing text: String, formula: String? = nil) throws {
            switch text.trimmingSpaces() {
            case "sum": self = .sum
            case "mean": self = .mean
            case "min": self = .min
            case "max": self = .max
            case "latest": self = .latest
            case "formula":
                guard let formula, !formula.trimmingSpaces().isEmpty else {
                    throw ModelError.invalidValue("aggregate \"formula\" needs a formula")
                }
                self = .formula(formula)
            default:
                throw ModelError.invalidValue(tr("model.aggregate-invalid", ["text": text]))
            }
        }
    }

    /// 一级指标.
    public static let level1Names = ["产出指标", "效益指标", "满意度指标"]
    /// 二级指标.
    public static let level2Names = [
        "数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
        "服务对象满意度指标",
    ]

    /// Unique across the projects of one year, so an office can name it alone with a period
    /// (`street value set --indicator JD01 --period 2021Q2`: the period gives the year).
    public var code: String
    public var project: String
    /// The year of the project (part of the key: code, year).
    public var year: Int
    /// 三级指标: the indicator's name.
    public var name: String
    /// 一级指标, one of `level1Names`.
    public var level1: String
    /// 二级指标, one of `level2Names`.
    public var level2: String
    /// 起, 人, 场次, %, μg/m³ …
    public var unit: String
    /// 年度指标值: a number, or the expected grade text for a qualitative indicator.
    public var target: String
    public var direction: Direction
    /// 分值: the points this indicator carries (a project's indicators carry 90; budget execution the other 10).
    public var weight: Double
    public var aggregation: Aggregation
    /// Offices expected to report it (empty: the project's offices).
    public var reporters: [String]
    /// How often offices report it: `.year`, `.quarter` or `.month`.
    public var frequency: Period.Kind
    /// The code of the indicator of the previous year that this one continues (与上年比较); empty: the same code.
    public var previous: String

    public init(
        code: String,
        project: String,
        year: Int,
        name: String,
        level1: String,
        level2: String,
        unit: String,
        target: String,
        direction: Direction,
        weight: Double,
        aggregation: Aggregation,
        reporters: [String] = [],
        frequency: Period.Kind = .year,
        previous: String = ""
    ) {
        self.code = code
        self.project = project
        self.year = year
        self.name = name
        self.level1 = level1
        self.level2 = level2
        self.unit = unit
        self.target = target
        self.direction = direction
        self.weight = weight
        self.aggregation = aggregation
        self.reporters = reporters
        self.frequency = frequency
        self.previous = previous
    }

    /// The target as a number, `nil` for a qualitative indicator or a non-numeric target.
    public var numericTarget: Double? { direction == .qualitative ? nil : Double(target.trimmingSpaces()) }
}

extension Period.Kind: Codable {
    /// `year`, `quarter`, `month`.
    public var name: String {
        switch self {
        case .year: "year"
        case .quarter: "quarter"
        case .month: "month"
        }
    }

    /// Parses `year`, `quarter`, `month`.
    public init(parsing text: String) throws {
        switch text.trimmingSpaces() {
        case "year": self = .year
        case "quarter": self = .quarter
        case "month": self = .month
        default: throw ModelError.invalidValue(tr("model.frequency-invalid", ["text": text]))
        }
    }

    public init(from decoder: any Decoder) throws {
        self = try Period.Kind(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
