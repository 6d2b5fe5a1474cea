import JixiaoConsole
import JixiaoModels

/// Writes expenditures for `street expense list` and `street export expenses`.
///
/// - table: for people; ids shortened to 8 characters (commands accept any unique prefix), long text cut, money
///   in 元 with thousands separators, right-aligned, and a total line.
/// - csv: `id,project,category,fund,amount,date,voucher,payee,note`, amounts `1234.56` without separators so that
///   Excel reads them as numbers.
/// - json: an array of objects, keys sorted, amounts as `{"fen": 123456, "yuan": "1234.56"}`.
public enum ExpenditureListing {
    /// The CSV header.
    public static let csvHeader = ["id", "project", "category", "fund", "amount", "date", "voucher", "payee", "note"]

    /// The expenditures in `format`.
    /// - Throws: `EncodingError` only if JSON encoding fails, which it does not for these rows.
    public static func render(
        _ rows: [Expenditure],
        format: OutputFormat
    ) throws
        -> String
    {
        switch format {
        case .table: return table(rows)
        case .csv: return csv(rows).text
        case .json: return try JSONOutput.string(rows.map(Row.init))
        }
    }

    /// The aligned table, with a total line.
    public static func table(_ rows: [Expenditure]) -> String {
        var table = Table(columns: [
            Table.Column(header: "id"), Table.Column(header: "date"), Table.Column(header: "project"),
            Table.Column(header: "category"), Table.Column(header: "fund"),
            Table.Column(header: "amount", alignment: .right), Table.Column(header: "voucher"),
            Table.Column(header: "payee"), Table.Column(header: "note"),
        ])
        var total = Money.zero
        for row in rows {
            total += row.amount
            table.append([
                String(row.id.prefix(8)), row.date, row.project, row.category, row.fund, row.amount.formattedYuan(),
                DisplayWidth.truncate(row.voucher, to: 16), DisplayWidth.truncate(row.payee, to: 24),
                DisplayWidth.truncate(row.note, to: 30),
            ])
        }
        table.append([tr("cell.total"), tr("cell.items", ["n": "\(rows.count)"]), "", "", "", total.formattedYuan()])
        return table.render()
    }

    /// The CSV records, header first.
    public static func csv(_ rows: [Expenditure], byteOrderMark: Bool = false) -> CSVWriter {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.append(csvHeader)
        for row in rows {
            writer.append([
                row.id, row.project, row.category, row.fund, row.amount.formattedYuan(grouping: false), row.date,
                row.voucher, row.payee, row.note,
            ])
        }
        return writer
    }

    /// One expenditure as JSON.
    struct Row: Encodable {
        var id: String
        var office: String
        var project: String
        var category: String
        var fund: String
        var amount: MoneyJSON
        var date: String
        var voucher: String
        var payee: String
        var note: String

        init(_ expenditure: Expenditure) {
            id = expenditure.id
            office = expenditure.office
            project = expenditure.project
            category = expenditure.category
            fund = expenditure.fund
            amount = MoneyJSON(expenditure.amount)
            date = expenditure.date
            voucher = expenditure.voucher
            payee = expenditure.payee
            note = expenditure.note
        }
    }
}
