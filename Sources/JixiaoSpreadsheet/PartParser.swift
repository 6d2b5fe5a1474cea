import CXML2System
import Foundation
import JixiaoModels

/// The common ground of the part parsers: runs libxml2's SAX2 push parser over a part with namespaces processed (so
/// `x:c` and `c` read alike) and turns any failure into `SpreadsheetError.malformedPart` naming the part.
///
/// Subclasses override `start(_:attributes:)`, `end(_:)` and read `text` between the two; a subclass that finds
/// SpreadsheetML it cannot accept calls `fail(_:)`.
///
/// libxml2 directly rather than FoundationXML's `XMLParser` (which wraps the same library): `XMLParser` builds a
/// Swift string for every name and a dictionary for every element's attributes, several microseconds per cell of a
/// sheet, which made a 100,000-row workbook take longer to read than to check and store. Here names and attributes
/// stay libxml2's bytes until asked for.
///
/// Hostile input: a DTD is refused before parsing (a workbook part never has one; entity expansion is a bomb), so
/// only XML's predefined entities and character references are expanded; no network access (`XML_PARSE_NONET`);
/// libxml2's own limits on names, text and depth stay on (no `XML_PARSE_HUGE`). Besides libxml2's well-formedness
/// errors, the checks are our own: elements that are not all closed, a root element other than the expected one.
class PartParser {
    /// The part's path in the package, for messages.
    let path: String
    /// The local name the document element must have (`worksheet`, `sst`).
    private let root: String
    private var depth = 0
    private var sawRoot = false
    private var errorLine: Int?
    private var errorMessage: String?
    /// Text gathered since `capturing` was set.
    @exclusivity(unchecked) var text = ""
    /// Whether character data is being gathered into `text`.
    @exclusivity(unchecked) var capturing = false
    /// The size of the part being parsed, in bytes: a bound on what a part can hold, for reserving room.
    private(set) var partSize = 0
    private var failure: String?
    private var context: xmlParserCtxtPtr?
    /// The element names seen, by libxml2's pointer (it keeps one copy of each name in its dictionary), so that a
    /// sheet's hundreds of thousands of `<c>` and `<v>` do not each build a new `String`. The bytes are compared
    /// too, so a name at a reused address is never mistaken for another.
    ///
    /// Unchecked exclusivity here and on `text` and `capturing`: they are touched in every callback, only from the
    /// parse's own thread, and the runtime's access tracking was a visible part of reading a large sheet.
    @exclusivity(unchecked) private var names: [(pointer: UnsafePointer<xmlChar>, name: String, bytes: [UInt8])] = []

    init(path: String, root: String) {
        self.path = path
        self.root = root
    }

