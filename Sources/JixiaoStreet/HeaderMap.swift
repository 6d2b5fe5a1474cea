import JixiaoConsole
import JixiaoModels

/// Where each column of an import sits in the file, read from its header row.
///
/// Headers match in any order and letter case, in English or Chinese, with spaces and a unit in brackets ignored
/// (`金额（元）`, `Amount (元)`). Refused, all at once: an unknown header, a column given twice, a required column
/// missing. Columns with an empty header are allowed as long as every row leaves them empty (Excel adds them). A
/// 序号 (row number) column, which every Excel sheet has, and the informational columns of templates and exports
/// (`ImportColumn.informationalTitles`) are accepted and not read.
public struct HeaderMap<Column: ImportColumn>: Sendable {
    /// The field index of each column present.
    public let positions: [Column: Int]
    /// Indexes of columns whose header is empty.
    public let unnamed: [Int]
    /// The number of header fields.
    public let width: Int
    /// The index of the 序号 column, if there is one.
    public let serialNumber: Int?

    /// Headers of a row-number column.
    static var serialNumberTitles: [String] { ["序号", "行号"] }

    /// Reads the header record.
    /// - Throws: `StreetError.refused` listing every problem with the header.
    public init(header: CSVRecord) throws {
        var positions: [Column: Int] = [:]
        var unnamed: [Int] = []
        var serialNumber: Int?
        var problems: [InputProblem] = []
        for (index, title) in header.fields.enumerated() {
            let key = Self.normalize(title)
            if key.isEmpty {
                unnamed.append(index)
                continue
            }
            if Self.serialNumberTitles.contains(key) {
                if serialNumber == nil { serialNumber = index }
                continue
            }
            if Column.informationalTitles.contains(where: { Self.normalize($0) == key }) { continue }
            guard let column = Self.column(titled: key) else {
                problems.append(
                    InputProblem(
                        line: header.line,
                        column: index + 1,
                        tr("import.unknown-column", ["title": title.trimmed(), "columns": Self.expected])
                    )
                )
                continue
            }
            if let earlier = positions[column] {
                problems.append(
                    InputProblem(
                        line: header.line,
                        column: index + 1,
                        tr(
                            "import.column-twice",
                            ["column": Self.name(column), "first": "\(earlier + 1)", "second": "\(index + 1)"]
                        )
                    )
                )
            } else {
                positions[column] = index
            }
        }
        for column in Column.allCases where column.isRequired && positions[column] == nil {
            problems.append(
                InputProblem(line: header.line, tr("input.required-column", ["column": Self.name(column)]))
            )
        }
        guard problems.isEmpty else { throw StreetError.refused(problems) }
        self.positions = positions
        self.unnamed = unnamed
        self.width = header.fields.count
        self.serialNumber = serialNumber
    }

    /// The trimmed text of `column` in `record`, empty when the column is absent or the record is short.
    public func value(_ column: Column, in record: CSVRecord) -> String {
        guard let index = positions[column], index < record.fields.count else { return "" }
        return record.fields[index].trimmed()
    }

    /// Problems with the shape of `record`: more fields than the header, or text under an unnamed column.
    public func shapeProblems(of record: CSVRecord) -> [String] {
        if record.fields.count > width {
            let extra = record.fields[width...]
            if extra.contains(where: { !$0.trimmed().isEmpty }) {
                return [tr("import.too-many-fields", ["fields": "\(record.fields.count)", "width": "\(width)"])]
            }
        }
        for index in unnamed where index < record.fields.count && !record.fields[index].trimmed().isEmpty {
            return [tr("import.unnamed-column", ["n": "\(index + 1)", "text": record.fields[index].trimmed()])]
        }
        return []
    }

    /// The column a normalized header names (`amount` or `金额`), if any.
    static func column(titled key: String) -> Column? {
        Column.allCases.first { $0.rawValue == key || $0.chineseTitle == key }
    }

    /// The column a problem message is about, when it starts with the column's name (`amount "12,3a" is …`,
    /// `date is missing`), so a workbook refusal can name the cell.
    func column(of message: String) -> Int? {
        // This map's own shape message: `column 9 has no header but holds "x"` (`第 9 列没有表头…`).
        // english: the two forms of import.unnamed-column
        for (lead, tail) in [("column ", " has no header"), ("第 ", " 列没有表头")] where message.hasPrefix(lead) {
            let rest = message.dropFirst(lead.count)
            if let number = Int(rest.prefix { $0.isNumber }), rest.drop(while: { $0.isNumber }).hasPrefix(tail) {
                return number
            }
        }
        for column in Column.allCases
        where message.hasPrefix(column.rawValue + " ") || message.hasPrefix(column.chineseTitle + "“") {
            return positions[column].map { $0 + 1 }
        }
        return nil
    }

    /// `amount (金额)`.
    static func name(_ column: Column) -> String { "\(column.rawValue) (\(column.chineseTitle))" }

    /// `project, category, … (or 项目, 类别, …)`.
    static var expected: String {
        tr(
            "import.columns-expected",
            [
                "english": Column.allCases.map(\.rawValue).joined(separator: ", "),
                "chinese": Column.allCases.map(\.chineseTitle).joined(separator: ", "),
            ]
        )
    }

    /// Lowercased, without spaces, a stray BOM, or a bracketed unit at the end.
    static func normalize(_ title: String) -> String {
        var text = title.replacingAll("\u{FEFF}", with: "").trimmed().lowercased()
        for (open, close) in [("(", ")"), ("（", "）"), ("[", "]"), ("【", "】")] where text.hasSuffix(close) {
            if let start = text.lastIndex(of: Character(open)) { text = String(text[..<start]) }
        }
        return String(text.filter { $0 != " " && $0 != "\u{3000}" && $0 != "*" })
    }
}
