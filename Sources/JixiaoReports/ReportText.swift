import Foundation

/// How numbers, rates, scores and times are written in every rendering of a report.
public enum ReportText {
    /// A number with at most `decimals` decimals, trailing zeros trimmed: `12`, `98.95`, `0.5`.
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        let fixed = self.fixed(value, decimals: decimals)
        guard fixed.contains(".") else { return fixed }
        var text = fixed
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// A number with exactly `decimals` decimals, rounded half away from zero: `52.57`, `10.00`.
    public static func fixed(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        // The tiny nudge keeps 0.125 (stored as 0.12499999…) rounding the way a person would.
        let scaled = (abs(value) * scale * (1 + 1e-12)).rounded()
        guard scaled < 9e15 else { return String(value) }
        let magnitude = Int64(scaled)
        let divisor = Int64(scale)
        let whole = magnitude / divisor
        let sign = value < 0 && magnitude != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        let fraction = String(magnitude % divisor)
        return sign + "\(whole)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// A percentage with two decimals, `52.57%`, or `—` when there is none.
    public static func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return fixed(value) + "%"
    }

    /// A score with two decimals: `5.26`.
    public static func score(_ value: Double) -> String { fixed(value) }

    /// Rounds to two decimals, half away from zero, as scores are added up.
    public static func rounded2(_ value: Double) -> Double {
        let scaled = (abs(value) * 100 * (1 + 1e-12)).rounded()
        return (value < 0 ? -scaled : scaled) / 100
    }

    /// Whether `a` comes before `b` in Chinese order (by pinyin, as a Chinese reader sorts 厨余垃圾 before 其他垃圾),
    /// code points breaking ties.
    public static func chineseOrder(_ a: String, _ b: String) -> Bool {
        switch a.compare(b, locale: chinese) {
        case .orderedAscending: return true
        case .orderedDescending: return false
        case .orderedSame: return a < b
        }
    }

    private static let chinese = Locale(identifier: "zh_CN")

    /// China Standard Time (UTC+8), in which every time in a report is written.
    public static let timeZone = TimeZone(secondsFromGMT: 8 * 3600)!

    /// `2022-01-10 09:30（北京时间）`, or without the zone when `zone` is false.
    public static func time(_ date: Date, zone: Bool = true) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String {
            let n = n ?? 0
            return n < 10 ? "0\(n)" : "\(n)"
        }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))" + (zone ? "（北京时间）" : "")
    }

    /// The date of an ISO 8601 time as `isoTime` writes it; the epoch if it cannot be read.
    static func date(iso text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    /// ISO 8601 with the +08:00 offset, for machine-readable output: `2022-01-10T09:30:00+08:00`.
    public static func isoTime(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
