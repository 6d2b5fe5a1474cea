import JixiaoConsole
import JixiaoModels

/// Writes indicator values for `street value list` and `street export values`.
///
/// - table: indicator, its name and unit from the reference data, period, value (right-aligned), label, note.
/// - csv: `indicator,period,value,label,note`, the columns `street import values` reads, so an export imports back.
/// - json: an array of objects, keys sorted; a number stays a JSON number, a qualitative grade a string.
public enum ValueListing {
    /// The CSV header.
    public static let csvHeader = ["indicator", "period", "value", "label", "note"]

    /// The values in `format`.
    /// - Parameter reference: names and units for the table.
    public static func render(
        _ rows: [IndicatorValue],
        format: OutputFormat,
        reference: ReferenceData
    ) throws
        -> String
    {
        switch format {
        case .table: return table(rows, reference: reference)
        case .csv: return csv(rows).text
        case .json: return try JSONOutput.string(rows.map(Row.init))
        }
    }

    /// The aligned table.
    public static func table(_ rows: [IndicatorValue], reference: ReferenceData) -> String {
        var table = Table(columns: [
            Table.Column(header: "indicator"), Table.Column(header: "name"), Table.Column(header: "period"),
            Table.Column(header: "value", alignment: .right), Table.Column(header: "unit"),
            Table.Column(header: "label"), Table.Column(header: "note"),
        ])
        let indicators = Dictionary(reference.indicators.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            let indicator = indicators[row.indicator]
            table.append([
                row.indicator, DisplayWidth.truncate(indicator?.name ?? "", to: 24), row.period.description,
                DisplayWidth.truncate(row.value.display, to: 24), indicator?.unit ?? "", row.label,
                DisplayWidth.truncate(row.note, to: 30),
            ])
        }
        return table.render()
    }

    /// The CSV records, header first.
    public static func csv(_ rows: [IndicatorValue], byteOrderMark: Bool = false) -> CSVWriter {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.append(csvHeader)
        for row in rows {
            writer.append([row.indicator, row.period.description, row.value.display, row.label, row.note])
        }
        return writer
    }

    /// One value as JSON.
    struct Row: Encodable {
        var id: String
        var office: String
        var indicator: String
        var period: String
        var value: Reading
        var label: String
        var note: String

        init(_ value: IndicatorValue) {
            id = value.id
            office = value.office
            indicator = value.indicator
            period = value.period.description
            self.value = Reading(value.value)
            label = value.label
            note = value.note
        }
    }

    /// A number as a JSON number, text as a string.
    struct Reading: Encodable {
        var reading: IndicatorReading

        init(_ reading: IndicatorReading) { self.reading = reading }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch reading {
            case .number(let number): try container.encode(number)
            case .text(let text): try container.encode(text)
            }
        }
    }
}
