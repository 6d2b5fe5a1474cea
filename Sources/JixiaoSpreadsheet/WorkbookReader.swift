import Foundation
import JixiaoModels

/// Reads an .xlsx workbook sheet by sheet: opening reads the workbook part, the shared strings and the styles;
/// each sheet is read when asked for.
///
/// Every part is inflated with a cap (`ReadLimits`). Parts are found the way Office finds them, through the
/// relationships (`_rels/.rels` → the workbook, `xl/_rels/workbook.xml.rels` → sheets, shared strings, styles),
/// with absolute or relative targets; the usual paths are the fallback when a writer left a relationship out.
///
/// Not `Sendable`: it owns the open archive. Read what you need, then keep the `Worksheet` values.
public final class WorkbookReader {
    /// The sheets' names, in tab order.
    public let sheetNames: [String]
    /// How the workbook counts dates.
    public let dateSystem: DateSystem

    private let package: PackageReader
    private let entries: [WorkbookPartParser.SheetEntry]
    private let sheetPaths: [String]
    private let sharedStrings: [String]
    private let formats: [(code: String, isDate: Bool)]

    /// Opens the workbook in the file at `url`.
    /// - Throws: `SpreadsheetError` (`.notAZip`, `.notAWorkbook`, `.missingPart`, `.malformedPart`,
    ///   `.partTooLarge`, `.unreadable`).
    public convenience init(contentsOf url: URL, limits: ReadLimits = ReadLimits()) throws {
        try self.init(package: PackageReader(contentsOf: url, limits: limits))
    }

    /// Opens the workbook held in `data`.
    /// - Throws: `SpreadsheetError`, as `init(contentsOf:limits:)`.
    public convenience init(data: Data, limits: ReadLimits = ReadLimits()) throws {
        try self.init(package: PackageReader(data: data, limits: limits))
    }

    private init(package: PackageReader) throws {
        self.package = package
        let rootRelationships = try RelationshipsParser.relationships(of: "", in: package)
        let officeDocument = rootRelationships.values.first { $0.type.hasSuffix("/officeDocument") && !$0.isExternal }
        let workbookPath = officeDocument.map { RelationshipsParser.resolve($0.target, from: "") } ?? "xl/workbook.xml"
        guard package.contains(workbookPath) else {
            throw SpreadsheetError(
                .notAWorkbook,
                tr("sheet.zip-not-workbook", ["part": workbookPath])
            )
        }
        let workbook = WorkbookPartParser(path: workbookPath, root: "workbook")
        try workbook.parse(try package.part(workbookPath))
        guard !workbook.sheets.isEmpty else {
            throw SpreadsheetError(.notAWorkbook, tr("sheet.no-sheets"))
        }
        let relationships = try RelationshipsParser.relationships(of: workbookPath, in: package)
        func path(ofType suffix: String, fallback: String) -> String? {
            if let found = relationships.values.first(where: { $0.type.hasSuffix(suffix) && !$0.isExternal }) {
                return RelationshipsParser.resolve(found.target, from: workbookPath)
            }
            return package.contains(fallback) ? fallback : nil
        }
        var sheetPaths: [String] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            if let relationship = relationships[sheet.relationship], !relationship.isExternal {
                sheetPaths.append(RelationshipsParser.resolve(relationship.target, from: workbookPath))
            } else if relationships.isEmpty {
                sheetPaths.append("xl/worksheets/sheet\(index + 1).xml")
            } else {
                throw SpreadsheetError(
                    .missingPart,
                    tr("sheet.missing-relationship", ["sheet": sheet.name, "relationship": sheet.relationship])
                )
            }
        }
        var sharedStrings: [String] = []
        if let path = path(ofType: "/sharedStrings", fallback: "xl/sharedStrings.xml") {
            let parser = SharedStringsParser(path: path, root: "sst")
            try parser.parse(try package.part(path))
            sharedStrings = parser.strings
        }
        var formats: [(code: String, isDate: Bool)] = []
        if let path = path(ofType: "/styles", fallback: "xl/styles.xml") {
            let parser = StylesParser(path: path, root: "styleSheet")
            try parser.parse(try package.part(path))
            formats = parser.formats()
        }
        self.entries = workbook.sheets
        self.sheetNames = workbook.sheets.map(\.name)
        self.dateSystem = workbook.dateSystem
        self.sheetPaths = sheetPaths
        self.sharedStrings = sharedStrings
        self.formats = formats
    }

    /// Reads the sheet named `name` (exactly, or ignoring case and surrounding spaces when that is unambiguous).
    /// - Throws: `SpreadsheetError.noSuchSheet` naming the sheets there are; the errors of reading a part.
    public func sheet(named name: String) throws -> Worksheet {
        if let index = sheetNames.firstIndex(of: name) { return try sheet(at: index) }
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        let loose = sheetNames.indices.filter {
            sheetNames[$0].trimmingCharacters(in: .whitespaces).lowercased() == key
        }
        if loose.count == 1 { return try sheet(at: loose[0]) }
        throw SpreadsheetError(
            .noSuchSheet,
            tr("sheet.no-such-sheet", ["name": name, "sheets": sheetNames.joined(separator: ", ")])
        )
    }

    /// Reads the sheet at `index` in tab order.
    /// - Throws: the errors of reading a part (`.missingPart`, `.malformedPart`, `.partTooLarge`).
    public func sheet(at index: Int) throws -> Worksheet {
        precondition(sheetNames.indices.contains(index), "sheet index out of range")
        let parser = WorksheetParser(path: sheetPaths[index], sharedStrings: sharedStrings, formats: formats)
        try parser.parse(try package.part(sheetPaths[index]))
        return Worksheet(
            name: entries[index].name,
            isHidden: entries[index].isHidden,
            cells: parser.cells,
            mergedRanges: parser.merges
        )
    }

    /// The first sheet that is not hidden (a workbook's hidden sheets hold lists for dropdowns).
    /// - Throws: the errors of reading a part.
    public func firstVisibleSheet() throws -> Worksheet {
        try sheet(at: entries.firstIndex { !$0.isHidden } ?? 0)
    }
}

@available(*, unavailable)
extension WorkbookReader: Sendable {}

/// A whole workbook as read: every sheet and the date system.
public struct Workbook: Sendable {
    /// The sheets, in tab order.
    public let sheets: [Worksheet]
    /// How the workbook counts dates.
    public let dateSystem: DateSystem

    /// Reads every sheet of the workbook in the file at `url`.
    /// - Throws: `SpreadsheetError`.
    public init(contentsOf url: URL, limits: ReadLimits = ReadLimits()) throws {
        try self.init(reader: WorkbookReader(contentsOf: url, limits: limits))
    }

    /// Reads every sheet of the workbook held in `data`.
    /// - Throws: `SpreadsheetError`.
    public init(data: Data, limits: ReadLimits = ReadLimits()) throws {
        try self.init(reader: WorkbookReader(data: data, limits: limits))
    }

    private init(reader: WorkbookReader) throws {
        sheets = try reader.sheetNames.indices.map { try reader.sheet(at: $0) }
        dateSystem = reader.dateSystem
    }

    /// The sheet named `name`, exactly.
    public func sheet(named name: String) -> Worksheet? { sheets.first { $0.name == name } }

    /// Whether `bytes` start like a zip archive (`PK\u{3}\u{4}`), as every .xlsx does; for telling an .xlsx from a
    /// CSV file by content rather than by its name.
    public static func isZip(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }
}