    /// Parses `data`.
    /// - Throws: `SpreadsheetError.malformedPart` for XML that is not well-formed or a `fail(_:)`.
    func parse(_ data: Data) throws {
        partSize = data.count
        if Self.declaresDTD(data) {
            throw SpreadsheetError(
                .malformedPart,
                tr("sheet.dtd", ["part": path])
            )
        }
        var handler = Self.makeHandler()
        let me = Unmanaged.passUnretained(self).toOpaque()
        let wellFormed = withExtendedLifetime(self) { () -> Bool in
            guard let context = xmlCreatePushParserCtxt(&handler, me, nil, 0, path) else { return false }
            defer {
                self.context = nil
                xmlFreeParserCtxt(context)
            }
            self.context = context
            xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
            // In chunks: libxml2 then never holds more than a chunk of the part in its input buffer.
            data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                let bytes = raw.bindMemory(to: CChar.self)
                var offset = 0
                while offset < bytes.count, failure == nil {
                    let size = min(Self.chunkSize, bytes.count - offset)
                    guard xmlParseChunk(context, bytes.baseAddress! + offset, Int32(size), 0) == 0 else { return }
                    offset += size
                }
                if failure == nil { xmlParseChunk(context, nil, 0, 1) }
            }
            return context.pointee.wellFormed != 0
        }
        if let failure {
            throw SpreadsheetError(.malformedPart, tr("sheet.part-invalid", ["part": path, "reason": failure]))
        }
        guard wellFormed, errorLine == nil, depth == 0, sawRoot else {
            let line = errorLine.map { tr("sheet.at-line", ["line": "\($0)"]) } ?? ""
            let reason = sawRoot ? "" : tr("sheet.no-root", ["root": root])
            throw SpreadsheetError(
                .malformedPart,
                tr("sheet.not-well-formed", ["part": path, "line": line, "reason": reason]),
                underlying: errorMessage.map { DescribedError(XMLFailure(description: $0)) }
            )
        }
    }

    /// Whether `data` holds `<!DOCTYPE` or `<!ENTITY` anywhere. A scan of the bytes for `<!`: `Data.range(of:)` took
    /// 8% of reading a 100,000-row sheet.
    static func declaresDTD(_ data: Data) -> Bool {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            let doctype = Array("DOCTYPE".utf8)
            let entity = Array("ENTITY".utf8)
            func follows(_ word: [UInt8], at start: Int) -> Bool {
                guard start + word.count <= bytes.count else { return false }
                for (offset, byte) in word.enumerated() where bytes[start + offset] != byte { return false }
                return true
            }
            guard let base = bytes.baseAddress else { return false }
            // From one `<` to the next with `memchr` rather than byte by byte: the part can be tens of megabytes.
            var index = 0
            while index + 1 < bytes.count {
                guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index - 1) else { break }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[index + 1] == UInt8(ascii: "!") {
                    if follows(doctype, at: index + 2) || follows(entity, at: index + 2) { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Stops parsing with `message` as the reason.
    func fail(_ message: String) {
        guard failure == nil else { return }
        failure = message
        if let context { xmlStopParser(context) }
    }

    func start(_ element: String, attributes: XMLAttributes) {}
    func end(_ element: String) {}

    private static let chunkSize = 64 << 10

    // MARK: SAX2 callbacks

    private func didStart(_ localName: UnsafePointer<xmlChar>, _ attributes: XMLAttributes) {
        guard failure == nil else { return }
        let name = self.name(localName)
        if depth == 0 {
            guard !sawRoot, name == root else {
                fail(sawRoot ? tr("sheet.two-roots") : tr("sheet.wrong-root", ["name": name, "root": root]))
                return
            }
            sawRoot = true
        }
        depth += 1
        start(name, attributes: attributes)
    }

    private func didEnd(_ localName: UnsafePointer<xmlChar>) {
        guard failure == nil else { return }
        depth -= 1
        end(name(localName))
    }

    /// The local name at `pointer`, from the names seen when it is one of them.
    private func name(_ pointer: UnsafePointer<xmlChar>) -> String {
        // By index, not `for entry in names`: copying each entry out retained and released its name and bytes, for
        // the two calls of every element of the part.
        for index in names.indices where names[index].pointer == pointer {
            let same = names[index].bytes.withUnsafeBufferPointer { XMLAttributes.equals(pointer, $0) }
            if same { return names[index].name }
        }
        let name = Self.localName(pointer)
        if names.count < 64 { names.append((pointer, name, Array(String(cString: pointer).utf8))) }
        return name
    }

    private func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int32) {
        guard capturing, failure == nil else { return }
        text += String(decoding: UnsafeBufferPointer(start: bytes, count: Int(count)), as: UTF8.self)
    }

    private func error(_ error: xmlErrorPtr?) {
        // Fatal errors only: an undeclared prefix (`x:c` without its xmlns) is an error libxml2 recovers from, and the
        // names read alike without it.
        guard let error, error.pointee.level.rawValue >= XML_ERR_FATAL.rawValue else { return }
        if errorLine == nil {
            errorLine = Int(error.pointee.line)
            errorMessage = error.pointee.message.map { String(cString: $0) }
        }
    }

    /// The name without a namespace prefix: libxml2 gives local names, but keeps `x:c` whole when the prefix is not
    /// declared.
    private static func localName(_ name: UnsafePointer<xmlChar>) -> String {
        let text = String(cString: name)
        guard let colon = text.utf8.lastIndex(of: UInt8(ascii: ":")) else { return text }
        return String(text[text.utf8.index(after: colon)...])
    }

    private static func parser(_ context: UnsafeMutableRawPointer?) -> PartParser {
        Unmanaged<PartParser>.fromOpaque(context!).takeUnretainedValue()
    }

    /// The callbacks: C function pointers, so they capture nothing and find the parser through the user data.
    private static func makeHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(truncatingIfNeeded: XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, _, _, _, _, attributeCount, _, attributes in
            guard let localName else { return }
            PartParser.parser(context).didStart(
                localName,
                XMLAttributes(attributes, count: Int(attributeCount))
            )
        }
        handler.endElementNs = { context, localName, _, _ in
            guard let localName else { return }
            PartParser.parser(context).didEnd(localName)
        }
        handler.characters = { context, bytes, count in
            guard let bytes else { return }
            PartParser.parser(context).characters(bytes, count)
        }
        handler.cdataBlock = { context, bytes, count in
            guard let bytes else { return }
            PartParser.parser(context).characters(bytes, count)
        }
        handler.serror = { context, error in
            PartParser.parser(context).error(error)
        }
        return handler
    }
}

/// libxml2's message for the first error of a part.
private struct XMLFailure: Error, CustomStringConvertible {
    let description: String
}
