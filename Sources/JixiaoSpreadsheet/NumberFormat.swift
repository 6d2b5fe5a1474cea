/// The number formats that decide whether a cell's number is a date.
enum NumberFormat {
    /// Built-in format codes (ECMA-376 Part 1, 18.8.30), for the ids a file may use without declaring them.
    static let builtIn: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
        12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
        19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)",
        38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss",
        46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
    ]

    /// Ids that are dates in the East Asian built-in sets (27–36 and 50–58 in a Chinese Excel: `yyyy"年"m"月"`).
    static let eastAsianDateIDs: Set<Int> = Set(27...36).union(50...58)

    /// The code of format `id`, given the file's own formats.
    static func code(id: Int, custom: [Int: String]) -> String {
        custom[id] ?? builtIn[id] ?? (eastAsianDateIDs.contains(id) ? "yyyy-mm-dd" : "General")
    }

    /// Whether format `id` with `code` shows a date or time: a built-in date id, or a code whose first section has
    /// a date or time letter outside quotes, brackets and escapes (`yyyy-mm-dd`, `yyyy"年"m"月"d"日"`, `[h]:mm`).
    static func isDate(id: Int, code: String) -> Bool {
        if (14...22).contains(id) || (45...47).contains(id) || eastAsianDateIDs.contains(id) { return true }
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for scalar in code.unicodeScalars {
            if escaped {
                escaped = false
                continue
            }
            switch scalar {
            case "\"": inQuotes.toggle()
            case "\\" where !inQuotes: escaped = true
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case ";" where !inQuotes && !inBrackets: return false
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S":
                if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }

    /// Whether `code` shows a number as a percentage (a `%` outside quotes in its first section): the cell holds
    /// 0.95 and shows 95%.
    static func isPercent(code: String) -> Bool {
        var inQuotes = false
        var escaped = false
        for scalar in code.unicodeScalars {
            if escaped {
                escaped = false
                continue
            }
            switch scalar {
            case "\"": inQuotes.toggle()
            case "\\" where !inQuotes: escaped = true
            case ";" where !inQuotes: return false
            case "%" where !inQuotes: return true
            default: break
            }
        }
        return false
    }
}
