/// The Word styles of a report, after GB/T 9704 (党政机关公文格式): 标题 in 方正小标宋简体 二号, 一级标题 黑体,
/// 二级标题 楷体, 正文 仿宋 三号 (16pt) at a fixed 28pt line pitch, tables 仿宋 五号 (10.5pt), page numbers 宋体 四号.
///
/// Each East Asian font names its usual alternative in the font table (方正小标宋简体 → 黑体/SimHei, 仿宋 → FangSong
/// → 仿宋_GB2312, …): Word and WPS use the first one installed; LibreOffice substitutes through fontconfig, on Debian
/// the Noto CJK fonts of `fonts-noto-cjk`.
enum WordStyles {
    /// `<w:rFonts>` with Times New Roman for Latin text and `eastAsia` for Chinese.
    static func fonts(_ eastAsia: String) -> String {
        "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" "
            + "w:eastAsia=\"\(eastAsia)\" w:hint=\"eastAsia\"/>"
    }

    static func paragraphStyle(
        _ id: String,
        name: String,
        font: String,
        size: Int,
        bold: Bool = false,
        color: String? = nil,
        alignment: String? = nil,
        firstLine: Int? = nil,
        spacing: String = "<w:spacing w:line=\"560\" w:lineRule=\"exact\"/>",
        keepNext: Bool = false,
        outline: Int? = nil
    ) -> String {
        var paragraph = ""
        if keepNext { paragraph += "<w:keepNext/><w:keepLines/>" }
        paragraph += spacing
        paragraph += "<w:ind w:firstLine=\"\(firstLine ?? 0)\"/>"
        if let alignment { paragraph += "<w:jc w:val=\"\(alignment)\"/>" }
        if let outline { paragraph += "<w:outlineLvl w:val=\"\(outline)\"/>" }
        var run = fonts(font)
        if bold { run += "<w:b/><w:bCs/>" }
        if let color { run += "<w:color w:val=\"\(color)\"/>" }
        run += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
        let basedOn = id == "Normal" ? "" : "<w:basedOn w:val=\"Normal\"/>"
        return "<w:style w:type=\"paragraph\"\(id == "Normal" ? " w:default=\"1\"" : "") w:styleId=\"\(id)\">"
            + "<w:name w:val=\"\(name)\"/>\(basedOn)<w:qFormat/><w:pPr>\(paragraph)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
    }

    static var xml: String {
        let tight = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"300\" w:lineRule=\"auto\"/>"
        let styles = [
            // 正文: 仿宋 三号, first line indented two characters, justified.
            paragraphStyle("Normal", name: "Normal", font: "仿宋", size: 32, alignment: "both", firstLine: 640),
            paragraphStyle(
                "Title",
                name: "Title",
                font: "方正小标宋简体",
                size: 44,
                alignment: "center",
                spacing: "<w:spacing w:before=\"240\" w:after=\"240\" w:line=\"700\" w:lineRule=\"exact\"/>",
                keepNext: true
            ),
            paragraphStyle(
                "Heading1",
                name: "heading 1",
                font: "黑体",
                size: 32,
                firstLine: 640,
                keepNext: true,
                outline: 0
            ),
            paragraphStyle(
                "Heading2",
                name: "heading 2",
                font: "楷体",
                size: 32,
                firstLine: 640,
                keepNext: true,
                outline: 1
            ),
            paragraphStyle(
                "Heading3",
                name: "heading 3",
                font: "仿宋",
                size: 32,
                bold: true,
                firstLine: 640,
                keepNext: true,
                outline: 2
            ),
            paragraphStyle("TableText", name: "Table Text", font: "仿宋", size: 21, spacing: tight),
            paragraphStyle(
                "Caption",
                name: "caption",
                font: "黑体",
                size: 24,
                alignment: "center",
                spacing: "<w:spacing w:before=\"120\" w:after=\"120\" w:line=\"360\" w:lineRule=\"auto\"/>",
                keepNext: true
            ),
            paragraphStyle(
                "CoverLine",
                name: "Cover Line",
                font: "仿宋",
                size: 32,
                spacing: "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"720\" w:lineRule=\"exact\"/>"
            ),
            paragraphStyle(
                "Draft",
                name: "Draft",
                font: "黑体",
                size: 28,
                bold: true,
                color: "C00000",
                alignment: "center",
                spacing: tight
            ),
            paragraphStyle("Header", name: "header", font: "黑体", size: 21, alignment: "center", spacing: tight),
            paragraphStyle("Footer", name: "footer", font: "宋体", size: 28, alignment: "center", spacing: tight),
        ]
        return WordXML.declaration + "<w:styles xmlns:w=\"\(WordXML.main)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts("仿宋"))<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
            + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + styles.joined() + "</w:styles>"
    }

    /// The fonts used, each with its alternative name for a machine that lacks it.
    static let fontTable: String = {
        let fonts: [(name: String, alternative: String, family: String, pitch: String)] = [
            ("Times New Roman", "Liberation Serif", "roman", "variable"),
            ("方正小标宋简体", "黑体", "script", "variable"),
            ("黑体", "SimHei", "modern", "fixed"),
            ("楷体", "KaiTi", "modern", "fixed"),
            ("仿宋", "FangSong", "modern", "fixed"),
            ("宋体", "SimSun", "auto", "variable"),
        ]
        var xml = WordXML.declaration + "<w:fonts xmlns:w=\"\(WordXML.main)\">"
        for font in fonts {
            let charset = font.name == "Times New Roman" ? "00" : "86"
            xml +=
                "<w:font w:name=\"\(font.name)\"><w:altName w:val=\"\(font.alternative)\"/>"
                + "<w:charset w:val=\"\(charset)\"/><w:family w:val=\"\(font.family)\"/><w:pitch w:val=\"\(font.pitch)\"/></w:font>"
        }
        return xml + "</w:fonts>"
    }()
}
