import Foundation

/// Rows of text for the terminal: an aligned table (East Asian wide characters count two columns), CSV or JSON.
///
/// Kept small and separate so it can give way to JixiaoConsole's table writer once that is shared.
public struct Listing: Sendable {
    /// The three output formats of `--format`.
    public enum Format: String, Sendable, CaseIterable {
        case table, csv, json
    }

    /// Column names (also the JSON keys).
    public var columns: [String]
    /// Right-aligned columns (numbers, money).
    public var numeric: Set<String>
    public var rows: [[String]]

    /// Creates a listing.
    public init(columns: [String], numeric: Set<String> = [], rows: [[String]] = []) {
        self.columns = columns
        self.numeric = numeric
        self.rows = rows
    }

    /// The listing in `format`, ending with a newline (empty table: the header only).
    public func render(_ format: Format) -> String {
        switch format {
        case .table: return table()
        case .csv:
            return ([columns] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n")
                + "\r\n"
        case .json:
            var out = "[\n"
            for (i, row) in rows.enumerated() {
                let fields = zip(columns, row).map { "\(JSONWriter.quoted($0)): \(JSONWriter.quoted($1))" }
                out += "  {" + fields.joined(separator: ", ") + "}" + (i + 1 < rows.count ? ",\n" : "\n")
            }
            return out + "]\n"
        }
    }

    private func table() -> String {
        var widths = columns.map(Self.width)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.width(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - Self.width(cell))
                parts.append(numeric.contains(columns[i]) ? pad + cell : cell + pad)
            }
            return parts.joined(separator: "  ").replacingOccurrences(
                of: "\\s+$",
                with: "",
                options: .regularExpression
            )
        }
        return ([line(columns)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// Display width: CJK, fullwidth and other East Asian wide characters take two columns.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            let zero = (0x0300...0x036F).contains(v) || v == 0x200B || (0xFE00...0xFE0F).contains(v)
            return total + (zero ? 0 : wide ? 2 : 1)
        }
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
