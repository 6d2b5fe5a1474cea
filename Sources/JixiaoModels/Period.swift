/// A reporting period: a year (`2021`), a quarter (`2021Q2`) or a month (`2021-06`).
///
/// Periods nest: a month is in its quarter, a quarter in its year. Comparison orders by start month, then by
/// length (a year sorts before its first quarter, which sorts before January).
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// How long a period is.
    public enum Kind: Int, Hashable, Sendable, Comparable {
        case year = 0
        case quarter, month
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The calendar year.
    public let year: Int
    /// The length.
    public let kind: Kind
    /// The quarter (1…4) or month (1…12); 0 for a year.
    public let index: Int

    /// A whole year.
    public static func year(_ year: Int) -> Period { Period(year: year, kind: .year, index: 0) }
    /// A quarter, 1…4.
    public static func quarter(_ year: Int, _ quarter: Int) -> Period {
        precondition((1...4).contains(quarter), "quarter out of range")
        return Period(year: year, kind: .quarter, index: quarter)
    }
    /// A month, 1…12.
    public static func month(_ year: Int, _ month: Int) -> Period {
        precondition((1...12).contains(month), "month out of range")
        return Period(year: year, kind: .month, index: month)
    }

    private init(year: Int, kind: Kind, index: Int) {
        self.year = year
        self.kind = kind
        self.index = index
    }

    /// The forms of a period, with examples in `year`: `a year (2023), a quarter (2023Q2) or a month (2023-06)`.
    public static func forms(in year: Int) -> String {
        tr("model.period-forms", ["year": "\(year)"])
    }

    /// Parses `2021`, `2021Q2` (or `2021q2`), `2021-06` (or `2021-6`).
    /// - Throws: `ModelError.invalidPeriod` quoting the input; its examples use the input's year when it starts
    ///   with one.
    public init(parsing text: String) throws {
        if let period = Period(canonical: text) {
            self = period
            return
        }
        let trimmed = text.trimmingSpaces()
        let scalars = Array(trimmed)
        // The refusal is worded only when it is thrown: a sync checks every row's period.
        func refuse() -> ModelError {
            let exampleYear =
                scalars.count >= 4 && scalars.prefix(4).allSatisfy(\.isASCIIDigit)
                ? Int(String(scalars.prefix(4))) ?? 2021 : 2021
            return ModelError.invalidPeriod(
                tr("model.period-invalid", ["text": text, "forms": Period.forms(in: exampleYear)])
            )
        }
        guard scalars.count >= 4, scalars.prefix(4).allSatisfy(\.isASCIIDigit),
            let year = Int(String(scalars.prefix(4)))
        else { throw refuse() }
        let rest = String(scalars.dropFirst(4))
        if rest.isEmpty {
            self = .year(year)
        } else if rest.count == 2, rest.first == "Q" || rest.first == "q", let q = Int(rest.dropFirst()),
            (1...4).contains(q)
        {
            self = .quarter(year, q)
        } else if rest.first == "-", (2...3).contains(rest.count), rest.dropFirst().allSatisfy(\.isASCIIDigit),
            let m = Int(rest.dropFirst()), (1...12).contains(m)
        {
            self = .month(year, m)
        } else {
            throw refuse()
        }
    }

    /// The period a canonical text names (`2021`, `2021Q2`, `2021-06`, as `description` writes them), read from its
    /// bytes; nil for any other text, which `init(parsing:)` then reads the slow way.
    private init?(canonical text: String) {
        var text = text
        let period: Period? = text.withUTF8 { bytes in
            guard bytes.count >= 4 else { return nil }
            var year = 0
            for i in 0..<4 {
                let digit = Int(bytes[i]) &- 48
                guard (0...9).contains(digit) else { return nil }
                year = year * 10 + digit
            }
            switch bytes.count {
            case 4:
                return .year(year)
            case 6 where bytes[4] == UInt8(ascii: "Q"):
                let q = Int(bytes[5]) &- 48
                return (1...4).contains(q) ? .quarter(year, q) : nil
            case 7 where bytes[4] == UInt8(ascii: "-"):
                let tens = Int(bytes[5]) &- 48
                let ones = Int(bytes[6]) &- 48
                guard (0...1).contains(tens), (0...9).contains(ones) else { return nil }
                let month = tens * 10 + ones
                return (1...12).contains(month) ? .month(year, month) : nil
            default:
                return nil
            }
        }
        guard let period else { return nil }
        self = period
    }

    /// The canonical text: `2021`, `2021Q2`, `2021-06`.
    public var description: String {
        switch kind {
        case .year: return String(year)
        case .quarter: return "\(year)Q\(index)"
        case .month: return index < 10 ? "\(year)-0\(index)" : "\(year)-\(index)"
        }
    }

    /// The months covered, 1…12.
    public var months: ClosedRange<Int> {
        switch kind {
        case .year: return 1...12
        case .quarter: return (index - 1) * 3 + 1...index * 3
        case .month: return index...index
        }
    }

    /// The first day, ISO 8601 (`2021-04-01`).
    public var firstDay: String { Self.isoDate(year, months.lowerBound, 1) }
    /// The last day, ISO 8601 (`2021-06-30`).
    public var lastDay: String {
        let month = months.upperBound
        return Self.isoDate(year, month, Self.daysIn(year: year, month: month))
    }

    /// Whether `other` lies wholly inside this period (a period contains itself).
    public func contains(_ other: Period) -> Bool {
        year == other.year && months.lowerBound <= other.months.lowerBound
            && other.months.upperBound <= months.upperBound
    }

    /// Whether an ISO date (`2021-06-26`) falls in this period.
    public func contains(isoDate: String) -> Bool {
        guard let date = try? CalendarDate(parsing: isoDate) else { return false }
        return date.year == year && months.contains(date.month)
    }

    /// The periods of the given kind inside this one (the months of a quarter, the quarters of a year…).
    public func subdivided(into kind: Kind) -> [Period] {
        guard kind >= self.kind else { return [] }
        switch kind {
        case .year: return [self]
        case .quarter: return (1...4).map { Period.quarter(year, $0) }.filter(contains)
        case .month: return months.map { Period.month(year, $0) }
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.months.lowerBound, lhs.kind) < (rhs.year, rhs.months.lowerBound, rhs.kind)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try Period(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func isoDate(_ year: Int, _ month: Int, _ day: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A calendar date as written in ISO 8601 (`2021-06-26`), checked for a real day.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD` (also `YYYY/MM/DD` and `YYYY-M-D`, as Excel writes dates).
    /// - Throws: `ModelError.invalidValue` quoting the input.
    public init(parsing text: String) throws {
        // The usual form, `2021-06-26` (or `2021/06/26`), read from the bytes; any other takes the general path.
        if let (y, m, d) = Self.plainDate(text.utf8) {
            year = y
            month = m
            day = d
            return
        }
        let trimmed = text.trimmingSpaces()
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m),
            (1...Period.daysIn(year: y, month: m)).contains(d)
        else {
            // The example takes the input's year when it starts with one, as a period's does.
            let year =
                trimmed.count >= 4 && trimmed.prefix(4).allSatisfy(\.isASCIIDigit) ? String(trimmed.prefix(4)) : "2021"
            throw ModelError.invalidValue(tr("model.date-invalid", ["text": text, "example": "\(year)-06-26"]))
        }
        year = y
        month = m
        day = d
    }

    /// Year, month and day of exactly `YYYY-MM-DD` or `YYYY/MM/DD` in ASCII digits naming a real day; `nil` for
    /// anything else (which the general parser then reads or refuses).
    private static func plainDate(_ bytes: String.UTF8View) -> (Int, Int, Int)? {
        guard bytes.count == 10 else { return nil }
        var numbers = (0, 0, 0)
        for (index, byte) in bytes.enumerated() {
            switch index {
            case 4, 7:
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") else { return nil }
            default:
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                switch index {
                case 0..<4: numbers.0 = numbers.0 * 10 + digit
                case 5, 6: numbers.1 = numbers.1 * 10 + digit
                default: numbers.2 = numbers.2 * 10 + digit
                }
            }
        }
        let (y, m, d) = numbers
        guard (1...12).contains(m), (1...Period.daysIn(year: y, month: m)).contains(d) else { return nil }
        return (y, m, d)
    }

    /// `2021-06-26`.
    public var description: String {
        guard (1000...9999).contains(year) else { return Period.isoDate(year, month, day) }
        // Written as bytes: one `description` per imported row.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ number: Int, at start: Int, width: Int) {
                var rest = number
                for index in (start..<start + width).reversed() {
                    buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, at: 0, width: 4)
            buffer[4] = UInt8(ascii: "-")
            put(month, at: 5, width: 2)
            buffer[7] = UInt8(ascii: "-")
            put(day, at: 8, width: 2)
            return 10
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
