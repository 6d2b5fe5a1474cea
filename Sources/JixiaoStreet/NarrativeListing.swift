import JixiaoConsole
import JixiaoModels

/// Writes narratives for `street note list`: project, year, section, length and the start of the text.
public enum NarrativeListing {
    /// The aligned table.
    public static func table(_ notes: [Narrative]) -> String {
        var table = Table(columns: [
            Table.Column("项目"), Table.Column("年度"), Table.Column("部分"), Table.Column("字数", alignment: .right),
            Table.Column("内容"),
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
