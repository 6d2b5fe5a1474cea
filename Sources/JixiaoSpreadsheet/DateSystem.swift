/// How a workbook counts days: serial numbers from 1900 (Windows Excel, WPS, LibreOffice) or from 1904 (old Mac
/// Excel; `<workbookPr date1904="1"/>`).
///
/// The 1900 system keeps Lotus 1-2-3's mistake: serial 60 is 29 February 1900, a day that never was, so serials
/// from 61 on are one more than the days since 31 December 1899. `day(fromSerial:)` reproduces that.
public enum DateSystem: Hashable, Sendable {
    /// Serial 1 is 1900-01-01; serial 60 is the fictitious 1900-02-29; serial 61 is 1900-03-01.
    case system1900
    /// Serial 0 is 1904-01-01.
    case system1904

    /// The day a serial number (days, with any fraction for the time of day) stands for.
    /// - Parameter serial: the cell's number text (`44373`, `44373.5`).
    /// - Returns: the day; `nil` for a negative serial, serial 0 in the 1900 system (Excel shows 1900-01-00), or
    ///   text that is not a number.
    public func day(fromSerial serial: String) -> SerialDay? {
        guard let plain = NumberText.canonical(serial), !plain.hasPrefix("-") else { return nil }
        let whole = plain.split(separator: ".", maxSplits: 1).first.map(String.init) ?? plain
        guard let days = Int(whole), days < 3_000_000 else { return nil }
        switch self {
        case .system1900:
            if days == 0 { return nil }
            if days == 60 { return SerialDay(year: 1900, month: 2, day: 29) }
            // Days since 1970-01-01 of 1899-12-31 is -25568; past the phantom day, count from 1899-12-30.
            return SerialDay(daysSinceEpoch: (days < 60 ? -25_568 : -25_569) + days)
        case .system1904:
            return SerialDay(daysSinceEpoch: -24_107 + days)
        }
    }

    /// The serial number of `day` (the inverse of `day(fromSerial:)` for real days).
    public func serial(of day: SerialDay) -> Int {
        let days = day.daysSinceEpoch
        switch self {
        case .system1900:
            let serial = days + 25_569
            return serial < 61 ? days + 25_568 : serial
        case .system1904:
            return days + 24_107
        }
    }
}

/// A calendar day in the proleptic Gregorian calendar, as a workbook's serial number names it.
public struct SerialDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `days` after 1970-01-01 (H. Hinnant's `civil_from_days`).
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 (`days_from_civil`).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `2021-06-26`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: SerialDay, rhs: SerialDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
