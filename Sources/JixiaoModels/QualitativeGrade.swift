/// The grade an office records for a qualitative (定性) indicator: a grade word, optionally followed by the
/// percentage of the weight it earns inside that grade's band, e.g. `达成 95%`.
///
/// | grade | aliases | band | default |
/// |---|---|---|---|
/// | 达成 | 优 | 80–100% | 100% |
/// | 部分达成 | 基本达成, 良, 中 | 60–80% | 70% |
/// | 未达成 | 差 | 0–60% | 0% |
///
/// This is the plan's whole vocabulary of grades: offices may record nothing else for a qualitative indicator
/// (`RowRules`), and the report scores with it (`Scoring.qualitative`).
public struct QualitativeGrade: Hashable, Sendable {
    /// The three grades.
    public enum Level: String, Hashable, Sendable, Codable, CaseIterable {
        /// 达成.
        case achieved = "达成"
        /// 部分达成.
        case partlyAchieved = "部分达成"
        /// 未达成.
        case notAchieved = "未达成"

        /// The percentages of the weight this grade may earn.
        public var band: ClosedRange<Double> {
            switch self {
            case .achieved: 80...100
            case .partlyAchieved: 60...80
            case .notAchieved: 0...60
            }
        }

        /// The percentage when none is written.
        public var defaultPercent: Double {
            switch self {
            case .achieved: 100
            case .partlyAchieved: 70
            case .notAchieved: 0
            }
        }

        /// Words that mean this grade, the grade's own word first.
        public var words: [String] {
            switch self {
            case .achieved: ["达成", "优"]
            case .partlyAchieved: ["部分达成", "基本达成", "良", "中"]
            case .notAchieved: ["未达成", "差"]
            }
        }
    }

    /// The grade.
    public var level: Level
    /// The percentage of the weight earned, inside the grade's band.
    public var percent: Double
    /// Why the written percentage was not taken as is (outside the band), or `nil`.
    public var note: String?

    /// Parses `达成`, `达成 95%`, `良`, `部分达成 65%`…; `nil` for any other text.
    ///
    /// A percentage outside the grade's band is brought to the nearest end of the band, with a note.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces()
        // Longer words first, so that 部分达成 and 未达成 are not read as 达成.
        let candidates = Level.allCases.flatMap { level in level.words.map { (level, $0) } }
            .sorted { $0.1.count > $1.1.count }
        guard let (level, word) = candidates.first(where: { trimmed.hasPrefix($0.1) }) else { return nil }
        var rest = String(trimmed.dropFirst(word.count)).trimmingSpaces()
        self.level = level
        self.note = nil
        if rest.isEmpty {
            self.percent = level.defaultPercent
            return
        }
        if rest.hasSuffix("%") || rest.hasSuffix("％") { rest.removeLast() }
        guard let number = Double(rest.trimmingSpaces()), number.isFinite else { return nil }
        if level.band.contains(number) {
            self.percent = number
        } else {
            let clamped = min(max(number, level.band.lowerBound), level.band.upperBound)
            self.percent = clamped
            self.note =
                "“\(trimmed)”的百分比超出\(level.rawValue)档（\(Self.percentText(level.band.lowerBound))%–"
                + "\(Self.percentText(level.band.upperBound))%），按\(Self.percentText(clamped))%计"
        }
    }

    /// Whether the written percentage lay outside the grade's band (and was brought to its nearest end).
    public var wasOutsideBand: Bool { note != nil }

    /// Every grade word, for messages: `达成 (优), 部分达成 (基本达成, 良, 中), 未达成 (差)`.
    public static var vocabulary: String {
        Level.allCases.map { level in
            level.rawValue + " (" + level.words.dropFirst().joined(separator: ", ") + ")"
        }.joined(separator: ", ")
    }

    /// A band's end as written in messages: `80`, `62.5`.
    static func percentText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
