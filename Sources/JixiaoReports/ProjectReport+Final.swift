extension ProjectReport {
    /// Refuses a draft, for `district report --final`.
    /// - Throws: `ReportError.notFinal`, one line naming the offices that have not synced and how many expected
    ///   values are missing.
    public func requireFinal() throws {
        guard let draft else { return }
        let names = Dictionary(dataNotes.offices.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        throw ReportError.notFinal(draft.refusal(project: project.code, names: names))
    }
}
