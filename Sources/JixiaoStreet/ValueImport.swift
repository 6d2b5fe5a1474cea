import JixiaoConsole
import JixiaoModels

/// Maps the records of an indicator values CSV file to checked values.
public enum ValueImport {
    /// Checks every record of the file.
    ///
    /// The same indicator, period and label twice in one file is refused: the second would silently replace the
    /// first.
    /// - Parameters:
    ///   - records: the file's records, the header first (`CSVReader`).
    ///   - validator: the reference data.
    /// - Returns: the plan; every bad row is in its `problems`, not only the first.
    public static func plan(records: [CSVRecord], validator: ValueValidator) -> ImportPlan<CheckedValue> {
        var plan = ImportPlan<CheckedValue>()
        guard let header = records.first else {
            plan.problems = [
                InputProblem(
                    "the file is empty; the first line must name the columns: "
                        + HeaderMap<ValueColumn>.expected
                )
            ]
            return plan
        }
        let map: HeaderMap<ValueColumn>
        do {
            map = try HeaderMap(header: header)
        } catch {
            plan.problems = (error as? StreetError)?.problems ?? [InputProblem(line: header.line, "\(error)")]
            return plan
        }
        if validator.reference.isEmpty {
            plan.problems = [InputProblem("nothing has been received from the district yet: run street sync first")]
            return plan
        }
        var seen: [ValueKey: Int] = [:]
        for record in records.dropFirst() where !record.isBlank {
            plan.recordCount += 1
            var messages = map.shapeProblems(of: record)
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
                    let labelled = checked.label.isEmpty ? "" : " labelled \"\(checked.label)\""
                    messages.append(
                        "indicator \(checked.indicator) for \(checked.period)\(labelled) is already on line \(earlier)"
                    )
                } else {
                    seen[key] = record.line
                }
            }
            if messages.isEmpty, let checked {
                plan.rows.append(checked)
                plan.lines.append(record.line)
            } else {
                plan.badRecordCount += 1
                plan.problems += messages.map { InputProblem(line: record.line, $0) }
            }
        }
        if plan.recordCount == 0 && plan.problems.isEmpty {
            plan.problems = [InputProblem("the file has a header but no rows")]
        }
        return plan
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
