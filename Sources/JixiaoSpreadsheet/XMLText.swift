/// Escaping for the XML the writer produces.
enum XMLText {
    /// `text` safe inside an element or a double-quoted attribute. Characters XML 1.0 forbids (control characters)
    /// are written the way Excel writes them, `_x000B_`.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `<t>` with `xml:space="preserve"` when leading or trailing spaces or line breaks must survive.
    static func textElement(_ text: String) -> String {
        let needsPreserve = text.first.map { $0.isWhitespace } ?? false || text.last.map { $0.isWhitespace } ?? false
        return (needsPreserve ? "<t xml:space=\"preserve\">" : "<t>") + escaped(text) + "</t>"
    }

    /// The XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}
