import JixiaoModels

/// How a listing is written: an aligned table for people, CSV for Excel, JSON for programs.
public enum OutputFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    case table
    case csv
    case json

    /// Parses `table`, `csv` or `json` (any case).
    /// - Throws: `ConsoleError` naming the allowed formats.
    public init(parsing text: String) throws {
        guard let format = OutputFormat(rawValue: text.lowercased()) else {
            throw ConsoleError.invalidArgument(tr("console.format-invalid", ["text": text]))
        }
        self = format
    }

    public var description: String { rawValue }
}
