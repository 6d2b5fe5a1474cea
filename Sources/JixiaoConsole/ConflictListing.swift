import JixiaoModels

/// The conflicts table both command lines print (`district conflicts`, `street conflicts`).
public enum ConflictListing {
    /// One line per conflict: id, when, office, table and key, the losing and the winning version, the losing values.
    public static func table(_ conflicts: [ConflictRecord], times: DisplayTime? = DisplayTime()) -> Table {
        var table = Table(
            columns: [
                Table.Column(header: "id", alignment: .right), Table.Column(header: "recorded"),
                Table.Column(header: "office"), Table.Column(header: "row"), Table.Column(header: "kept"),
                Table.Column(header: "lost"), Table.Column(header: "lost_values"),
            ],
            titleRule: false
        )
        for conflict in conflicts {
            table.append([
                conflict.id, times?.string(fromStored: conflict.recordedAt) ?? conflict.recordedAt, conflict.office,
                "\(conflict.table)/\(conflict.key)", "\(conflict.winnerOperation) \(conflict.winnerVersion)",
                "\(conflict.loserOperation) \(conflict.loserVersion)",
                conflict.loserValues.isEmpty ? tr("cell.deleted") : conflict.loserValues,
            ])
        }
        return table
    }
}
