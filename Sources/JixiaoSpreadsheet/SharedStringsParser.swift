import Foundation

/// Reads `xl/sharedStrings.xml`: each `<si>` is one string, the text of its `<t>` elements joined (rich text has
/// one per run); phonetic guides (`<rPh>`, furigana/pinyin) are not part of the text.
final class SharedStringsParser: PartParser {
    private(set) var strings: [String] = []
    private var inItem = false
    private var phoneticDepth = 0
    private var item = ""

    override func start(_ element: String, attributes: XMLAttributes) {
        switch element {
        case "si":
            inItem = true
            item = ""
        case "rPh":
            phoneticDepth += 1
        case "t" where inItem && phoneticDepth == 0:
            capturing = true
            text = ""
        default:
            break
        }
    }

    override func end(_ element: String) {
        switch element {
        case "si":
            strings.append(item)
            inItem = false
        case "rPh":
            phoneticDepth -= 1
        case "t" where capturing:
            item += text
            capturing = false
        default:
            break
        }
    }
}
