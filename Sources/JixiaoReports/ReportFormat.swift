/// The formats a report is written in.
public enum ReportFormat: String, Hashable, Sendable, CaseIterable {
    /// Markdown (`.md`), the default.
    case markdown = "md"
    /// One self-contained HTML file.
    case html
    /// The 自评表 as CSV.
    case csv
    /// Every figure as JSON.
    case json

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// Parses `md`, `markdown`, `html`, `csv`, `json`.
    public init?(name: String) {
        switch name.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "csv": self = .csv
        case "json": self = .json
        default: return nil
        }
    }

    /// Renders `report` in this format.
    /// - Throws: `ReportError.output` when JSON cannot be written.
    public func render(_ report: ProjectReport) throws -> String {
        switch self {
        case .markdown: MarkdownRenderer.render(report)
        case .html: HTMLRenderer.render(report)
        case .csv: CSVRenderer.render(report)
        case .json: try JSONRenderer.render(report)
        }
    }
}
