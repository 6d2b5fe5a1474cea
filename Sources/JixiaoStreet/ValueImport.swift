import JixiaoConsole
import JixiaoModels

/// Maps the records of an indicator values file (CSV or a sheet) to checked values.
public enum ValueImport {
    /// Checks every record of the file.
    ///
    /// The same indicator, period and label twice in one file is refused: the second would silently replace the
    /// first.
    /// - Parameters:
    ///   - records: the file's records, the header first (`CSVReader`, or `SheetRecords` for a workbook).
    ///   - source: the file's kind, so that problems name lines or cells.
    ///   - validator: the reference data.
    ///   - progress: told how far the checking has got.
    /// - Returns: the plan; every bad row is in its `problems`, not only the first.
    public static func plan(
        records: [CSVRecord],
        source: ImportSource = .csv(.utf8),
        validator: ValueValidator,
        progress: (ImportProgress) -> Void = { _ in }
    ) -> ImportPlan<CheckedValue> {
        var seen: [ValueKey: Int] = [:]
        return .checking(
            records: records,
            columns: ValueColumn.self,
            source: source,
            reference: validator.reference,
            progress: progress
        ) { record, map, messages in
            let input = ValueInput(
                indicator: map.value(.indicator, in: record),
                period: map.value(.period, in: record),
                value: map.value(.value, in: record),
                label: map.value(.label, in: record),
                note: map.value(.note, in: record)
            )
            let checked = validator.check(input, problems: &messages)
            if let checked {
                let key = ValueKey(indicator: checked.indicator, period: checked.period, label: checked.label)
                if let earlier = seen[key] {
                    let labelled = checked.label.isEmpty ? "" : tr("street.value.labelled", ["label": checked.label])
                    messages.append(
                        tr(
                            "import.value-twice",
                            [
                                "indicator": checked.indicator, "period": "\(checked.period)", "labelled": labelled,
                                "place": source.place(earlier),
                            ]
                        )
                    )
                } else {
                    seen[key] = record.line
                }
            }
            return checked
        }
    }

    /// What identifies a value: setting it again replaces it.
    public struct ValueKey: Hashable, Sendable {
        public var indicator: String
        public var period: Period
        public var label: String

        public init(indicator: String, period: Period, label: String) {
            self.indicator = indicator
            self.period = period
            self.label = label
        }
    }
}
