import JixiaoConsole
import JixiaoModels

extension ImportPlan {
    /// Checks a whole import file the way every import does: the header first, then each non-blank record,
    /// collecting every problem rather than stopping at the first.
    ///
    /// Refused before any row is read: an empty file, a bad header, no reference data from the district yet. A file
    /// with a header and no rows is refused too. Left out and said so (`ignored`): a 序号 column, and a last row that
    /// is a total (合计 or 总计 in its first non-empty field). Problems of a workbook's sheet name the sheet and, when the message
    /// is about a column, the cell (`支出!C7: amount "12,3a" is not a number of 元`).
    /// - Parameters:
    ///   - records: the file's records, the header first (`CSVReader`, or `SheetRecords` for a workbook).
    ///   - columns: the import's columns.
    ///   - source: the file's kind, so that problems name lines or cells.
    ///   - reference: the reference data received from the district.
    ///   - progress: told how many records were checked, every `ImportProgress.step` records and at the end.
    ///   - check: checks one record: reads its fields through the header map, appends each problem to the messages
    ///     (which hold the record's shape problems already) and returns the row, or `nil` when it cannot be built.
    /// - Returns: the plan; the rows of records without problems, and every problem of the others.
    static func checking<Column: ImportColumn>(
        records: [CSVRecord],
        columns: Column.Type,
        source: ImportSource,
        reference: ReferenceData,
        progress: (ImportProgress) -> Void = { _ in },
        check: (CSVRecord, HeaderMap<Column>, inout [String]) -> Row?
    ) -> ImportPlan {
        var (plan, map) = checkingUnplaced(
            records: records,
            source: source,
            reference: reference,
            progress: progress,
            check: check
        )
        plan.problems = plan.problems.map { source.placed($0, map: map) }
        return plan
    }

    private static func checkingUnplaced<Column: ImportColumn>(
        records: [CSVRecord],
        source: ImportSource,
        reference: ReferenceData,
        progress: (ImportProgress) -> Void,
        check: (CSVRecord, HeaderMap<Column>, inout [String]) -> Row?
    ) -> (ImportPlan, HeaderMap<Column>?) {
        var plan = ImportPlan()
        guard let header = records.first else {
            plan.problems = [
                InputProblem(
                    tr(
                        "import.empty",
                        ["what": source.noun, "header": source.headerNoun, "columns": HeaderMap<Column>.expected]
                    )
                )
            ]
            return (plan, nil)
        }
        let map: HeaderMap<Column>
        do {
            map = try HeaderMap(header: header)
        } catch {
            plan.problems = (error as? StreetError)?.problems ?? [InputProblem(line: header.line, "\(error)")]
            return (plan, nil)
        }
        if reference.isEmpty {
            plan.problems = [InputProblem(tr("input.nothing-received"))]
            return (plan, map)
        }
        if let serial = map.serialNumber {
            plan.ignored.append(tr("import.ignored-column", ["column": header.fields[serial].trimmed()]))
        }
        var rows = records.dropFirst().filter { !$0.isBlank }
        if let last = rows.last, isTotal(last, map: map) {
            rows.removeLast()
            plan.ignored.append(tr("import.ignored-total", ["place": source.place(last.line)]))
        }
        plan.rows.reserveCapacity(rows.count)
        plan.lines.reserveCapacity(rows.count)
        for record in rows {
            if plan.recordCount % ImportProgress.step == 0 {
                progress(ImportProgress(phase: .checking, rowsDone: plan.recordCount, rowsTotal: rows.count))
            }
            plan.recordCount += 1
            var messages = map.shapeProblems(of: record)
            let row = check(record, map, &messages)
            if messages.isEmpty, let row {
                plan.rows.append(row)
                plan.lines.append(record.line)
            } else {
                plan.badRecordCount += 1
                plan.problems += messages.map { InputProblem(line: record.line, $0) }
            }
        }
        progress(ImportProgress(phase: .checking, rowsDone: rows.count, rowsTotal: rows.count))
        if plan.recordCount == 0 && plan.problems.isEmpty {
            plan.problems = [InputProblem(tr("import.no-rows", ["what": source.noun]))]
        }
        return (plan, map)
    }

    /// Whether `record` is a total row: its first non-empty field (outside the 序号 column) says 合计 or 总计.
    private static func isTotal<Column: ImportColumn>(_ record: CSVRecord, map: HeaderMap<Column>) -> Bool {
        for (index, field) in record.fields.enumerated() where index != map.serialNumber {
            let text = field.trimmed().filter { $0 != " " && $0 != "\u{3000}" && $0 != ":" && $0 != "：" }
            if text.isEmpty { continue }
            return text == "合计" || text == "总计" || text.lowercased() == "total"
        }
        return false
    }
}
