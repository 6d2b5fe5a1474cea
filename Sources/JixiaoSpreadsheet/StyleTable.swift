/// The styles part of a written workbook: every distinct `CellStyle` becomes one cell format (`<xf>`), numbered in
/// the order first used, so the same draft always gives the same `styles.xml`.
struct StyleTable {
    /// The formats in use, index 0 being the plain cell.
    private(set) var styles: [CellStyle] = [.plain]
    private var indexes: [CellStyle: Int] = [.plain: 0]

    /// The `s` attribute of a cell with `style`.
    mutating func index(of style: CellStyle) -> Int {
        if let index = indexes[style] { return index }
        styles.append(style)
        indexes[style] = styles.count - 1
        return styles.count - 1
    }

    /// Built-in format ids for codes that have one (so Excel shows them under their usual name).
    private static let builtInIDs: [String: Int] = [
        "General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49,
    ]

    /// `xl/styles.xml`.
    func xml() -> String {
        var customFormats: [String] = []
        var formatIDs: [String: Int] = [:]
        for style in styles {
            guard let code = style.numberFormat, Self.builtInIDs[code] == nil, formatIDs[code] == nil else { continue }
            formatIDs[code] = 164 + customFormats.count
            customFormats.append(code)
        }
        var fills = ["none", "gray125"]
        for style in styles { if let fill = style.fill, !fills.contains(fill) { fills.append(fill) } }

        var xml = XMLText.declaration + "<styleSheet xmlns=\"\(XMLText.mainNamespace)\">"
        if !customFormats.isEmpty {
            xml += "<numFmts count=\"\(customFormats.count)\">"
            for (offset, code) in customFormats.enumerated() {
                xml += "<numFmt numFmtId=\"\(164 + offset)\" formatCode=\"\(XMLText.escaped(code))\"/>"
            }
            xml += "</numFmts>"
        }
        // Font 0 is the plain 11-point font, 1 its bold; other sizes follow in the order first used.
        var fonts: [Font] = [Font(bold: false, size: 11), Font(bold: true, size: 11)]
        for style in styles where !fonts.contains(Font(style)) { fonts.append(Font(style)) }
        xml += "<fonts count=\"\(fonts.count)\">"
        for font in fonts {
            xml +=
                "<font>\(font.bold ? "<b/>" : "")<sz val=\"\(SheetDraft.decimal(font.size))\"/><name val=\"宋体\"/>"
                + "<family val=\"2\"/><charset val=\"134\"/></font>"
        }
        xml += "</fonts>"
        xml += "<fills count=\"\(fills.count)\">"
        for fill in fills {
            if fill == "none" || fill == "gray125" {
                xml += "<fill><patternFill patternType=\"\(fill)\"/></fill>"
            } else {
                xml +=
                    "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(fill)\"/>"
                    + "<bgColor indexed=\"64\"/></patternFill></fill>"
            }
        }
        xml += "</fills>"
        let thin =
            "<left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
            + "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom>"
        xml +=
            "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border>\(thin)<diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(styles.count)\">"
        for style in styles {
            let format = style.numberFormat.map { Self.builtInIDs[$0] ?? formatIDs[$0] ?? 0 } ?? 0
            let fill = style.fill.flatMap { fills.firstIndex(of: $0) } ?? 0
            var attributes =
                "numFmtId=\"\(format)\" fontId=\"\(fonts.firstIndex(of: Font(style)) ?? 0)\" fillId=\"\(fill)\" "
                + "borderId=\"\(style.border ? 1 : 0)\" xfId=\"0\""
            if format != 0 { attributes += " applyNumberFormat=\"1\"" }
            if Font(style) != fonts[0] { attributes += " applyFont=\"1\"" }
            if fill != 0 { attributes += " applyFill=\"1\"" }
            if style.border { attributes += " applyBorder=\"1\"" }
            if style.wrapText || style.alignment != .general {
                var alignment = "<alignment"
                if style.alignment != .general { alignment += " horizontal=\"\(style.alignment.rawValue)\"" }
                alignment += " vertical=\"center\""
                if style.wrapText { alignment += " wrapText=\"1\"" }
                xml += "<xf \(attributes) applyAlignment=\"1\">\(alignment)/></xf>"
            } else {
                xml += "<xf \(attributes)/>"
            }
        }
        xml += "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        xml += "</styleSheet>"
        return xml
    }

    /// The font of a cell format: bold or not, and its size.
    private struct Font: Hashable {
        var bold: Bool
        var size: Double

        init(bold: Bool, size: Double) {
            self.bold = bold
            self.size = size
        }

        init(_ style: CellStyle) { self.init(bold: style.bold, size: style.fontSize ?? 11) }
    }
}
