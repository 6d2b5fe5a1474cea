import JixiaoModels

/// One record of a CSV file and where it starts.
public struct CSVRecord: Hashable, Sendable {
    /// The physical line (1-based) the record starts on; a record with a quoted line break spans several lines.
    public var line: Int
    /// The fields, unquoted.
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// Whether every field is empty or spaces, as the trailing `,,,,` rows Excel leaves behind.
    public var isBlank: Bool { fields.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{3000}" } } }
}

/// Splits CSV text into records (RFC 4180, as Excel writes it), keeping the line each record starts on so that a
/// refusal can say `line 17: …`.
///
/// Accepted: quoted fields with `""` for a quote, commas and line breaks inside quotes, CRLF, LF or CR line ends,
/// a missing final line end. Line breaks inside quoted fields come back as `\n`. A quote inside an unquoted field is kept as text (`12"` stays `12"`). Empty lines
/// are skipped. Refused: a quoted field that is never closed, and text after a closing quote (`"a"b`), both of
/// which mean the file is not what it seems.
///
/// Why our own ~100 lines and not a CSV package: none is a dependency of this package, the two candidates
/// (CSV.swift, SwiftCSV) report neither the starting line of a record nor where a quote went wrong, and CSV.swift's
/// stream reader fails at end of file on Linux. Bytes are decoded first (`TextDecoding`), so this only sees text.
public enum CSVReader {
    /// Decodes `bytes` (UTF-8, UTF-8 with BOM or GB18030) and splits them into records.
    /// - Throws: `ConsoleError` for bytes that are not text or CSV that cannot be split.
    public static func records(bytes: some Collection<UInt8>) throws -> [CSVRecord] {
        try records(text: TextDecoding.decode(bytes).text)
    }

    /// Splits `text` into records.
    /// - Throws: `ConsoleError.malformedCSV` with the line of the problem.
    public static func records(text: String) throws -> [CSVRecord] {
        var text = text
        return try text.withUTF8 { try records(utf8: $0) }
    }

    /// Splits valid UTF-8 into records. Every byte that matters (comma, quote, CR, LF, space, tab) is ASCII, and the
    /// bytes of a multi-byte character are never ASCII, so the bytes split exactly where the characters would:
    /// working on bytes spares decoding and re-encoding every character of a 100,000-row import.
    private static func records(utf8 bytes: UnsafeBufferPointer<UInt8>) throws -> [CSVRecord] {
        let quote: UInt8 = 0x22
        let comma: UInt8 = 0x2C
        let cr: UInt8 = 0x0D
        let lf: UInt8 = 0x0A
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        field.reserveCapacity(256)
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 0
        var afterClosingQuote = false
        var fieldStarted = false  // the current record has content (a field separator or a character)
        var index = 0
        let count = bytes.count

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            afterClosingQuote = false
        }
        func endRecord() {
            if fieldStarted || !fields.isEmpty {
                endField()
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
            fieldStarted = false
            afterClosingQuote = false
        }

        while index < count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                switch byte {
                case quote:
                    if index < count && bytes[index] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                case cr:
                    // A line break inside a field reads as "\n" whichever way the file ends its lines.
                    field.append(lf)
                    if index < count && bytes[index] == lf { index += 1 }
                    line += 1
                case lf:
                    field.append(lf)
                    line += 1
                default:
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case comma:
                endField()
                fieldStarted = true
            case cr, lf:
                if byte == cr && index < count && bytes[index] == lf { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            case quote where field.isEmpty && !afterClosingQuote:
                inQuotes = true
                quoteLine = line
                fieldStarted = true
            default:
                if afterClosingQuote {
                    if byte == 0x20 || byte == 0x09 { continue }  // spaces after a closing quote: harmless
                    throw ConsoleError.malformedCSV(
                        line: line,
                        tr("csv.after-quote")
                    )
                }
                field.append(byte)
                fieldStarted = true
            }
        }
        if inQuotes {
            throw ConsoleError.malformedCSV(
                line: quoteLine,
                tr("csv.unclosed-quote")
            )
        }
        endRecord()
        return records
    }
}
