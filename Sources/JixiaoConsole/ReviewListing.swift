import JixiaoModels

/// The review tables both command lines print (`district review list`, `district review refused`,
/// `street refused`).
public enum ReviewListing {
    /// One line per review: office, project, year, state, who took the last action, when, its note or reason.
    /// - Parameter localized: the state in the user's language (a table for people), else its English word (CSV,
    ///   JSON).
    public static func table(
        _ reviews: [ReviewRecord],
        times: DisplayTime? = DisplayTime(),
        localized: Bool = true
    ) -> Table {
        var table = Table(
            columns: [
                Table.Column(header: "office"), Table.Column(header: "project"),
                Table.Column(header: "year", alignment: .right), Table.Column(header: "state"),
                Table.Column(header: "by"), Table.Column(header: "time"), Table.Column(header: "note"),
            ],
            titleRule: false
        )
        for review in reviews {
            table.append([
                review.office, review.project, String(review.year),
                localized ? review.state.localizedName : review.state.rawValue, review.by,
                times?.string(fromStored: review.at) ?? review.at, review.note,
            ])
        }
        return table
    }

    /// One line per refused change: id, when, office, project and year, the row, the refused operation and version,
    /// its values, and whether a reopen applied it.
    public static func refused(_ changes: [RefusedChange], times: DisplayTime? = DisplayTime()) -> Table {
        var table = Table(
            columns: [
                Table.Column(header: "id", alignment: .right), Table.Column(header: "recorded"),
                Table.Column(header: "office"), Table.Column(header: "project"),
                Table.Column(header: "year", alignment: .right), Table.Column(header: "row"),
                Table.Column(header: "change"), Table.Column(header: "values"), Table.Column(header: "state"),
            ],
            titleRule: false
        )
        for change in changes {
            table.append([
                change.id, times?.string(fromStored: change.recordedAt) ?? change.recordedAt, change.office,
                change.project, String(change.year), "\(change.table)/\(change.key)",
                "\(change.operation) \(change.version)", change.values.isEmpty ? tr("cell.deleted") : change.values,
                change.state,
            ])
        }
        return table
    }
}
