/// Writes the 附表 项目支出绩效自评表 as CSV (RFC 4180: CRLF line ends, quoted fields where needed).
public enum CSVRenderer {
    /// The self-evaluation form as CSV, then 与上年比较 when the previous year has a plan of the project; a draft's
    /// first row is its mark (`草稿：…`).
    /// - Parameters:
    ///   - report: the report.
    ///   - byteOrderMark: start with a UTF-8 BOM, so that Excel on Chinese Windows reads the file as UTF-8.
    public static func render(_ report: ProjectReport, byteOrderMark: Bool = true) -> String {
        var rows = report.selfEvaluationRows
        // 与上年比较 below the form, as the other formats show it: the indicators, then spending by category.
        if let comparison = report.yearOverYear {
            rows.append([])
            rows.append(["与上年（\(comparison.previousYear)年）比较"])
            for table in [report.yearOverYearIndicatorTable, report.yearOverYearTable].compactMap({ $0 }) {
                rows.append(table.header)
                rows += table.rows
                rows.append([])
            }
            rows.removeLast()
        }
        let width = rows.map(\.count).max() ?? 0
        var out = byteOrderMark ? "\u{FEFF}" : ""
        // A draft says so in its first row, above the form's title, so that nobody files it by mistake.
        let marked = report.draft.map { [[$0.text]] + rows } ?? rows
        for row in marked {
            let padded = row + Array(repeating: "", count: width - row.count)
            out += padded.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
