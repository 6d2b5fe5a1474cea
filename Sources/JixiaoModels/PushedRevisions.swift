/// The row revisions a session's pushes took at the district: a pull in the same session does not send the pushing
/// device its own rows back (Protocol.md §10.2).
public struct PushedRevisions: Hashable, Sendable {
    /// From the first revision of the first push to the last of the latest.
    public var range: ClosedRange<Int64>
    /// Whether every revision in `range` is a row the pushing device wrote in that push: no conflict, refusal,
    /// re-stamped winner or review took one, and no other session's revision lies between two pushes. A pull then
    /// reads none of the range; otherwise it reads the range and leaves out only the device's own rows.
    public var onlyOwnRows: Bool

    public init(range: ClosedRange<Int64>, onlyOwnRows: Bool) {
        self.range = range
        self.onlyOwnRows = onlyOwnRows
    }

    /// The revisions of this push and a later one of the same session: the range covering both, which other
    /// sessions may have written into.
    public func merged(with later: PushedRevisions) -> PushedRevisions {
        PushedRevisions(
            range: min(range.lowerBound, later.range.lowerBound)...max(range.upperBound, later.range.upperBound),
            onlyOwnRows: false
        )
    }
}
