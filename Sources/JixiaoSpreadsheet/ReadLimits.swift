/// How much a workbook may inflate to before reading stops.
///
/// An .xlsx is a zip of XML parts; a few kilobytes of deflate can inflate to gigabytes. Every part is inflated in
/// chunks with a running count and reading stops at the cap, so a bomb costs at most the cap in memory.
public struct ReadLimits: Hashable, Sendable {
    /// The most bytes any one part (a sheet, the shared strings) may inflate to. 64 MiB holds a sheet of several
    /// hundred thousand rows.
    public var maximumPartSize: Int
    /// The most bytes all parts read together may inflate to.
    public var maximumTotalSize: Int

    /// Limits of `maximumPartSize` (default 64 MiB) per part and `maximumTotalSize` (default 256 MiB) in all.
    public init(maximumPartSize: Int = 64 << 20, maximumTotalSize: Int = 256 << 20) {
        precondition(maximumPartSize > 0 && maximumTotalSize > 0, "limits must be positive")
        self.maximumPartSize = maximumPartSize
        self.maximumTotalSize = maximumTotalSize
    }
}
