/// One sheet of a workbook as read: its stored cells in row order and its merged ranges.
public struct Worksheet: Sendable {
    /// The sheet's tab name.
    public let name: String
    /// Whether the sheet is hidden (Excel's 隐藏, or "very hidden").
    public let isHidden: Bool
    /// The stored cells, ordered by row then column. Empty cells that carry only a style are left out.
    public let cells: [Cell]
    /// The merged ranges; every cell of one reads as its top-left cell.
    public let mergedRanges: [CellRange]

    /// Where each row's cells start and end in `cells`.
    private let rowSpans: [Int: Range<Int>]
    /// Each covered cell of a merged range → its top-left cell (for ranges up to `mergeIndexLimit` cells).
    private let mergeIndex: [CellReference: CellReference]
    /// Merged ranges too large to index cell by cell; looked up by scanning.
    private let largeMerges: [CellRange]
    private static let mergeIndexLimit = 10_000

    /// A sheet of `cells` (in any order) and `mergedRanges`.
    public init(name: String, isHidden: Bool = false, cells: [Cell], mergedRanges: [CellRange] = []) {
        self.name = name
        self.isHidden = isHidden
        // A sheet as read is in order already (the parser refuses rows and cells out of order): sort only when not.
        let inOrder = cells.indices.dropFirst().allSatisfy { cells[$0 - 1].reference < cells[$0].reference }
        let sorted = inOrder ? cells : cells.sorted { $0.reference < $1.reference }
        self.cells = sorted
        self.mergedRanges = mergedRanges
        var spans: [Int: Range<Int>] = [:]
        var start = 0
        while start < sorted.count {
            let row = sorted[start].reference.row
            var end = start + 1
            while end < sorted.count, sorted[end].reference.row == row { end += 1 }
            spans[row] = start..<end
            start = end
        }
        rowSpans = spans
        var index: [CellReference: CellReference] = [:]
        var large: [CellRange] = []
        for range in mergedRanges where range.start != range.end {
            let area = (range.end.column - range.start.column + 1) * (range.end.row - range.start.row + 1)
            guard area <= Self.mergeIndexLimit else {
                large.append(range)
                continue
            }
            for row in range.start.row...range.end.row {
                for column in range.start.column...range.end.column
                where row != range.start.row
                    || column != range.start.column
                {
                    index[CellReference(column: column, row: row)] = range.start
                }
            }
        }
        mergeIndex = index
        largeMerges = large
    }

    /// The last row that holds a cell or a merged range; 0 for an empty sheet.
    public var lastRow: Int {
        max(cells.last?.reference.row ?? 0, mergedRanges.map(\.end.row).max() ?? 0)
    }

    /// The cells stored in `row`, by column.
    public func cells(inRow row: Int) -> ArraySlice<Cell> {
        guard let span = rowSpans[row] else { return [] }
        return cells[span]
    }

    /// The cell stored at `reference`, ignoring merges.
    public func storedCell(at reference: CellReference) -> Cell? {
        guard let span = rowSpans[reference.row] else { return nil }
        var low = span.lowerBound
        var high = span.upperBound
        while low < high {
            let middle = (low + high) / 2
            let column = cells[middle].reference.column
            if column == reference.column { return cells[middle] }
            if column < reference.column { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The cell a reader sees at `reference`: inside a merged range, the range's top-left cell.
    public func cell(at reference: CellReference) -> Cell? {
        storedCell(at: topLeft(of: reference))
    }

    /// The value a reader sees at `reference` (`.empty` for a missing cell).
    public func value(at reference: CellReference) -> CellValue { cell(at: reference)?.value ?? .empty }

    /// The value at `text` (`C7`); `.empty` for a reference that is not valid.
    public subscript(_ text: String) -> CellValue {
        CellReference(text).map { value(at: $0) } ?? .empty
    }

    /// The top-left cell of the merged range holding `reference`, or `reference` itself.
    public func topLeft(of reference: CellReference) -> CellReference {
        if let start = mergeIndex[reference] { return start }
        for range in largeMerges where range.contains(reference) { return range.start }
        return reference
    }
}
