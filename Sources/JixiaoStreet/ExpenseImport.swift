import JixiaoConsole
import JixiaoModels

/// Maps the records of an expenditures CSV file to checked expenditures.
public enum ExpenseImport {
    /// Checks every record of the file and builds the expenditures.
    ///
    /// - Parameters:
    ///   - records: the file's records, the header first (`CSVReader`).
    ///   - validator: the reference data and the office.
    ///   - vouchers: the vouchers already stored; vouchers repeated within the file are caught too.
    ///   - allowDuplicateVoucher: skip the voucher check.
    ///   - makeID: mints the id of each new expenditure.
    /// - Returns: the plan; every bad row is in its `problems`, not only the first.
    public static func plan(
        records: [CSVRecord],
        validator: ExpenseValidator,
        vouchers: VoucherIndex,
        allowDuplicateVoucher: Bool,
        makeID: () -> String
    ) -> ImportPlan<Expenditure> {
        var plan = ImportPlan<Expenditure>()
        guard let header = records.first else {
            plan.problems = [
                InputProblem(
                    "the file is empty; the first line must name the columns: "
                        + HeaderMap<ExpenseColumn>.expected
                )
            ]
            return plan
        }
        let map: HeaderMap<ExpenseColumn>
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
        var vouchers = vouchers
        for record in records.dropFirst() where !record.isBlank {
            plan.recordCount += 1
            var messages = map.shapeProblems(of: record)
            let input = ExpenseInput(
                project: map.value(.project, in: record),
                category: map.value(.category, in: record),
                fund: map.value(.fund, in: record),
                amount: map.value(.amount, in: record),
                date: map.value(.date, in: record),
                voucher: map.value(.voucher, in: record),
                payee: map.value(.payee, in: record),
                note: map.value(.note, in: record)
            )
            let expenditure = validator.check(input, id: makeID(), problems: &messages)
            if let expenditure, !allowDuplicateVoucher {
                if let owner = vouchers.owner(project: expenditure.project, voucher: expenditure.voucher) {
                    messages.append(
                        VoucherIndex.duplicateMessage(
                            project: expenditure.project,
                            voucher: expenditure.voucher,
                            owner: owner
                        )
                    )
                } else {
                    vouchers.claim(
                        project: expenditure.project,
                        voucher: expenditure.voucher,
                        owner: "line \(record.line)"
                    )
                }
            }
            if messages.isEmpty, let expenditure {
                plan.rows.append(expenditure)
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
}
