import Foundation
import JixiaoModels

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
    /// A Word document to edit and hand in (`DocxRenderer`).
    case docx
    /// PDF, converted from the Word document by LibreOffice or from the HTML by Chromium (`PDFConverter`).
    case pdf
    /// The 自评表 and the budget tables as an .xlsx workbook (`XLSXRenderer`).
    case xlsx

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// Whether the format is text that can go to stdout; docx, pdf and xlsx are binary.
    public var isText: Bool { self != .docx && self != .pdf && self != .xlsx }

    /// Parses `md`, `markdown`, `html`, `csv`, `json`, `docx`, `pdf`, `xlsx`.
    public init?(name: String) {
        switch name.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "csv": self = .csv
        case "json": self = .json
        case "docx", "word": self = .docx
        case "pdf": self = .pdf
        case "xlsx", "excel": self = .xlsx
        default: return nil
        }
    }

    /// Renders `report` in a text format.
    /// - Throws: `ReportError.output` when JSON cannot be written, or for docx, pdf and xlsx, which are not text (use
    ///   `data(_:)`).
    public func render(_ report: ProjectReport) throws -> String {
        switch self {
        case .markdown: MarkdownRenderer.render(report)
        case .html: HTMLRenderer.render(report)
        case .csv: CSVRenderer.render(report)
        case .json: try JSONRenderer.render(report)
        case .docx, .pdf, .xlsx: throw ReportError.output(tr("report.binary-format", ["format": rawValue]))
        }
    }

    /// Renders `report` as the bytes of a file.
    /// - Parameter converter: the PDF converter to use for `pdf`.
    /// - Throws: `ReportError.output` when the document cannot be written or converted.
    public func data(_ report: ProjectReport, converter: PDFConverter = PDFConverter()) throws -> Data {
        switch self {
        case .docx: try DocxRenderer.render(report)
        case .pdf: try converter.render(report)
        case .xlsx: try XLSXRenderer.render(report)
        default: Data(try render(report).utf8)
        }
    }
}
