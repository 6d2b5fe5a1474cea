import JixiaoModels

/// A horizontal bar chart drawn as inline SVG: no script, no fonts or images fetched, prints as vectors.
struct SVGBarChart {
    struct Bar {
        var label: String
        var value: Double
        var valueText: String
        /// The bar's own color, instead of the chart's.
        var color: String? = nil
    }

    var title: String
    var bars: [Bar]
    /// A dashed vertical line at this value (e.g. 100% for completion rates).
    var reference: Double?
    var color = "#2f6f9f"

    static let width = 640.0
    static let labelWidth = 190.0
    static let valueWidth = 120.0
    static let rowHeight = 24.0
    static let top = 30.0

    /// The chart's `<svg>` element.
    func render() -> String {
        let height = Self.top + Double(max(bars.count, 1)) * Self.rowHeight + 12
        let plot = Self.width - Self.labelWidth - Self.valueWidth
        let largest = max(bars.map(\.value).max() ?? 0, reference ?? 0)
        let scale = largest > 0 ? plot / largest : 0
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" "
            + "width=\"\(n(Self.width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\">"
        svg += "<title>\(HTML.escape(title))</title>"
        svg += "<text x=\"0\" y=\"18\" class=\"chart-title\">\(HTML.escape(title))</text>"
        if bars.isEmpty {
            svg += "<text x=\"\(n(Self.labelWidth))\" y=\"\(n(Self.top + 16))\" class=\"chart-label\">（无数据）</text>"
        }
        let labels = Self.distinctLabels(bars.map(\.label))
        for (index, bar) in bars.enumerated() {
            let y = Self.top + Double(index) * Self.rowHeight
            let length = max(0, bar.value) * scale
            svg += "<text x=\"\(n(Self.labelWidth - 8))\" y=\"\(n(y + 16))\" text-anchor=\"end\" class=\"chart-label\">"
            svg += "<title>\(HTML.escape(bar.label))</title>" + HTML.escape(labels[index]) + "</text>"
            svg +=
                "<rect x=\"\(n(Self.labelWidth))\" y=\"\(n(y + 4))\" width=\"\(n(length))\" height=\"16\" fill=\"\(bar.color ?? color)\"/>"
            svg += "<text x=\"\(n(Self.labelWidth + length + 6))\" y=\"\(n(y + 16))\" class=\"chart-value\">"
            svg += HTML.escape(bar.valueText) + "</text>"
        }
        if let reference, scale > 0 {
            let x = Self.labelWidth + reference * scale
            svg += "<line x1=\"\(n(x))\" y1=\"\(n(Self.top))\" x2=\"\(n(x))\" y2=\"\(n(height - 8))\" "
            svg += "stroke=\"#b03a2e\" stroke-dasharray=\"4 3\"/>"
        }
        svg += "</svg>"
        return svg
    }

    /// Long labels are cut to fit the label column.
    static func shortened(_ label: String) -> String {
        label.count > 14 ? String(label.prefix(13)) + "…" : label
    }

    /// Labels cut to fit, each different from the others: names that would be cut to the same text keep their
    /// head and as much of their tail as tells them apart (`检察机关…案件（1—11月）`, `检察机关…疑人（1—11月）`), and a
    /// number when even that is the same.
    static func distinctLabels(_ labels: [String]) -> [String] {
        var result = labels.map(shortened)
        let groups = Dictionary(grouping: result.indices, by: { result[$0] }).values.filter { $0.count > 1 }
        for group in groups {
            let long = group.filter { labels[$0].count > 14 }
            for tail in 4...12 {
                let cut = long.map { String(labels[$0].prefix(13 - tail)) + "…" + String(labels[$0].suffix(tail)) }
                if Set(cut).count == cut.count || tail == 12 {
                    for (index, text) in zip(long, cut) { result[index] = text }
                    break
                }
            }
        }
        var seen: [String: Int] = [:]
        for index in result.indices {
            let count = seen[result[index], default: 0] + 1
            seen[result[index]] = count
            if count > 1 { result[index] += "（\(count)）" }
        }
        return result
    }

    /// An amount in 万元 with at most two decimals, trailing zeros trimmed as the text writes them (`29.36万元`,
    /// `120万元`); the tables keep the exact figure in 元.
    static func wan(_ money: Money) -> String {
        ReportText.number(Double(money.fen) / 1_000_000, decimals: 2) + "万元"
    }

    private func n(_ value: Double) -> String { ReportText.number(value, decimals: 1) }
}

/// HTML text helpers.
enum HTML {
    /// Escapes `& < > " '`.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Escaped text with line breaks as `<br>`.
    static func paragraph(_ text: String) -> String {
        escape(text).replacing("\r\n", with: "<br>").replacing("\n", with: "<br>")
    }
}
