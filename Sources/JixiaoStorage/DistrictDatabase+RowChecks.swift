import JixiaoModels

extension DistrictDatabase {
    /// Refuses a pushed upsert that breaks the rules every office row obeys (`RowRules`: the plan's codes, the
    /// office's projects, an amount within bounds, ISO dates and periods in the project's year, the value kind the
    /// indicator takes, finite numbers, and the plan's entry rules that the office's validator applies too: no value
    /// for a formula, the indicator's period granularity, a grade of the vocabulary, whole counts, no negative counts
    /// or percentages), naming the row. Runs inside the push's transaction, so one bad row rolls the
    /// whole push back and the district never stores a row that no report can read.
    /// - Throws: `StorageError.invalidData` naming the table, the key and every problem of the row.
    static func check(_ change: SyncChange, against rules: RowRules) throws {
        guard change.operation == .upsert else { return }
        let values = change.values
        var problems: [String]
        switch change.table {
        case .expenditures:
            problems = rules.problems(Expenditure(syncValues: values))
        case .indicatorValues:
            problems = Self.formProblems(ofValue: values, year: rules.year(ofIndicator: values[2].text))
            if problems.isEmpty { problems = rules.problems(try IndicatorValue(syncValues: values)) }
        case .narratives:
            guard Narrative.Section(rawValue: values[3].text) != nil else {
                throw refused(change, [tr("storage.section-invalid", ["text": values[3].text])])
            }
            problems = rules.problems(try Narrative(syncValues: values))
        case .submissions:
            let year = values[3].integer
            guard change.key == "\(values[2].text)/\(year)" else {
                throw refused(change, [tr("row.submission-key")])
            }
            problems = rules.problems(submissionOf: values[2].text, year: Int(year))
        default:
            return
        }
        guard problems.isEmpty else { throw refused(change, problems) }
    }

    /// What makes an indicator value's columns unreadable before any rule applies: a period that is not one, or
    /// not exactly one of the number and text columns set.
    private static func formProblems(ofValue values: [SyncValue], year: Int?) -> [String] {
        var problems: [String] = []
        do {
            _ = try Period(parsing: values[3].text)
        } catch let error as ModelError {
            problems.append(
                year.map { tr("model.period-invalid", ["text": values[3].text, "forms": Period.forms(in: $0)]) }
                    ?? error.message
            )
        } catch {
            problems.append(tr("storage.not-a-period", ["text": values[3].text]))
        }
        switch (values[5], values[6]) {
        case (.null, .null): problems.append(tr("storage.value-neither"))
        case (.null, _), (_, .null): break
        default: problems.append(tr("storage.value-both"))
        }
        return problems
    }

    private static func refused(_ change: SyncChange, _ problems: [String]) -> StorageError {
        StorageError.invalidData(
            tr(
                "storage.push-refused-row",
                [
                    "table": change.table.sqlName, "key": change.key,
                    "problems": problems.joined(separator: tr("list.semicolon")),
                ]
            )
        )
    }
}
