import JixiaoConsole
import JixiaoModels

/// Writes narratives for `street note list`: project, year, section, length and the start of the text.
public enum NarrativeListing {
    /// The aligned table.
    public static func table(_ notes: [Narrative]) -> String {
        var table = Table(columns: [
            Table.Column(header: "project"), Table.Column(header: "year"), Table.Column(header: "section"),
            Table.Column(header: "length", alignment: .right), Table.Column(header: "text"),
        ])
        let order = Narrative.Section.allCases
        let sorted = notes.sorted {
            ($0.project, $0.year, order.firstIndex(of: $0.section) ?? 0)
                < ($1.project, $1.year, order.firstIndex(of: $1.section) ?? 0)
        }
        for note in sorted {
            table.append([
                note.project, String(note.year), "\(note.section.rawValue) \(note.section.title)",
                String(note.text.count),
                DisplayWidth.truncate(note.text, to: 40),
            ])
        }
        return table.render()
    }
}
