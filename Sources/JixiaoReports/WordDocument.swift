import Foundation
import JixiaoModels
import ZIPFoundation

/// A WordprocessingML (.docx) document: paragraphs, tables with merged cells and repeated header rows, portrait and
/// landscape A4 sections, a footer with the page number and an optional header on every page.
///
/// The XML parts are written as text (every text escaped by `WordXML`), packaged with ZIPFoundation, with a fixed
/// time on every entry, so the same document gives the same bytes.
struct WordDocument {
    /// A run of text with its own formatting.
    struct Run {
        var text: String
        var bold = false
        var color: String? = nil
        /// Half-points (32 = 16pt 三号).
        var size: Int? = nil
    }

    /// A paragraph with a style from `WordStyles`.
    struct Paragraph {
        var style = "Normal"
        var runs: [Run]
        /// `left`, `center`, `right`, `both`.
        var alignment: String? = nil
        var keepNext = false
        var pageBreakBefore = false
        /// Left indent in twips.
        var indent: Int? = nil

        init(
            _ text: String,
            style: String = "Normal",
            alignment: String? = nil,
            bold: Bool = false,
            color: String? = nil,
            size: Int? = nil
        ) {
            self.style = style
            self.runs = [Run(text: text, bold: bold, color: color, size: size)]
            self.alignment = alignment
        }
    }

    /// A table cell.
    struct Cell {
        var text: String
        var span = 1
        var merge = SelfEvaluationForm.Merge.none
        var header = false
        var numeric = false
        var bold = false
    }

    /// A table row; header rows repeat at the top of every page the table runs onto.
    struct Row {
        var cells: [Cell]
        var isHeader = false
    }

    /// A table on a grid of `widths` (twips).
    struct Table {
        var widths: [Int]
        var rows: [Row]
        /// The paragraph style of the cells' text.
        var style = "TableText"
    }

    /// A page layout.
    struct Section {
        var landscape = false
    }

    enum Block {
        case paragraph(Paragraph)
        case table(Table)
        /// Ends the current section (its layout) and starts the next one on a new page.
        case sectionBreak(Section)
    }

    /// A4 in twips (210 × 297 mm).
    static let pageWidth = 11906
    static let pageHeight = 16838
    /// GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
    static let margins = (top: 2098, bottom: 1984, left: 1588, right: 1474)

    /// The text width of a section.
    static func textWidth(landscape: Bool) -> Int {
        (landscape ? pageHeight : pageWidth) - margins.left - margins.right
    }

    var title: String
    var created: Date
    /// Printed at the top of every page (the draft mark), in red.
    var headerText: String?
    var blocks: [Block] = []

    mutating func add(_ paragraph: Paragraph) { blocks.append(.paragraph(paragraph)) }
    mutating func add(_ table: Table) { blocks.append(.table(table)) }

    // MARK: - Parts

