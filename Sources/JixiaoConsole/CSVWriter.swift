import Foundation

/// Writes CSV as RFC 4180 says: fields separated by commas, records ended by CRLF, a field quoted when it holds a
/// comma, a quote, a line break or leading/trailing spaces, and quotes inside doubled.
///
/// The text is UTF-8. Excel on Chinese Windows reads UTF-8 CSV correctly only when the file starts with a byte
/// order mark, so files meant for Excel should set `byteOrderMark`; output piped to other programs should not.
public struct CSVWriter: Sendable {
    /// Whether `data()` starts with the UTF-8 byte order mark (EF BB BF).
    public var byteOrderMark: Bool
    /// The record terminator: `"\r\n"` (RFC 4180) unless set otherwise.
    public var lineEnding: String
    /// The text written so far (without the byte order mark).
    public private(set) var text = ""

    /// - Parameters:
    ///   - byteOrderMark: start `data()` with a UTF-8 BOM, for Excel.
    ///   - lineEnding: the record terminator.
    public init(byteOrderMark: Bool = false, lineEnding: String = "\r\n") {
        self.byteOrderMark = byteOrderMark
        self.lineEnding = lineEnding
    }

    /// Appends one record.
    public mutating func append(_ fields: [String]) {
        var first = true
        for field in fields {
            if !first { text += "," }
            first = false
            text += Self.quoted(field)
        }
        text += lineEnding
    }

    /// The bytes of the file: the BOM if asked for, then the UTF-8 text.
    public func data() -> Data {
        var data = Data()
        if byteOrderMark { data.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        data.append(contentsOf: Array(text.utf8))
        return data
    }

    /// `field` as it appears in a CSV record: unchanged when it needs no quotes, otherwise quoted with inner
    /// quotes doubled.
    public static func quoted(_ field: String) -> String {
        let needsQuotes =
            field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || field.first == " " || field.last == " " || field.first == "\t" || field.last == "\t"
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
