import JixiaoConsole
import JixiaoModels
import JixiaoStorage

/// What an import did (or, for a dry run, would do).
public struct ImportSummary: Hashable, Sendable {
    /// Rows stored (or that would be).
    public var rows: Int
    /// The encoding the file was read in (UTF-8 for a workbook, whose XML is).
    public var encoding: TextDecoding.Encoding
    /// The sheet read, for an .xlsx workbook; `nil` for a CSV file.
    public var sheet: String?
    /// Whether nothing was written.
    public var dryRun: Bool

    public init(rows: Int, encoding: TextDecoding.Encoding, sheet: String? = nil, dryRun: Bool) {
        self.rows = rows
        self.encoding = encoding
        self.sheet = sheet
        self.dryRun = dryRun
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
    /// Imports expenditures from the bytes of a CSV file or an .xlsx workbook, all or nothing, in one transaction.
    /// - Parameters:
    ///   - bytes: the file: a workbook (told by its content), or CSV text in UTF-8, UTF-8 with BOM or GB18030
    ///     (detected).
    ///   - fileName: the file's name, for a clearer refusal of a damaged `.xlsx`; `nil` when unknown.
    ///   - sheet: the sheet of a workbook to read; `nil` for the first visible one.
    ///   - dryRun: check everything, store nothing.
    ///   - allowDuplicateVoucher: accept voucher numbers used before in the same project.
    /// - Throws: `StreetError.refused` listing every bad row; nothing is stored then.
    public func importExpenses(
        bytes: [UInt8],
        fileName: String? = nil,
        sheet: String? = nil,
        dryRun: Bool = false,
        allowDuplicateVoucher: Bool = false
    ) throws
        -> ImportSummary
    {
        let file = try ImportFile.read(bytes, fileName: fileName, sheet: sheet, columns: ExpenseColumn.self)
        let plan = ExpenseImport.plan(
            records: file.records,
            source: file.source,
            validator: ExpenseValidator(reference: try reference(), office: try office()),
            vouchers: allowDuplicateVoucher ? VoucherIndex() : try storedVouchers(),
            allowDuplicateVoucher: allowDuplicateVoucher,
            makeID: StreetWriter.newID
        )
        let rows = try plan.accepted()
        if !dryRun {
            try database.write { writer in
                for row in rows { try writer.insert(row) }
            }
        }
        return ImportSummary(rows: rows.count, source: file.source, dryRun: dryRun)
    }

    /// Imports indicator values from the bytes of a CSV file or an .xlsx workbook, all or nothing, in one
    /// transaction. A value that exists (same indicator, period and label) is replaced, keeping its id.
    /// - Parameters: as `importExpenses`.
    /// - Throws: `StreetError.refused` listing every bad row; nothing is stored then.
    public func importValues(
        bytes: [UInt8],
        fileName: String? = nil,
        sheet: String? = nil,
        dryRun: Bool = false
    ) throws -> ImportSummary {
        let file = try ImportFile.read(bytes, fileName: fileName, sheet: sheet, columns: ValueColumn.self)
        let plan = ValueImport.plan(
            records: file.records,
            source: file.source,
            validator: ValueValidator(reference: try reference(), office: try office())
        )
        let rows = try plan.accepted()
        if !dryRun {
            let office = try office()
            try database.write { writer in
                for row in rows { try writer.set(row.value(id: StreetWriter.newID(), office: office)) }
            }
        }
        return ImportSummary(rows: rows.count, source: file.source, dryRun: dryRun)
    }
}
