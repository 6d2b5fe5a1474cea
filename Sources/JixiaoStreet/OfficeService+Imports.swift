import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoStorage

/// What an import did (or, for a dry run, would do).
public struct ImportSummary: Hashable, Sendable {
    /// Rows accepted: new, changed and unchanged together.
    public var rows: Int
    /// Of those, rows that replace a stored row that differs (same id, or for values the same key).
    public var changed = 0
    /// Of those, rows identical to a stored row, left alone (an export imported back).
    public var unchanged = 0
    /// What the file had that was left out on purpose: `the 序号 column`, `the total row (line 12)`.
    public var ignored: [String] = []
    /// The encoding the file was read in (UTF-8 for a workbook, whose XML is).
    public var encoding: TextDecoding.Encoding
    /// The sheet read, for an .xlsx workbook; `nil` for a CSV file.
    public var sheet: String?
    /// Whether nothing was written.
    public var dryRun: Bool
    /// What the clerk should know although the import went through, one line each
    /// (`12 of 20 expenditures have no voucher number: …`).
    public var warnings: [String] = []

    public init(rows: Int, encoding: TextDecoding.Encoding, sheet: String? = nil, dryRun: Bool) {
        self.rows = rows
        self.encoding = encoding
        self.sheet = sheet
        self.dryRun = dryRun
    }

    /// `1 new, 2 unchanged`; empty when every row is new.
    public var breakdown: String {
        guard changed > 0 || unchanged > 0 else { return "" }
        let new = rows - changed - unchanged
        return [(new, "new"), (changed, "changed"), (unchanged, "unchanged")].filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    /// `ignored the 序号 column and the total row (line 12)`; empty when nothing was left out.
    public var ignoredNote: String {
        guard !ignored.isEmpty else { return "" }
        return "ignored " + ignored.joined(separator: " and ")
    }

    /// What was read: `GB18030` for a CSV file, `sheet 支出` for a workbook.
    public var format: String { sheet.map { "sheet \($0)" } ?? encoding.rawValue }

    init(rows: Int, source: ImportSource, dryRun: Bool) {
        switch source {
        case .csv(let encoding): self.init(rows: rows, encoding: encoding, dryRun: dryRun)
        case .sheet(let name): self.init(rows: rows, encoding: .utf8, sheet: name, dryRun: dryRun)
        }
    }
}

extension OfficeService {
    /// The year of an ISO date (`2021-03-05` → 2021), `nil` when it does not start with one.
    static func year(of date: String) -> Int? {
        guard date.count >= 5, date.dropFirst(4).first == "-" else { return nil }
        return Int(date.prefix(4))
    }

    /// Imports expenditures from the bytes of a CSV file or an .xlsx workbook, all or nothing, in one transaction.
    /// - Parameters:
    ///   - bytes: the file: a workbook (told by its content), or CSV text in UTF-8, UTF-8 with BOM or GB18030
    ///     (detected).
    ///   - fileName: the file's name, for a clearer refusal of a damaged `.xlsx`; `nil` when unknown.
    ///   - sheet: the sheet of a workbook to read; `nil` for the first visible one.
    ///   - dryRun: check everything, store nothing.
    ///   - allowDuplicateVoucher: accept voucher numbers used before in the same project.
    ///   - again: import a file whose content was imported before (`--again`); refused otherwise, because its
    ///     expenditures would be counted twice.
    ///   - progress: told how far the import has got (reading, checking, storing), every thousand rows or so.
    /// - Throws: `StreetError.refused` listing every bad row, or naming the earlier import of the same content;
    ///   nothing is stored then.
    public func importExpenditures(
        bytes: [UInt8],
        fileName: String? = nil,
        sheet: String? = nil,
        dryRun: Bool = false,
        allowDuplicateVoucher: Bool = false,
        again: Bool = false,
        progress: (ImportProgress) -> Void = { _ in }
    ) throws
        -> ImportSummary
    {
        let record = try checkNotImported(bytes, kind: .expenses, fileName: fileName, again: again)
        progress(ImportProgress(phase: .reading, rowsDone: 0, rowsTotal: 0))
        let file = try ImportFile.read(bytes, fileName: fileName, sheet: sheet, columns: ExpenditureColumn.self)
        let plan = ExpenditureImport.plan(
            records: file.records,
            source: file.source,
            validator: ExpenditureValidator(reference: try reference(), office: try office()),
            vouchers: allowDuplicateVoucher ? VoucherIndex() : try storedVouchers(),
            allowDuplicateVoucher: allowDuplicateVoucher,
            progress: progress,
            makeID: StreetWriter.idMinter()
        )
        let rows = try plan.accepted()
        var changed: [Expenditure] = []
        var new: [Expenditure] = []
        // Only a file with an id column (an export) can name stored rows; the others are all new.
        let header = file.records.first.flatMap { try? HeaderMap<ExpenditureColumn>(header: $0) }
        let namesIDs = header?.positions[.id] != nil
        let stored = namesIDs ? try database.expenditures(ids: rows.map(\.id)) : [:]
        if stored.isEmpty {
            new = rows
        } else {
            for row in rows {
                if let stored = stored[row.id] {
                    if stored != row { changed.append(row) }
                } else {
                    new.append(row)
                }
            }
        }
        if !dryRun {
            let total = new.count + changed.count
            try database.write { writer in
                try writer.insert(contentsOf: new) { done in
                    progress(ImportProgress(phase: .storing, rowsDone: done, rowsTotal: total))
                }
                for (index, row) in changed.enumerated() {
                    try writer.update(row)
                    if (index + 1) % ImportProgress.step == 0 || index + 1 == changed.count {
                        progress(ImportProgress(phase: .storing, rowsDone: new.count + index + 1, rowsTotal: total))
                    }
                }
                try writer.recordImport(record(rows.count))
            }
        }
        var summary = ImportSummary(rows: rows.count, source: file.source, dryRun: dryRun)
        // A new row without a voucher number cannot be told from the same row imported again.
        let unnumbered = new.filter { $0.voucher.isEmpty }.count
        if unnumbered > 0 {
            summary.warnings.append(
                tr("import.no-voucher-warning", ["n": "\(unnumbered)", "total": "\(rows.count)"])
            )
        }
        summary.changed = changed.count
        summary.ignored = plan.ignored
        summary.unchanged = rows.count - new.count - changed.count
        summary.warnings += try ruleWarnings(
            values: { try database.values() },
            expenditures: {
                let stored = try database.expenditures()
                guard dryRun else { return stored }
                let replaced = Set(changed.map(\.id))
                return stored.filter { !replaced.contains($0.id) } + new + changed
            },
            touched: Set(rows.compactMap { row in Self.year(of: row.date).map { YearKey(row.project, $0) } })
        )
        return summary
    }

