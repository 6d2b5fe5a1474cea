/// A table as any of the three output formats, for listings that print the same rows for people and programs.
extension Table {
    /// The rows as CSV, the columns' fields (else titles) as the header record.
    public func csv() -> CSVWriter {
        var writer = CSVWriter()
        writer.append(columns.map { $0.field ?? $0.title })
        for row in rows { writer.append(row) }
        return writer
    }

    /// The rows as JSON objects keyed by column field (else title), every value a string.
    public func jsonObjects() -> [[String: String]] {
        rows.map { row in
            Dictionary(zip(columns.map { $0.field ?? $0.title }, row), uniquingKeysWith: { first, _ in first })
        }
    }

    /// The table in `format`: the aligned table, CSV with a header, or a JSON array of objects.
    /// - Throws: `EncodingError` only if JSON encoding fails, which it does not for strings.
    public func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table: render()
        case .csv: csv().text
        case .json: try JSONOutput.string(jsonObjects())
        }
    }
}
