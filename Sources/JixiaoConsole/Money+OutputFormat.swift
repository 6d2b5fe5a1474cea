import JixiaoModels

extension Money {
    /// The amount as a listing in `format` shows it: 元 with thousands separators in a table, for people;
    /// `1234.56` without separators in CSV and JSON, so that Excel and programs read a number.
    public func formatted(for format: OutputFormat) -> String {
        format == .table ? formattedYuan() : formattedYuan(grouping: false)
    }
}