    /// Imports indicator values from the bytes of a CSV file or an .xlsx workbook, all or nothing, in one
    /// transaction. A value that exists (same indicator, period and label) is replaced, keeping its id.
    /// - Parameters: as `importExpenditures`; `again` imports a file whose content was imported before; `progress`
    ///   is told how far the import has got.
    /// - Throws: `StreetError.refused` listing every bad row, or naming the earlier import of the same content;
    ///   nothing is stored then.
    public func importValues(
        bytes: [UInt8],
        fileName: String? = nil,
        sheet: String? = nil,
        dryRun: Bool = false,
        again: Bool = false,
        progress: (ImportProgress) -> Void = { _ in }
    ) throws -> ImportSummary {
        let record = try checkNotImported(bytes, kind: .values, fileName: fileName, again: again)
        progress(ImportProgress(phase: .reading, rowsDone: 0, rowsTotal: 0))
        let file = try ImportFile.read(bytes, fileName: fileName, sheet: sheet, columns: ValueColumn.self)
        let plan = ValueImport.plan(
            records: file.records,
            source: file.source,
            validator: ValueValidator(reference: try reference(), office: try office()),
            progress: progress
        )
        let rows = try plan.accepted()
        let office = try office()
        var stored: [ValueImport.ValueKey: IndicatorValue] = [:]
        for value in try database.values() {
            stored[ValueImport.ValueKey(indicator: value.indicator, period: value.period, label: value.label)] = value
        }
        var changed = 0
        var writes: [CheckedValue] = []
        for row in rows {
            let key = ValueImport.ValueKey(indicator: row.indicator, period: row.period, label: row.label)
            if let existing = stored[key] {
                guard existing.value != row.reading || existing.note != row.note else { continue }
                changed += 1
            }
            writes.append(row)
        }
        if !dryRun {
            try database.write { writer in
                for (index, row) in writes.enumerated() {
                    if index % ImportProgress.step == 0 {
                        progress(ImportProgress(phase: .storing, rowsDone: index, rowsTotal: writes.count))
                    }
                    try writer.set(row.value(id: "", office: office))
                }
                progress(ImportProgress(phase: .storing, rowsDone: writes.count, rowsTotal: writes.count))
                try writer.recordImport(record(rows.count))
            }
        }
        var summary = ImportSummary(rows: rows.count, source: file.source, dryRun: dryRun)
        summary.changed = changed
        summary.ignored = plan.ignored
        summary.unchanged = rows.count - writes.count
        var after = stored
        for row in rows {
            let key = ValueImport.ValueKey(indicator: row.indicator, period: row.period, label: row.label)
            after[key] = row.value(id: stored[key]?.id ?? "", office: office)
        }
        let reference = try reference()
        summary.warnings += try ruleWarnings(
            values: { Array(after.values) },
            expenditures: { try database.expenditures() },
            touched: Set(
                Set(rows.map { YearKey($0.indicator, $0.period.year) }).compactMap { key in
                    reference.indicator(key.code, year: key.year).map { YearKey($0.project, $0.year) }
                }
            )
        )
        return summary
    }

    /// Refuses a file whose content was imported before as the same kind, unless `again`.
    /// - Returns: the record of this import, given its row count, to store with the rows.
    private func checkNotImported(
        _ bytes: [UInt8],
        kind: ImportKind,
        fileName: String?,
        again: Bool
    ) throws -> (Int) -> ImportedFile {
        let hash = ImportedFile.contentHash(bytes)
        let name = fileName ?? tr("import.noun.file")
        if !again, let earlier = try database.importedFile(kind: kind.rawValue, hash: hash) {
            let when = DisplayTime().string(from: earlier.importedAt)
            let same = earlier.name == name ? "" : tr("import.imported-as", ["name": earlier.name])
            throw StreetError.refused(
                [],
                summary: tr(
                    "import.already-imported",
                    [
                        "name": name, "as": same, "when": when, "rows": counted(earlier.rows, kind.noun),
                        "consequence": kind.consequence,
                    ]
                )
            )
        }
        let now = Date()
        return { rows in ImportedFile(kind: kind.rawValue, hash: hash, name: name, rows: rows, importedAt: now) }
    }
}

/// The two kinds of `street import`, as recorded in the office's list of imported files.
enum ImportKind: String {
    case expenses, values

    /// What a row is called.
    var noun: String { self == .expenses ? "expenditure" : "indicator value" }  // english: count.NOUN keys

    /// Why importing the same content twice is refused.
    var consequence: String {
        switch self {
        case .expenses: tr("import.again-expenses")
        case .values: tr("import.again-values")
        }
    }
}
