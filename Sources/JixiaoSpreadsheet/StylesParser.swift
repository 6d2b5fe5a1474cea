import Foundation

/// Reads `xl/styles.xml` as far as dates need: the number format of each cell style (`<cellXfs>`).
final class StylesParser: PartParser {
    /// The custom formats, by id.
    private(set) var customFormats: [Int: String] = [:]
    /// The number format id of each cell style, by the style's index (a cell's `s` attribute).
    private(set) var styleFormats: [Int] = []
    private var inCellStyles = false

    override func start(_ element: String, attributes: XMLAttributes) {
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs":
            inCellStyles = true
        case "xf" where inCellStyles:
            styleFormats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    override func end(_ element: String) {
        if element == "cellXfs" { inCellStyles = false }
    }

    /// The format code and whether it is a date, for each style index.
    func formats() -> [(code: String, isDate: Bool)] {
        styleFormats.map { id in
            let code = NumberFormat.code(id: id, custom: customFormats)
            return (code, NumberFormat.isDate(id: id, code: code))
        }
    }
}
