/// How far an import has got, for a progress display (`street import` on a terminal).
public struct ImportProgress: Sendable, Hashable {
    /// What the import is doing.
    public enum Phase: String, Sendable, Hashable {
        /// Reading the file into records (the row count is not known yet).
        case reading
        /// Checking the rows against the plan.
        case checking
        /// Storing the rows, in the import's one transaction.
        case storing
    }

    /// What the import is doing.
    public var phase: Phase
    /// Rows of this phase done so far.
    public var rowsDone: Int
    /// Rows this phase will do (0 while reading).
    public var rowsTotal: Int

    public init(phase: Phase, rowsDone: Int, rowsTotal: Int) {
        self.phase = phase
        self.rowsDone = rowsDone
        self.rowsTotal = rowsTotal
    }

    /// Whether this is the phase's last step.
    public var isPhaseDone: Bool { rowsDone >= rowsTotal }

    /// How many rows go by between two reports: often enough for ten updates a second, rarely enough to cost nothing.
    static let step = 1_000
}
