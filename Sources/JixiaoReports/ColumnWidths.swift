/// Column widths chosen by content, as a word processor's autofit would, but deterministic: every column gets at
/// least its minimum, and the rest of the width goes to the columns whose text is longer than that, in proportion
/// to how much longer (capped, so that one column of long notes cannot squeeze the others).
enum ColumnWidths {
    /// A text's width in half-width units: 2 for a CJK character or full-width sign, 1 for ASCII; its longest line.
    static func units(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.unicodeScalars.reduce(0) { $0 + ($1.value < 0x2E80 && !(0x2010...0x2027).contains($1.value) ? 1 : 2) }
        }.max() ?? 0
    }

    /// Columns whose longest text is at most this wide (half-width units) keep it on one line.
    static let shortColumn = 12.0

    /// Widths that add up to `total`.
    /// - Parameters:
    ///   - columns: every column's cell texts (cells spanning several columns left out).
    ///   - minimum: every column's minimum, in half-width units.
    ///   - total: the width to share, in the caller's unit (twips, percent).
    ///   - unit: the width of one half-width unit in the caller's unit.
    ///   - padding: the cell padding of one column, in the caller's unit.
    ///   - cap: the largest share of the text width one column's wish may claim.
    static func fit(
        _ columns: [[String]],
        minimum: [Int],
        total: Int,
        unit: Double,
        padding: Double,
        cap: Double = 0.4
    )
        -> [Int]
    {
        let count = columns.count
        guard count > 0 else { return [] }
        let available = max(Double(count), (Double(total) - padding * Double(count)) / unit)
        let naturals = columns.map { Double($0.map(units).max() ?? 0) }
        let wish = naturals.indices.map { index -> Double in
            max(Double(index < minimum.count ? minimum[index] : 2), min(naturals[index], available * cap))
        }
        // A short column (figures, 年度指标值, 完成率) never wraps: its whole text is its minimum.
        var mins = wish.indices.map { index -> Double in
            let floor = Double(index < minimum.count ? minimum[index] : 2)
            // One unit of slack: Latin digits and % are a little wider than half a CJK character in most fonts.
            return naturals[index] <= shortColumn ? max(floor, naturals[index] + 1) : min(wish[index], floor)
        }
        let minSum = mins.reduce(0, +)
        if minSum > available { mins = mins.map { $0 * available / minSum } }
        let wishSum = wish.reduce(0, +)
        var widths: [Double]
        if wishSum <= available {
            // Everything fits on one line: share the spare room in proportion to the wishes.
            widths = wish.map { $0 * available / wishSum }
        } else {
            let extra = wish.indices.map { max(0, wish[$0] - mins[$0]) }
            let extraSum = max(extra.reduce(0, +), 1)
            let spare = max(0, available - mins.reduce(0, +))
            widths = mins.indices.map { mins[$0] + extra[$0] * spare / extraSum }
        }
        var result = widths.map { Int(($0 * unit + padding).rounded(.down)) }
        result[result.count - 1] += total - result.reduce(0, +)
        return result
    }
}
