import Foundation

/// Text to WordprocessingML: escaping, line breaks and tabs as elements, characters XML 1.0 forbids dropped.
enum WordXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Escapes `& < > "` and drops control characters other than tab and line ends (invalid in XML 1.0).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A run's content: `<w:t>` pieces with `<w:br/>` for line breaks and `<w:tab/>` for tabs.
    static func text(_ text: String) -> String {
        let lines = text.replacing("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in
            let pieces = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.isEmpty ? "" : "<w:t xml:space=\"preserve\">\(escape(String($0)))</w:t>"
            }
            return (index > 0 ? "<w:br/>" : "") + pieces.joined(separator: "<w:tab/>")
        }.joined()
    }
}

/// The fixed parts of a .docx package.
enum WordParts {
    static func contentTypes(header: Bool) -> String {
        let word = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var xml =
            WordXML.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"\(word).document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(word).styles+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(word).settings+xml\"/>"
            + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"\(word).fontTable+xml\"/>"
            + "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(word).footer+xml\"/>"
        if header { xml += "<Override PartName=\"/word/header1.xml\" ContentType=\"\(word).header+xml\"/>" }
        xml +=
            "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>"
        return xml
    }

    static let packageRelationships =
        WordXML.declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(WordXML.relationships)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(WordXML.relationships)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static func documentRelationships(header: Bool) -> String {
        var xml =
            WordXML.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdStyles\" Type=\"\(WordXML.relationships)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdSettings\" Type=\"\(WordXML.relationships)/settings\" Target=\"settings.xml\"/>"
            + "<Relationship Id=\"rIdFonts\" Type=\"\(WordXML.relationships)/fontTable\" Target=\"fontTable.xml\"/>"
            + "<Relationship Id=\"rIdFooter\" Type=\"\(WordXML.relationships)/footer\" Target=\"footer1.xml\"/>"
        if header {
            xml += "<Relationship Id=\"rIdHeader\" Type=\"\(WordXML.relationships)/header\" Target=\"header1.xml\"/>"
        }
        return xml + "</Relationships>"
    }

    static func core(title: String, created: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        let time = formatter.string(from: created)
        return WordXML.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(WordXML.escape(title))</dc:title><dc:creator>Jixiao</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    static let app =
        WordXML.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>Jixiao</Application></Properties>"

    static let settings =
        WordXML.declaration
        + "<w:settings xmlns:w=\"\(WordXML.main)\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/>"
        + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>"

    /// The page number, `— 1 —` as GB/T 9704 writes it, centred: a PAGE field Word, WPS and LibreOffice update.
    static let footer =
        WordXML.declaration
        + "<w:ftr xmlns:w=\"\(WordXML.main)\" xmlns:r=\"\(WordXML.relationships)\">"
        + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:t>1</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r>"
        + "</w:p></w:ftr>"

    /// The draft mark at the top of every page, in red.
    static func header(_ text: String) -> String {
        WordXML.declaration
            + "<w:hdr xmlns:w=\"\(WordXML.main)\" xmlns:r=\"\(WordXML.relationships)\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"center\"/></w:pPr>"
            + "<w:r><w:rPr><w:b/><w:color w:val=\"C00000\"/></w:rPr>\(WordXML.text(text))</w:r></w:p></w:hdr>"
    }
}
