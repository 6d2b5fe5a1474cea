import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The common ground of the part parsers: runs `XMLParser` over a part with namespaces processed (so `x:c` and
/// `c` read alike) and turns any failure into `SpreadsheetError.malformedPart` naming the part.
///
/// Subclasses override `start(_:attributes:)`, `end(_:)` and read `text` between the two; a subclass that finds
/// SpreadsheetML it cannot accept calls `fail(_:)`.
///
/// Foundation's parser on Linux is lenient: `parse()` returns `true` for `<a>`, `<<<` or `<a><b></a>`. So the
/// checks are our own: any error it reports, elements that are not all closed, a root element other than the
/// expected one. A DTD is refused before parsing (a workbook part never has one; entity expansion is a bomb).
class PartParser: NSObject, XMLParserDelegate {
    /// The part's path in the package, for messages.
    let path: String
    /// The local name the document element must have (`worksheet`, `sst`).
    private let root: String
    private var depth = 0
    private var sawRoot = false
    private var errorLine: Int?
    /// Text gathered since `capturing` was set.
    var text = ""
    /// Whether character data is being gathered into `text`.
    var capturing = false
    private var failure: String?
    private weak var parser: XMLParser?

    init(path: String, root: String) {
        self.path = path
        self.root = root
    }

    /// Parses `data`.
    /// - Throws: `SpreadsheetError.malformedPart` for XML that is not well-formed or a `fail(_:)`.
    func parse(_ data: Data) throws {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw SpreadsheetError(
                .malformedPart,
                "part \(path) of the workbook declares a DTD, which a workbook never does"
            )
        }
        // Through a stream, not `XMLParser(data:)`: on Linux the latter hands libxml2 the whole part at once and
        // reports an internal error at the end of any part over 10 MB (libxml2's lookup limit).
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        self.parser = parser
        let finished = parser.parse()
        if let failure {
            throw SpreadsheetError(.malformedPart, "part \(path) of the workbook is not valid: \(failure)")
        }
        guard finished, errorLine == nil, depth == 0, sawRoot else {
            let line = errorLine.map { " at line \($0)" } ?? ""
            let reason = sawRoot ? "" : " (no <\(root)> element)"
            throw SpreadsheetError(
                .malformedPart,
                "part \(path) of the workbook is not well-formed XML\(line)\(reason)",
                underlying: parser.parserError.map { DescribedError($0) }
            )
        }
    }

    /// Stops parsing with `message` as the reason.
    func fail(_ message: String) {
        guard failure == nil else { return }
        failure = message
        parser?.abortParsing()
    }

    func start(_ element: String, attributes: [String: String]) {}
    func end(_ element: String) {}

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let name = Self.localName(elementName)
        if depth == 0 {
            guard !sawRoot, name == root else {
                fail(sawRoot ? "it has two document elements" : "its document element is <\(name)>, not <\(root)>")
                return
            }
            sawRoot = true
        }
        depth += 1
        var plain: [String: String] = [:]
        for (key, value) in attributes {
            // `r:id` and `id` alike: the relationship namespace prefix varies between writers.
            if let colon = key.lastIndex(of: ":") {
                plain[String(key[key.index(after: colon)...])] = value
            } else {
                plain[key] = value
            }
        }
        start(name, attributes: plain)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        end(Self.localName(elementName))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if errorLine == nil { errorLine = parser.lineNumber }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if capturing { text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
