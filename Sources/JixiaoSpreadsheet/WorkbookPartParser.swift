import Foundation
import JixiaoModels

/// Reads `xl/workbook.xml`: the sheets in order (name, relationship id, visibility) and the date system.
final class WorkbookPartParser: PartParser {
    struct SheetEntry {
        var name: String
        var relationship: String
        var isHidden: Bool
    }

    private(set) var sheets: [SheetEntry] = []
    private(set) var dateSystem = DateSystem.system1900

    override func start(_ element: String, attributes: XMLAttributes) {
        switch element {
        case "workbookPr":
            if let flag = attributes["date1904"], flag == "1" || flag.lowercased() == "true" {
                dateSystem = .system1904
            }
        case "sheet":
            guard let name = attributes["name"], let id = attributes["id"] else {
                fail(tr("sheet.sheet-element"))
                return
            }
            let state = attributes["state"] ?? "visible"
            sheets.append(SheetEntry(name: name, relationship: id, isHidden: state != "visible"))
        default:
            break
        }
    }
}
