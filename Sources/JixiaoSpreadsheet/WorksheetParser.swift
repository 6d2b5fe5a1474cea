import Foundation
import JixiaoModels

/// Reads a worksheet part: the cells of `<sheetData>` and the `<mergeCells>`.
///
/// Cells and rows without an `r` attribute follow the previous one, as the format allows.
final class WorksheetParser: PartParser {
    private let sharedStrings: [String]
    private let formats: [(code: String, isDate: Bool)]
    private(set) var cells: [Cell] = []
    private(set) var merges: [CellRange] = []

    private var row = 0
    private var column = 0
    private var cellType = "n"
    private var cellStyle = 0
    private var cellReference: CellReference?
    private var value: String?
    private var inlineText: String?
    private var inInline = false
    private var phoneticDepth = 0

    init(path: String, sharedStrings: [String], formats: [(code: String, isDate: Bool)]) {
        self.sharedStrings = sharedStrings
        self.formats = formats
        super.init(path: path, root: "worksheet")
    }

    override func start(_ element: String, attributes: XMLAttributes) {
        switch element {
        case "row":
            if let text = attributes["r"] {
                guard let number = Int(text), number > row, number <= CellReference.maximumRow else {
                    fail(tr("sheet.row-number", ["text": text]))
                    return
                }
                row = number
            } else {
                row += 1
            }
            column = 0
        case "c":
            if let reference = attributes.withValue("r", { CellReference(utf8: $0) }) {
                guard let reference, reference.row == row, reference.column > column else {
                    let text = attributes["r"] ?? ""
                    fail(tr("sheet.cell-reference", ["text": text, "row": "\(row)"]))
                    return
                }
                column = reference.column
            } else {
                column += 1
                guard column <= CellReference.maximumColumn else {
                    fail(tr("sheet.too-many-columns", ["row": "\(row)", "n": "\(CellReference.maximumColumn)"]))
                    return
                }
            }
            cellReference = CellReference(column: column, row: max(row, 1))
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes.withValue("s", Self.number).flatMap { $0 } ?? 0
            value = nil
            inlineText = nil
        case "v":
            capturing = true
            text = ""
        case "is":
            inInline = true
            inlineText = ""
        case "rPh":
            phoneticDepth += 1
        case "t" where inInline && phoneticDepth == 0:
            capturing = true
            text = ""
        case "dimension":
            // A hint only (it may be missing or wrong): room for the cells it declares, so that the cell array
            // does not grow and copy itself about twenty times in a large sheet; never more than the part's bytes
            // can hold (a cell with a value takes at least 15: `<c><v>1</v></c>`).
            if cells.isEmpty, let text = attributes["ref"], let range = CellRange(text) {
                let declared = (range.end.row - range.start.row + 1) * (range.end.column - range.start.column + 1)
                cells.reserveCapacity(min(declared, partSize / 15))
            }
        case "mergeCell":
            guard let text = attributes["ref"], let range = CellRange(text) else {
                fail(tr("sheet.merged-range", ["text": attributes["ref"] ?? ""]))
                return
            }
            merges.append(range)
        default:
            break
        }
    }

    override func end(_ element: String) {
        switch element {
        case "v":
            value = text
            capturing = false
        case "t" where capturing && inInline:
            inlineText = (inlineText ?? "") + text
            capturing = false
        case "rPh":
            phoneticDepth -= 1
        case "is":
            inInline = false
        case "c":
            finishCell()
        default:
            break
        }
    }

    /// The non-negative decimal number `bytes` spell, if they do (a style index).
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private func finishCell() {
        guard let reference = cellReference else { return }
        cellReference = nil
        let cellValue: CellValue
        switch cellType {
        case "s":
            guard let value else { return }
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                fail(tr("sheet.shared-string", ["cell": "\(reference)", "value": value]))
                return
            }
            cellValue = .text(sharedStrings[index])
        case "inlineStr":
            cellValue = inlineText.map { .text($0) } ?? .empty
        case "str", "d":
            cellValue = value.map { .text($0) } ?? .empty
        case "b":
            guard let value else { return }
            cellValue = .boolean(value == "1" || value.lowercased() == "true")
        case "e":
            cellValue = value.map { .error($0) } ?? .empty
        default:
            guard let value, !value.isEmpty else { return }
            guard NumberText.canonical(value) != nil else {
                fail(tr("sheet.not-number", ["cell": "\(reference)", "text": String(value.prefix(40))]))
                return
            }
            cellValue = .number(value)
        }
        let format = formats.indices.contains(cellStyle) ? formats[cellStyle] : (code: "General", isDate: false)
        cells.append(
            Cell(reference: reference, value: cellValue, formatCode: format.code, isDateFormatted: format.isDate)
        )
    }
}
