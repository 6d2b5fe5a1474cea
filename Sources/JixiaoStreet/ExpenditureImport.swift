import JixiaoConsole
import JixiaoModels

/// Maps the records of an expenditures file (CSV or a sheet) to checked expenditures.
public enum ExpenditureImport {
    /// Checks every record of the file and builds the expenditures.
    ///
    /// - Parameters:
    ///   - records: the file's records, the header first (`CSVReader`, or `SheetRecords` for a workbook).
    ///   - source: the file's kind, so that problems name lines or cells.
    ///   - validator: the reference data and the office.
    ///   - vouchers: the vouchers already stored; vouchers repeated within the file are caught too.
    ///   - allowDuplicateVoucher: skip the voucher check.
    ///   - progress: told how far the checking has got.
    ///   - makeID: mints the id of each new expenditure (a row with an `id` keeps it: an export imported back).
    /// - Returns: the plan; every bad row is in its `problems`, not only the first.
    public static func plan(
        records: [CSVRecord],
        source: ImportSource = .csv(.utf8),
        validator: ExpenditureValidator,
        vouchers: VoucherIndex,
        allowDuplicateVoucher: Bool,
        progress: (ImportProgress) -> Void = { _ in },
        makeID: () -> String
    ) -> ImportPlan<Expenditure> {
        var vouchers = vouchers
        if !allowDuplicateVoucher { vouchers.reserveCapacity(records.count) }
        var ids: [String: Int] = [:]
        return .checking(
            records: records,
            columns: ExpenditureColumn.self,
            source: source,
            reference: validator.reference,
            progress: progress
        ) { record, map, messages in
            let input = ExpenditureInput(
                project: map.value(.project, in: record),
                category: map.value(.category, in: record),
                fund: map.value(.fund, in: record),
                amount: map.value(.amount, in: record),
                date: map.value(.date, in: record),
                voucher: map.value(.voucher, in: record),
                payee: map.value(.payee, in: record),
                note: map.value(.note, in: record)
            )
            let id = map.value(.id, in: record).lowercased()
            if !id.isEmpty {
                if !Self.isID(id) {
                    messages.append(tr("import.id-not-ours", ["id": id]))
                } else if let earlier = ids[id] {
                    messages.append(tr("import.id-twice", ["id": id, "place": source.place(earlier)]))
                } else {
                    ids[id] = record.line
                }
            }
            let expenditure = validator.check(input, id: id.isEmpty ? makeID() : id, problems: &messages)
            if let expenditure, !allowDuplicateVoucher {
                let owner = vouchers.claim(
                    project: expenditure.project,
                    year: OfficeService.year(of: expenditure),
                    voucher: expenditure.voucher,
                    owner: source.place(record.line)
                )
                // An export imported back names its own stored row.
                if let owner, owner != .stored(id: expenditure.id) {
                    messages.append(
                        VoucherIndex.duplicateMessage(
                            project: expenditure.project,
                            voucher: expenditure.voucher,
                            owner: owner.description
                        )
                    )
                }
            }
            return expenditure
        }
    }

    /// Whether `text` is an id as Jixiao mints them: a lowercase UUID.
    static func isID(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            switch index {
            case 8, 13, 18, 23:
                guard byte == UInt8(ascii: "-") else { return false }
            default:
                guard (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte) else { return false }
            }
        }
        return true
    }
}
