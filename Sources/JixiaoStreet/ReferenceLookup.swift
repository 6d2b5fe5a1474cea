import JixiaoModels

/// What a clerk's text names among reference rows: a code (exactly, or in any letter case when only one matches) or,
/// failing that, a name (禁毒宣传 for XC), as Excel sheets write them.
public enum ReferenceLookup<Row: Sendable>: Sendable {
    /// One row.
    case found(Row)
    /// A name that several rows share; the text must be a code instead.
    case ambiguous([Row])
    /// Nothing has this code or name.
    case missing

    /// Looks `text` up in `rows`: by code first, then by name (ignoring spaces).
    static func find(
        _ text: String,
        in rows: [Row],
        code: KeyPath<Row, String>,
        name: KeyPath<Row, String>
    ) -> ReferenceLookup {
        if let row = ReferenceData.match(text, in: rows, key: code) { return .found(row) }
        let key = Self.nameKey(text)
        guard !key.isEmpty else { return .missing }
        let named = rows.filter { Self.nameKey($0[keyPath: name]) == key }
        switch named.count {
        case 0: return .missing
        case 1: return .found(named[0])
        default: return .ambiguous(named)
        }
    }

    /// The row, if exactly one was found.
    var row: Row? {
        if case .found(let row) = self { return row }
        return nil
    }

    /// A name without spaces (full-width ones too), for comparing what was typed with the plan's spelling.
    static func nameKey(_ name: String) -> String {
        String(name.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" })
    }

    /// `"禁毒宣传" names 2 categories: XC (禁毒宣传, project JD2021), …; write the code`.
    static func ambiguity(
        _ text: String,
        noun: String,
        _ candidates: [Row],
        describe: (Row) -> String
    ) -> String {
        tr(
            "input.ambiguous",
            [
                "text": text, "n": "\(candidates.count)", "noun": noun,
                "list": candidates.map(describe).joined(separator: ", "),
            ]
        )
    }
}

/// A reference row known by a code and a name (projects, categories, funds, indicators).
protocol NamedReference {
    var code: String { get }
    var name: String { get }
}

extension Project: NamedReference {}
extension Category: NamedReference {}
extension Fund: NamedReference {}
extension Indicator: NamedReference {}
