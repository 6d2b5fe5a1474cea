/// Exact decimal text for the numbers a workbook stores, without going through `Double`.
///
/// SpreadsheetML writes numbers as XML text in the shortest form that round-trips a binary double (`1234.56`,
/// `1.5E-3`), and sometimes the full 17 digits of a computed value (`0.30000000000000004`). Excel shows and
/// compares at most 15 significant digits, so `canonical` rounds to 15 (half away from zero) and then writes the
/// plain decimal: `1234.56`, `0.0015`, `0.3`. Money code can then refuse more than 2 decimals on the text.
public enum NumberText {
    /// The most significant digits Excel keeps.
    public static let significantDigits = 15

    /// Plain decimal text for `text` (`[+-]digits[.digits][E[+-]digits]`), rounded to 15 significant digits,
    /// with no exponent, no trailing fractional zeros and no leading `+`; `nil` when `text` is not such a number or
    /// is beyond a double's range.
    public static func canonical(_ text: some StringProtocol) -> String? {
        if isPlain(text.utf8) { return String(text) }
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == UInt8(ascii: " ") { bytes.removeLast() }
        var index = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var digits: [UInt8] = []
        var integerCount = 0
        var seenPoint = false
        var seenDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte - UInt8(ascii: "0"))
                if !seenPoint { integerCount += 1 }
                seenDigit = true
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                break
            }
            index += 1
        }
        guard seenDigit else { return nil }
        var exponent = 0
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "E") || bytes[index] == UInt8(ascii: "e") else { return nil }
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponentDigits = 0
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                exponent = exponent * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                exponentDigits += 1
                guard exponent < 10_000 else { return nil }
                index += 1
            }
            guard exponentDigits > 0, index == bytes.count else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        // The decimal point sits after `point` digits of `digits`.
        var point = integerCount + exponent
        while let first = digits.first, first == 0 {
            digits.removeFirst()
            point -= 1
        }
        guard !digits.isEmpty else { return "0" }
        if digits.count > significantDigits {
            let roundUp = digits[significantDigits] >= 5
            digits.removeSubrange(significantDigits...)
            if roundUp {
                var position = digits.count - 1
                while position >= 0 {
                    if digits[position] == 9 {
                        digits[position] = 0
                        position -= 1
                    } else {
                        digits[position] += 1
                        break
                    }
                }
                if position < 0 {
                    digits.insert(1, at: 0)
                    point += 1
                }
            }
        }
        while let last = digits.last, last == 0, digits.count > max(point, 1) { digits.removeLast() }
        guard point <= 309, point >= -330 else { return nil }
        var out = negative ? "-" : ""
        let characters = digits.map { Character(Unicode.Scalar(UInt8(ascii: "0") + $0)) }
        if point <= 0 {
            out += "0." + String(repeating: "0", count: -point) + String(characters)
        } else if point >= characters.count {
            out += String(characters) + String(repeating: "0", count: point - characters.count)
        } else {
            out += String(characters[..<point]) + "." + String(characters[point...])
        }
        return out
    }

    /// Where `isPlain` is in a number's text.
    private enum Place { case start, sign, zero, integer, point, fraction }

    /// Whether `utf8` is already what `canonical` writes: `-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?`, at most 15 digits,
    /// and not `-0`. Most numbers in a workbook are (`1234.56`, serial dates such as `44197`), so `canonical` returns
    /// them as they are without taking them apart.
    static func isPlain(_ utf8: some Collection<UInt8>) -> Bool {
        var place = Place.start
        var digits = 0
        var last: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "-"):
                guard place == .start else { return false }
                place = .sign
            case UInt8(ascii: "."):
                guard place == .zero || place == .integer else { return false }
                place = .point
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                switch place {
                case .start, .sign: place = byte == UInt8(ascii: "0") ? .zero : .integer
                case .zero: return false
                case .integer: break
                case .point, .fraction: place = .fraction
                }
            default:
                return false
            }
            last = byte
        }
        guard digits <= significantDigits else { return false }
        switch place {
        case .zero: return utf8.first != UInt8(ascii: "-")
        case .integer: return true
        case .fraction: return last != UInt8(ascii: "0")
        case .start, .sign, .point: return false
        }
    }
}
