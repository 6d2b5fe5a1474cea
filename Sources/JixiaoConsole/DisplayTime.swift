import Foundation

/// How tables and messages show a time: local time with its offset (`2026-12-01 14:52 +08:00`) or UTC
/// (`2026-12-01 06:52 +00:00`, `--utc`).
///
/// The databases store times as ISO 8601 text (`2026-12-01T06:52:50Z`); JSON output keeps that form. Only what
/// people read goes through here, so a clerk sees the clock on the office wall, in the process's time zone (`TZ`
/// is respected).
public struct DisplayTime: Sendable {
    /// The zone times are shown in.
    public var timeZone: TimeZone

    /// - Parameter utc: show UTC instead of the process's time zone.
    public init(utc: Bool = false) {
        self.timeZone = utc ? TimeZone(identifier: "UTC")! : TimeZone.current
    }

    /// Times shown in `timeZone`.
    public init(timeZone: TimeZone) { self.timeZone = timeZone }

    /// `date` as `yyyy-MM-dd HH:mm ±hh:mm`.
    public func string(from date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm xxx"  // english: a date pattern
        return formatter.string(from: date)
    }

    /// A stored ISO 8601 time (with or without fractional seconds) in this form; text that is not one is returned
    /// as it is, so a damaged value still shows rather than vanishing.
    public func string(fromStored stored: String) -> String {
        guard let date = Self.parse(stored) else { return stored }
        return string(from: date)
    }

    /// Parses ISO 8601 text with an offset, with or without fractional seconds.
    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
