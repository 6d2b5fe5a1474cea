import JixiaoModels
import JixiaoStorage

extension OfficeService {
    /// Records a new expenditure.
    /// - Parameters:
    ///   - input: the fields as typed.
    ///   - allowDuplicateVoucher: accept a voucher number the project already has.
    /// - Returns: the stored expenditure, with its new id.
    /// - Throws: `StreetError.refused` listing every problem; nothing is stored then.
    public func addExpenditure(_ input: ExpenditureInput, allowDuplicateVoucher: Bool = false) throws -> Expenditure {
        let validator = ExpenditureValidator(reference: try reference(), office: try office())
        let expenditure = try checked(input, id: StreetWriter.newID(), validator: validator, allowDuplicateVoucher)
        try database.write { writer in try writer.insert(expenditure) }
        return expenditure
    }

    /// Changes some fields of an expenditure; the result is checked like a new one.
    /// - Parameters:
    ///   - id: the id, or a unique prefix of it (as `street expense list` shows).
    ///   - edit: the fields to change.
    /// - Returns: the expenditure as stored now.
    /// - Throws: `StreetError.notFound`, or `StreetError.refused` listing every problem.
    public func editExpenditure(
        id: String,
        _ edit: ExpenditureEdit,
        allowDuplicateVoucher: Bool = false
    ) throws
        -> Expenditure
    {
        let current = try expenditure(matching: id)
        guard !edit.isEmpty else {
            throw StreetError.refused([
                InputProblem(tr("street.expense.nothing-to-change"))
            ])
        }
        let projectChanged = edit.project.map { $0.trimmed() != current.project } ?? false
        let input = ExpenditureInput(
            project: edit.project ?? current.project,
            category: edit.category ?? current.category,
            fund: edit.fund ?? (projectChanged ? "" : current.fund),
            amount: edit.amount ?? current.amount.formattedYuan(grouping: false),
            date: edit.date ?? current.date,
            voucher: edit.voucher ?? current.voucher,
            payee: edit.payee ?? current.payee,
            note: edit.note ?? current.note
        )
        let validator = ExpenditureValidator(reference: try reference(), office: current.office)
        // A voucher already accepted as a duplicate is not refused again when only other fields change.
        let voucherMoved = input.voucher.trimmed() != current.voucher || input.project.trimmed() != current.project
        let updated = try checked(
            input,
            id: current.id,
            validator: validator,
            allowDuplicateVoucher || !voucherMoved
        )
        try database.write { writer in try writer.update(updated) }
        return updated
    }

    /// Deletes an expenditure (the district deletes its copy at the next sync).
    /// - Parameter id: the id, or a unique prefix of it.
    /// - Returns: the deleted expenditure.
    public func deleteExpenditure(id: String) throws -> Expenditure {
        let current = try expenditure(matching: id)
        try database.write { writer in try writer.deleteExpenditure(id: current.id) }
        return current
    }

    /// Expenditures, optionally of one project and within one period (`2021`, `2021Q2`, `2021-06`).
    public func expenditures(project: String? = nil, period: Period? = nil) throws -> [Expenditure] {
        var projectCode: String?
        if let project { projectCode = try requireProjectCode(project, in: try reference()) }
        return try database.expenditures(project: projectCode, period: period)
    }

    /// The expenditure whose id is `id` or starts with it (at least 4 characters).
    /// - Throws: `StreetError.notFound` when none or several match.
    public func expenditure(matching id: String) throws -> Expenditure {
        let key = id.trimmed().lowercased()
        if let exact = try database.expenditure(id: key) { return exact }
        guard key.count >= 4, key.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw StreetError.notFound(tr("street.expense.not-found", ["id": id]))
        }
        let ids = try database.expenditureIDs(prefix: key, limit: 3)
        guard ids.count == 1, let found = try database.expenditure(id: ids[0]) else {
            if ids.isEmpty { throw StreetError.notFound(tr("street.expense.not-found", ["id": id])) }
            throw StreetError.notFound(tr("street.expense.id-ambiguous", ["id": id]))
        }
        return found
    }

    /// Validates `input` and the voucher rule.
    private func checked(
        _ input: ExpenditureInput,
        id: String,
        validator: ExpenditureValidator,
        _ allowDuplicateVoucher: Bool
    ) throws -> Expenditure {
        var problems: [String] = []
        let expenditure = validator.check(input, id: id, problems: &problems)
        if let expenditure, !allowDuplicateVoucher, !expenditure.voucher.isEmpty,
            let owner = try database.voucherOwner(
                expenditure.voucher,
                project: expenditure.project,
                year: Self.year(of: expenditure),
                excluding: id
            )
        {
            problems.append(
                VoucherIndex.duplicateMessage(
                    project: expenditure.project,
                    voucher: expenditure.voucher,
                    owner: tr("noun.expenditure-id", ["id": owner])
                )
            )
        }
        guard let expenditure, problems.isEmpty else { throw StreetError.refused(problems.map { InputProblem($0) }) }
        return expenditure
    }

    /// Every stored voucher, for an import's duplicate check.
    func storedVouchers() throws -> VoucherIndex {
        VoucherIndex(
            existing: try database.vouchers().map {
                (project: $0.project, year: $0.year, voucher: $0.voucher, id: $0.id)
            }
        )
    }

    /// The year of a checked expenditure's ISO date (vouchers are unique per project and year).
    static func year(of expenditure: Expenditure) -> Int { Int(expenditure.date.prefix(4)) ?? 0 }
}
