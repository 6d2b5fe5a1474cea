/// An amount of money in integer fen (分, 1/100 元). Never floating point.
///
/// Parsing accepts what clerks type and Excel exports: `1234.56`, `1,234.56`, `¥1,234.56`, `1234.56元`,
/// `12.5万`, `12.5万元`. Formatting writes 元 with two decimals (`1,234.56`) or 万元 with trailing zeros
/// trimmed, exactly as the seed reports do (`1233.06万元`, `49.88418万元`).
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The amount in fen.
    public var fen: Int64

    /// Creates an amount from fen.
    public init(fen: Int64) { self.fen = fen }

    /// Zero.
    public static let zero = Money(fen: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.fen += rhs.fen }

    public var description: String { formattedYuan() }

    public init(from decoder: any Decoder) throws {
        fen = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fen)
    }
}

extension Money {
    /// Parses an amount written in 元 (default) or 万元 (suffix `万` or `万元`).
    ///
    /// - Parameter text: the amount as typed; surrounding spaces, a leading `¥`/`￥` and a trailing `元` are allowed.
    ///   Thousands separators must group by three (`1,234,567.8`).
    /// - Throws: `ModelError.invalidMoney` quoting the input when it is not money, has more than two decimals
    ///   in 元 (six in 万元), or does not fit.
    public init(parsing text: String) throws {
        // Most amounts of an import are plain (`1234.56`): read those from the bytes, without the general path's
        // substrings and characters (~100,000 per import). Anything else takes the general path below.
        if let fen = Self.plainFen(text.utf8) {
            self.fen = fen
            return
        }
        func refuse(_ why: String = tr("model.amount.not-number")) -> ModelError {
            .invalidMoney(tr("model.amount", ["text": text, "why": why]))
        }
        var body = Substring(text.trimmingSpaces())
        var negative = false
        if body.hasPrefix("-") {
            negative = true
            body = body.dropFirst()
        }
        if body.hasPrefix("¥") || body.hasPrefix("￥") { body = body.dropFirst() }
        var scaleDigits = 2  // decimals allowed; fen per unit = 10^scaleDigits
        if body.hasSuffix("万元") {
            body = body.dropLast(2)
            scaleDigits = 6
        } else if body.hasSuffix("万") {
            body = body.dropLast()
            scaleDigits = 6
        } else if body.hasSuffix("元") {
            body = body.dropLast()
        }
        body = Substring(String(body).trimmingSpaces())
        guard !body.isEmpty else { throw refuse() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw refuse() }
        let integerPart = parts[0]
        let fractionPart = parts.count == 2 ? parts[1] : ""
        if parts.count == 2 && fractionPart.isEmpty { throw refuse() }
        guard !integerPart.isEmpty else { throw refuse() }
        // Thousands separators: either none, or groups of exactly three after the first group.
        var digits = ""
        if integerPart.contains(",") {
            let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { throw refuse() }
            digits = groups.joined()
        } else {
            digits = String(integerPart)
        }
        guard digits.allSatisfy(\.isASCIIDigit), fractionPart.allSatisfy(\.isASCIIDigit) else { throw refuse() }
        guard fractionPart.count <= scaleDigits else {
            throw refuse(scaleDigits == 2 ? tr("model.amount.decimals-yuan") : tr("model.amount.decimals-wan"))
        }
        let paddedFraction = String(fractionPart) + String(repeating: "0", count: scaleDigits - fractionPart.count)
        guard let whole = Int64(digits), let fraction = Int64(paddedFraction.isEmpty ? "0" : paddedFraction) else {
            throw refuse(tr("model.amount.too-large"))
        }
        let unit: Int64 = scaleDigits == 2 ? 100 : 1_000_000
        let (scaled, overflow1) = whole.multipliedReportingOverflow(by: unit)
        let (total, overflow2) = scaled.addingReportingOverflow(fraction)
        guard !overflow1, !overflow2, total < Int64.max / 100 else { throw refuse(tr("model.amount.too-large")) }
        self.fen = negative ? -total : total
    }

    /// The fen of `bytes` when they are a plain amount in 元: 1 to 13 ASCII digits, then optionally a point and one
    /// or two digits, nothing else (no sign, space, separator or unit); `nil` otherwise. What the general parser
    /// gives for the same text, found without it.
    static func plainFen(_ bytes: String.UTF8View) -> Int64? {
        var whole: Int64 = 0
        var integerDigits = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var sawPoint = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(byte &- UInt8(ascii: "0"))
                if sawPoint {
                    guard fractionDigits < 2 else { return nil }
                    fraction = fraction &* 10 &+ digit
                    fractionDigits += 1
                } else {
                    guard integerDigits < 13 else { return nil }
                    whole = whole &* 10 &+ digit
                    integerDigits += 1
                }
            case UInt8(ascii: "."):
                guard !sawPoint else { return nil }
                sawPoint = true
            default:
                return nil
            }
        }
        guard integerDigits > 0, !sawPoint || fractionDigits > 0 else { return nil }
        if fractionDigits == 1 { fraction &*= 10 }
        return whole &* 100 &+ fraction
    }

    /// The amount in 元 with two decimals, e.g. `1,234.56` (or `1234.56` without grouping).
    public func formattedYuan(grouping: Bool = true) -> String {
        let magnitude = fen.magnitude
        let whole = magnitude / 100
        let cents = magnitude % 100
        let wholeText = grouping ? Self.grouped(String(whole)) : String(whole)
        let centsText = cents < 10 ? "0\(cents)" : "\(cents)"
        return (fen < 0 ? "-" : "") + wholeText + "." + centsText
    }

    /// The amount in 万元 with trailing zeros trimmed and no unit, e.g. `1233.06`, `49.88418`, `50`.
    public func formattedWanNumber() -> String {
        let magnitude = fen.magnitude
        let whole = magnitude / 1_000_000
        var fraction = String(magnitude % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (fen < 0 ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// The amount in 万元 as the seed writes it: `1233.06万元`, `49.88418万元`.
    public func formattedWan() -> String { formattedWanNumber() + "万元" }

    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines (ASCII and the ideographic space).
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
