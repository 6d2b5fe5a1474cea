import JixiaoConsole
import JixiaoModels
import JixiaoStorage

/// What an import did (or, for a dry run, would do).
public struct ImportSummary: Hashable, Sendable {
    /// Rows stored (or that would be).
    public var rows: Int
    /// The encoding the file was read in.
    public var encoding: TextDecoding.Encoding
    /// Whether nothing was written.
    public var dryRun: Bool

    public init(rows: Int, encoding: TextDecoding.Encoding, dryRun: Bool) {
        self.rows = rows
        self.encoding = encoding
        self.dryRun = dryRun
    }
}

extension OfficeService {
    /// Imports expenditures from the bytes of a CSV file, all or nothing, in one transaction.
    /// - Parameters:
    ///   - bytes: the file (UTF-8, UTF-8 with BOM or GB18030; detected).
    ///   - dryRun: check everything, store nothing.
    ///   - allowDuplicateVoucher: accept voucher numbers used before in the same project.
    /// - Throws: `StreetError.refused` listing every bad row; nothing is stored then.
    public func importExpenses(
        bytes: [UInt8],
        dryRun: Bool = false,
        allowDuplicateVoucher: Bool = false
    ) throws
        -> ImportSummary
    {
        let (records, encoding) = try Self.records(bytes)
        let plan = ExpenseImport.plan(
            records: records,
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
        return ImportSummary(rows: rows.count, encoding: encoding, dryRun: dryRun)
    }

    /// Imports indicator values from the bytes of a CSV file, all or nothing, in one transaction. A value that
    /// exists (same indicator, period and label) is replaced, keeping its id.
    /// - Throws: `StreetError.refused` listing every bad row; nothing is stored then.
    public func importValues(bytes: [UInt8], dryRun: Bool = false) throws -> ImportSummary {
        let (records, encoding) = try Self.records(bytes)
        let plan = ValueImport.plan(
            records: records,
            validator: ValueValidator(reference: try reference(), office: try office())
        )
        let rows = try plan.accepted()
        if !dryRun {
            let office = try office()
            try database.write { writer in
                for row in rows { try writer.set(row.value(id: StreetWriter.newID(), office: office)) }
            }
        }
        return ImportSummary(rows: rows.count, encoding: encoding, dryRun: dryRun)
    }

    private static func records(_ bytes: [UInt8]) throws -> ([CSVRecord], TextDecoding.Encoding) {
        do {
            let (text, encoding) = try TextDecoding.decode(bytes)
            return (try CSVReader.records(text: text), encoding)
        } catch let error as ConsoleError {
            throw StreetError.refused(
                [InputProblem(line: error.line, error.message)],
                summary: "import refused; nothing was stored"
            )
        }
    }
}