    /// The package's parts, path and XML, in the order written.
    func parts() -> [(path: String, xml: String)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", WordParts.contentTypes(header: headerText != nil)),
            ("_rels/.rels", WordParts.packageRelationships),
            ("docProps/core.xml", WordParts.core(title: title, created: created)),
            ("docProps/app.xml", WordParts.app),
            ("word/_rels/document.xml.rels", WordParts.documentRelationships(header: headerText != nil)),
            ("word/document.xml", documentXML()),
            ("word/styles.xml", WordStyles.xml),
            ("word/settings.xml", WordParts.settings),
            ("word/fontTable.xml", WordStyles.fontTable),
            ("word/footer1.xml", WordParts.footer),
        ]
        if let headerText { parts.append(("word/header1.xml", WordParts.header(headerText))) }
        return parts
    }

    /// The document as .docx bytes.
    /// - Throws: `ReportError.output` if the package cannot be written.
    func package() throws -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            // 1980-01-01, the earliest time a zip entry holds: the same bytes for the same document.
            let fixed = Date(timeIntervalSince1970: 315_532_800)
            for (path, xml) in parts() {
                let data = Data(xml.utf8)
                try archive.addEntry(
                    with: path,
                    type: .file,
                    uncompressedSize: Int64(data.count),
                    modificationDate: fixed,
                    compressionMethod: .deflate,
                    provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
                )
            }
            guard let bytes = archive.data else { throw ReportError.output(tr("word.empty")) }
            return bytes
        } catch let error as ReportError {
            throw error
        } catch {
            throw ReportError.output(tr("word.cannot-package"), underlying: error)
        }
    }

    /// `word/document.xml`.
    func documentXML() -> String {
        var body = ""
        var current = Section()
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): body += Self.xml(paragraph)
            case .table(let table): body += Self.xml(table)
            case .sectionBreak(let next):
                body += "<w:p><w:pPr>\(sectionProperties(current))</w:pPr></w:p>"
                current = next
            }
        }
        body += sectionProperties(current)
        return WordXML.declaration
            + "<w:document xmlns:w=\"\(WordXML.main)\" xmlns:r=\"\(WordXML.relationships)\"><w:body>"
            + body + "</w:body></w:document>"
    }

    func sectionProperties(_ section: Section) -> String {
        let (width, height) = section.landscape ? (Self.pageHeight, Self.pageWidth) : (Self.pageWidth, Self.pageHeight)
        let m = Self.margins
        var xml = "<w:sectPr>"
        if headerText != nil { xml += "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>" }
        xml += "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
        xml += "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(section.landscape ? " w:orient=\"landscape\"" : "")/>"
        xml +=
            "<w:pgMar w:top=\"\(m.top)\" w:right=\"\(m.right)\" w:bottom=\"\(m.bottom)\" w:left=\"\(m.left)\" "
            + "w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
        xml += "</w:sectPr>"
        return xml
    }

    static func xml(_ paragraph: Paragraph) -> String {
        var properties = "<w:pStyle w:val=\"\(paragraph.style)\"/>"
        if paragraph.keepNext { properties += "<w:keepNext/>" }
        if paragraph.pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if let indent = paragraph.indent { properties += "<w:ind w:left=\"\(indent)\" w:firstLine=\"0\"/>" }
        if let alignment = paragraph.alignment { properties += "<w:jc w:val=\"\(alignment)\"/>" }
        return "<w:p><w:pPr>\(properties)</w:pPr>" + paragraph.runs.map(xml).joined() + "</w:p>"
    }

    static func xml(_ run: Run) -> String {
        var properties = ""
        if run.bold { properties += "<w:b/><w:bCs/>" }
        if let color = run.color { properties += "<w:color w:val=\"\(color)\"/>" }
        if let size = run.size { properties += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + WordXML.text(run.text) + "</w:r>"
    }

    static func xml(_ table: Table) -> String {
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        var xml =
            "<w:tbl><w:tblPr><w:tblW w:w=\"\(table.widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
        xml += "<w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] { xml += "<w:\(side) \(border)/>" }
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" "
        xml += "w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        for width in table.widths { xml += "<w:gridCol w:w=\"\(width)\"/>" }
        xml += "</w:tblGrid>"
        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/>\(row.isHeader ? "<w:tblHeader/>" : "")</w:trPr>"
            var column = 0
            for cell in row.cells {
                let width = table.widths[column..<min(column + cell.span, table.widths.count)].reduce(0, +)
                column += cell.span
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                if cell.span > 1 { xml += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
                switch cell.merge {
                case .restart: xml += "<w:vMerge w:val=\"restart\"/>"
                case .continue: xml += "<w:vMerge/>"
                case .none: break
                }
                if cell.header { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF2F6\"/>" }
                xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
                let alignment = cell.header ? "center" : cell.numeric ? "right" : "left"
                xml += "<w:p><w:pPr><w:pStyle w:val=\"\(table.style)\"/><w:jc w:val=\"\(alignment)\"/></w:pPr>"
                if cell.merge != .continue && !cell.text.isEmpty {
                    xml += Self.xml(Run(text: cell.text, bold: cell.header || cell.bold))
                }
                xml += "</w:p></w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }
}
