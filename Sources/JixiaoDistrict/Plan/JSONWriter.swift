/// Writes JSON with a fixed key order, two-space indentation, and lists of short text on one line.
///
/// Foundation's encoder can only sort keys alphabetically; a plan reads best in the documented order.
struct JSONWriter {
    /// A value to write; objects keep their key order.
    indirect enum Value {
        case string(String)
        case number(Double)
        case integer(Int)
        case bool(Bool)
        case null
        case array([Value])
        case object([(String, Value)])
    }

    /// The text of `value`, ending with a newline.
    static func write(_ value: Value) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    private static func write(_ value: Value, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        switch value {
        case .string(let text): out += quoted(text)
        case .number(let number): out += PlanNumber.text(number)
        case .integer(let integer): out += String(integer)
        case .bool(let bool): out += bool ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty {
                out += "[]"
            } else if items.allSatisfy({ if case .string = $0 { true } else { false } }) {
                out +=
                    "["
                    + items.map { item in
                        if case .string(let text) = item { quoted(text) } else { "" }
                    }.joined(separator: ", ") + "]"
            } else {
                out += "[\n"
                for (i, item) in items.enumerated() {
                    out += pad + "  "
                    write(item, indent: indent + 1, into: &out)
                    out += i + 1 < items.count ? ",\n" : "\n"
                }
                out += pad + "]"
            }
        case .object(let fields):
            if fields.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            for (i, (key, item)) in fields.enumerated() {
                out += pad + "  " + quoted(key) + ": "
                write(item, indent: indent + 1, into: &out)
                out += i + 1 < fields.count ? ",\n" : "\n"
            }
            out += pad + "}"
        }
    }

    /// `text` as a JSON string; non-ASCII characters are written as they are.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
