import JixiaoConsole
import JixiaoModels

extension Completeness {
    /// The status table: one line per office × project, money as `format` writes it (`Money.formatted(for:)`), the
    /// last sync as `times` shows it (`nil`: the stored ISO 8601 text, for CSV).
    public func table(for format: OutputFormat = .table, times: DisplayTime? = DisplayTime()) -> Table {
        var table = Table(
            columns: [
                Table.Column(header: "office"), Table.Column(header: "name"), Table.Column(header: "project"),
                Table.Column(header: "expenditures", alignment: .right),
                Table.Column(header: "amount", alignment: .right), Table.Column(header: "values", alignment: .right),
                Table.Column(header: "narratives", alignment: .right), Table.Column(header: "last_sync"),
                Table.Column(header: "complete"), Table.Column(header: "review"),
            ],
            titleRule: false
        )
        // CSV keeps its English words, as it keeps its field names.
        let (never, yes, no) =
            format == .table ? (tr("cell.never"), tr("cell.yes"), tr("cell.no")) : ("never", "yes", "no")
        for row in rows {
            table.append([
                row.office, row.officeName, row.project, String(row.expenditures.count),
                row.expenditures.total.formatted(for: format),
                "\(row.valuesReceived)/\(row.valuesExpected)",
                row.narrativesExpected > 0
                    ? "\(row.narrativesPresent)/\(row.narrativesExpected)" : "\(row.narrativesPresent)",
                row.lastSync.map { times?.string(fromStored: $0) ?? $0 } ?? never, row.isComplete ? yes : no,
                format == .table ? row.review.localizedName : row.review.rawValue,
            ])
        }
        return table
    }

    /// The status in `format`: the table followed by the summary line; CSV; or JSON with the period, the summary
    /// counts and every row with its missing values. The table shows times as `times` does; CSV and JSON, machine
    /// formats, keep the stored ISO 8601 text with its offset.
    /// - Throws: `EncodingError` only if JSON encoding fails, which it does not for these values.
    public func render(_ format: OutputFormat, times: DisplayTime = DisplayTime()) throws -> String {
        switch format {
        case .table: table(times: times).render() + summary + "\n" + missingLines() + checkLines()
        case .csv: table(for: .csv, times: nil).csv().text
        case .json: try JSONOutput.string(StatusJSON(self))
        }
    }
}

extension Completeness {
    /// Under the table: the broken validation rules and the outliers, one per line, by project and office.
    func checkLines() -> String {
        guard !checks.isEmpty else { return "" }
        let lines = checks.map { "  \($0.office ?? "-") \($0.project): \($0.message)" }
        return ([tr("checks.status.heading")] + lines).joined(separator: "\n") + "\n"
    }
}

extension Completeness {
    /// The most missing values named per line of the table view; `--format json` lists them all.
    static let missingShown = 6

    /// Under the table: per incomplete office × project, what is missing (values by code and period, narratives,
    /// a sync), so the table view says what the office still owes, not only that it owes something.
    func missingLines() -> String {
        let incomplete = rows.filter { !$0.isComplete }
        guard !incomplete.isEmpty else { return "" }
        var lines = [tr("district.status.missing")]
        for row in incomplete {
            var parts: [String] = []
            if row.lastSync == nil { parts.append(tr("district.status.never-synced")) }
            if !row.missingValues.isEmpty {
                let shown = row.missingValues.prefix(Self.missingShown).joined(separator: ", ")
                let more = row.missingValues.count - Self.missingShown
                let count = row.missingValues.count
                let words = ["count": tr("count.value", ["n": "\(count)"]), "shown": shown, "more": "\(more)"]
                parts.append(
                    more > 0
                        ? tr("district.status.missing-values-more", words) : tr("district.status.missing-values", words)
                )
            }
            if row.narrativesPresent < row.narrativesExpected {
                let owed = row.narrativesExpected - row.narrativesPresent
                parts.append(
                    tr("district.status.missing-narratives", ["owed": "\(owed)", "n": "\(row.narrativesExpected)"])
                )
            }
            lines.append("  \(row.office) \(row.project): " + parts.joined(separator: tr("district.status.separator")))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Listings of what offices sent, for `district expenses list` and `district values list`.
public enum ReceivedListing {
    /// Expenditures: office, project, category, fund, amount (元, as `format` writes money), date, voucher, payee,
    /// note, id.
    public static func expenditures(_ items: [Expenditure], for format: OutputFormat = .table) -> Table {
        var table = Table(
            columns: [
                Table.Column(header: "office"), Table.Column(header: "project"), Table.Column(header: "category"),
                Table.Column(header: "fund"), Table.Column(header: "amount", alignment: .right),
                Table.Column(header: "date"), Table.Column(header: "voucher"), Table.Column(header: "payee"),
                Table.Column(header: "note"), Table.Column(header: "id"),
            ],
            titleRule: false
        )
        for item in items {
            table.append([
                item.office, item.project, item.category, item.fund, item.amount.formatted(for: format),
                item.date,
                item.voucher, item.payee, item.note, item.id,
            ])
        }
        return table
    }

    /// Indicator values: office, indicator, period, label, value, note, id.
    public static func values(_ items: [IndicatorValue]) -> Table {
        var table = Table(
            columns: [
                Table.Column(header: "office"), Table.Column(header: "indicator"), Table.Column(header: "period"),
                Table.Column(header: "label"), Table.Column(header: "value", alignment: .right),
                Table.Column(header: "note"), Table.Column(header: "id"),
            ],
            titleRule: false
        )
        for item in items {
            table.append([
                item.office, item.indicator, item.period.description, item.label, item.value.display, item.note,
                item.id,
            ])
        }
        return table
    }
}

extension VerifyService.Report {
    /// One line per office: rows held, the maintained, recomputed and agreed digests, and the verdict.
    public func table() -> Table {
        var table = Table(
            columns: [
                Table.Column(header: "office"), Table.Column(header: "expenditures", alignment: .right),
                Table.Column(header: "values", alignment: .right),
                Table.Column(header: "narratives", alignment: .right), Table.Column(header: "digest"),
                Table.Column(header: "agreed"), Table.Column(header: "verdict"),
            ],
            titleRule: false
        )
        for office in offices {
            table.append([
                office.office, String(office.expenditures), String(office.values), String(office.narratives),
                office.current.description, office.agreed?.description ?? "-", office.verdict,
            ])
        }
        return table
    }
}
