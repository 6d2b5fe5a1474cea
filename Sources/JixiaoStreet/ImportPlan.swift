import JixiaoModels

/// The outcome of checking a whole import file: the rows to store, or every problem found.
///
/// An import is all or nothing: store `rows` only when `problems` is empty.
public struct ImportPlan<Row: Sendable>: Sendable {
    /// The checked rows, in file order.
    public var rows: [Row] = []
    /// The line each row starts on, parallel to `rows`.
    public var lines: [Int] = []
    /// Every problem, in file order: header problems first, then each bad row's.
    public var problems: [InputProblem] = []
    /// How many data records were read (blank ones not counted).
    public var recordCount = 0
    /// How many distinct lines have problems.
    public var badRecordCount = 0
    /// What was left out on purpose, for the summary: `the 序号 column`, `the 合计 row on line 12`.
    public var ignored: [String] = []

    public init() {}

    /// Whether the file may be stored.
    public var isAccepted: Bool { problems.isEmpty }

    /// The rows, or a refusal listing every problem.
    /// - Throws: `StreetError.refused` when there is any problem; nothing must be stored then.
    public func accepted() throws -> [Row] {
        guard isAccepted else { throw refusal() }
        return rows
    }

    /// The refusal: a summary line, then every problem.
    public func refusal() -> StreetError {
        let summary: String
        if badRecordCount > 0 {
            summary = tr("import.refused-rows", ["n": "\(badRecordCount)", "total": "\(recordCount)"])
        } else {
            summary = tr("import.refused")
        }
        return StreetError.refused(problems, summary: summary)
    }
}
