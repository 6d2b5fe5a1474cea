import Foundation

/// Reads a relationships part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`): id → type and target.
final class RelationshipsParser: PartParser {
    struct Relationship {
        var type: String
        var target: String
        var isExternal: Bool
    }

    private(set) var relationships: [String: Relationship] = [:]

    override func start(_ element: String, attributes: XMLAttributes) {
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        relationships[id] = Relationship(
            type: attributes["Type"] ?? "",
            target: target,
            isExternal: attributes["TargetMode"] == "External"
        )
    }

    /// The relationships of `part` read from `package`, none when the package has no relationships part for it.
    static func relationships(of part: String, in package: PackageReader) throws -> [String: Relationship] {
        let path = relationshipsPath(of: part)
        guard package.contains(path) else { return [:] }
        let parser = RelationshipsParser(path: path, root: "Relationships")
        try parser.parse(try package.part(path))
        return parser.relationships
    }

    /// `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`; `_rels/.rels` for the package itself (`""`).
    static func relationshipsPath(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
    }

    /// The package path of `target` as written in a relationship of `source`: absolute (`/xl/worksheets/s.xml`)
    /// or relative to the source's folder (`worksheets/s.xml`, `../xl/s.xml`).
    static func resolve(_ target: String, from source: String) -> String {
        var components: [Substring]
        if target.hasPrefix("/") {
            components = []
        } else {
            components = source.split(separator: "/")
            if !components.isEmpty { components.removeLast() }
        }
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
