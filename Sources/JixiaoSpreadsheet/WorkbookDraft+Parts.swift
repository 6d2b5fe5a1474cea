extension WorkbookDraft {
    /// Every part of the package, in the order they go into the zip (`[Content_Types].xml` first, as Office does).
    func parts() throws -> [(path: String, content: String)] {
        var styles = StyleTable()
        var strings: SharedStringTable? = stringStorage == .shared ? SharedStringTable() : nil
        let active = sheets.firstIndex { !$0.isHidden } ?? 0
        var sheetParts: [(path: String, content: String)] = []
        for (index, sheet) in sheets.enumerated() {
            let xml = try sheet.xml(selected: index == active, styles: &styles, strings: &strings)
            sheetParts.append(("xl/worksheets/sheet\(index + 1).xml", xml))
        }
        var parts: [(path: String, content: String)] = [
            ("[Content_Types].xml", contentTypes(sharedStrings: strings != nil)),
            ("_rels/.rels", rootRelationships),
            ("docProps/app.xml", appProperties),
            ("docProps/core.xml", coreProperties),
            ("xl/workbook.xml", workbook(active: active)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sharedStrings: strings != nil)),
            ("xl/styles.xml", styles.xml()),
        ]
        if let strings { parts.append(("xl/sharedStrings.xml", strings.xml())) }
        return parts + sheetParts
    }

    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let spreadsheetTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    private func contentTypes(sharedStrings: Bool) -> String {
        var xml =
            XMLText.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(Self.spreadsheetTypes).sheet.main+xml\"/>"
        for index in sheets.indices {
            xml +=
                "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" "
                + "ContentType=\"\(Self.spreadsheetTypes).worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(Self.spreadsheetTypes).styles+xml\"/>"
        if sharedStrings {
            xml +=
                "<Override PartName=\"/xl/sharedStrings.xml\" "
                + "ContentType=\"\(Self.spreadsheetTypes).sharedStrings+xml\"/>"
        }
        xml +=
            "<Override PartName=\"/docProps/core.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return xml + "</Types>"
    }

    private var rootRelationships: String {
        XMLText.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Self.officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" "
            + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
            + "Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(Self.officeRelationships)/extended-properties\" "
            + "Target=\"docProps/app.xml\"/>"
            + "</Relationships>"
    }

    private var appProperties: String {
        XMLText.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Jixiao</Application></Properties>"
    }

    private var coreProperties: String {
        let time = XMLText.escaped(created)
        return XMLText.declaration
            + "<cp:coreProperties "
            + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + (title.isEmpty ? "" : "<dc:title>\(XMLText.escaped(title))</dc:title>")
            + "<dc:creator>Jixiao</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    private func workbook(active: Int) -> String {
        var xml =
            XMLText.declaration
            + "<workbook xmlns=\"\(XMLText.mainNamespace)\" xmlns:r=\"\(XMLText.relationshipNamespace)\">"
            + "<workbookPr/><bookViews><workbookView activeTab=\"\(active)\""
            + (active > 0 ? " firstSheet=\"\(active)\"" : "") + "/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml +=
                "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\""
                + (sheet.isHidden ? " state=\"hidden\"" : "") + " r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        let titles = sheets.enumerated().compactMap { index, sheet in
            sheet.printSetup?.repeatedRows.map { rows in
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                    + XMLText.escaped("\(SheetDraft.quoted(sheet.name))!$\(rows.lowerBound):$\(rows.upperBound)")
                    + "</definedName>"
            }
        }
        if !titles.isEmpty { xml += "<definedNames>" + titles.joined() + "</definedNames>" }
        return xml + "</workbook>"
    }

    private func workbookRelationships(sharedStrings: Bool) -> String {
        var xml =
            XMLText.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in sheets.indices {
            xml +=
                "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.officeRelationships)/worksheet\" "
                + "Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        let next = sheets.count + 1
        xml += "<Relationship Id=\"rId\(next)\" Type=\"\(Self.officeRelationships)/styles\" Target=\"styles.xml\"/>"
        if sharedStrings {
            xml +=
                "<Relationship Id=\"rId\(next + 1)\" Type=\"\(Self.officeRelationships)/sharedStrings\" "
                + "Target=\"sharedStrings.xml\"/>"
        }
        return xml + "</Relationships>"
    }
}
