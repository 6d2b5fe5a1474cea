import JixiaoModels

/// 草稿: why a report is not yet final. Every format prints it at the top while an expected office has not synced
/// or an expected value is missing; `district report --final` refuses while there is one.
public struct DraftMark: Hashable, Sendable, Codable {
    /// Offices expected to report on the project.
    public var expectedOffices: Int
    /// Expected offices that have never synced.
    public var notSynced: [String]
    /// Expected values not reported: one per (office, indicator, period).
    public var missingValues: Int
    /// Expected offices whose data the district has not approved (`nil`: the report does not ask for approval).
    public var notApproved: [String]?
    /// The mark as printed: `草稿：10个应报送单位中9个未同步、12项应报数据缺失`.
    public var text: String

    /// The mark for `notes`, or `nil` when nothing is missing.
    /// - Parameter notes: the report's data notes.
    public init?(notes: DataNotes) {
        let expected = notes.offices.filter(\.expected)
        let missing = notes.missing.map(\.periods.count).reduce(0, +)
        let notApproved = notes.notApproved ?? []
        guard !notes.notSynced.isEmpty || missing > 0 || !notApproved.isEmpty else { return nil }
        self.expectedOffices = expected.count
        self.notSynced = notes.notSynced
        self.missingValues = missing
        self.notApproved = notes.notApproved
        var parts: [String] = []
        if !notes.notSynced.isEmpty { parts.append("\(expected.count)个应报送单位中\(notes.notSynced.count)个未同步") }
        if missing > 0 { parts.append("\(missing)项应报数据缺失") }
        if !notApproved.isEmpty { parts.append("\(expected.count)个应报送单位中\(notApproved.count)个未审核通过") }
        self.text = "草稿：" + parts.joined(separator: "、")
    }

    /// What is missing in one line, for `--final`'s refusal: the silent offices by name and the count of values.
    public func refusal(project: String, names: [String: String]) -> String {
        var parts: [String] = []
        if !notSynced.isEmpty {
            parts.append(
                tr(
                    "report.final.not-synced",
                    [
                        "n": "\(notSynced.count)", "total": "\(expectedOffices)",
                        "names": notSynced.map { names[$0] ?? $0 }.joined(separator: "、"),
                    ]
                )
            )
        }
        if missingValues > 0 { parts.append(tr("report.final.missing-values", ["n": "\(missingValues)"])) }
        if let notApproved, !notApproved.isEmpty {
            parts.append(
                tr(
                    "report.final.not-approved",
                    [
                        "n": "\(notApproved.count)", "total": "\(expectedOffices)",
                        "names": notApproved.map { names[$0] ?? $0 }.joined(separator: "、"),
                    ]
                )
            )
        }
        return tr("report.final.refused", ["project": project, "parts": parts.joined(separator: tr("list.semicolon"))])
    }
}
