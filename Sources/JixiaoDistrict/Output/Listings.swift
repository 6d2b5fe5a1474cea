import JixiaoModels

extension Completeness {
    /// The status table: one line per office × project.
    public func listing() -> Listing {
        Listing(
            columns: [
                "office", "name", "project", "expenditures", "amount", "values", "narratives", "last_sync", "complete",
            ],
            numeric: ["expenditures", "amount", "values", "narratives"],
            rows: rows.map { row in
                [
                    row.office, row.officeName, row.project, String(row.expenditures.count),
                    row.expenditures.total.formattedYuan(grouping: false),
                    "\(row.valuesReceived)/\(row.valuesExpected)",
                    row.narrativesExpected > 0
                        ? "\(row.narrativesPresent)/\(row.narrativesExpected)" : "\(row.narrativesPresent)",
                    row.lastSync ?? "never", row.isComplete ? "yes" : "no",
                ]
            }
        )
    }

    /// The status as JSON: the period, the summary counts and every row with its missing values.
    public func jsonText() -> String {
        let rowValues: [JSONWriter.Value] = rows.map { row in
            .object([
                ("office", .string(row.office)), ("name", .string(row.officeName)), ("project", .string(row.project)),
                ("expenditures", .integer(row.expenditures.count)),
                ("amount", .string(row.expenditures.total.formattedYuan(grouping: false))),
                ("valuesReceived", .integer(row.valuesReceived)), ("valuesExpected", .integer(row.valuesExpected)),
                ("missingValues", .array(row.missingValues.map { .string($0) })),
                ("narrativesPresent", .integer(row.narrativesPresent)),
                ("narrativesExpected", .integer(row.narrativesExpected)),
                ("lastSync", row.lastSync.map { .string($0) } ?? .null), ("complete", .bool(row.isComplete)),
            ])
        }
        return JSONWriter.write(
            .object([
                ("period", .string(period.description)), ("completeOffices", .integer(completeOffices)),
                ("expectedOffices", .integer(expectedOffices)), ("summary", .string(summary)),
                ("rows", .array(rowValues)),
            ])
        )
    }
}

/// Listings of what offices sent, for `district expenses list` and `district values list`.
public enum ReceivedListing {
    /// Expenditures: office, project, category, fund, amount (元), date, voucher, payee, note, id.
    public static func expenditures(_ items: [Expenditure]) -> Listing {
        Listing(
            columns: ["office", "project", "category", "fund", "amount", "date", "voucher", "payee", "note", "id"],
            numeric: ["amount"],
            rows: items.map {
                [
                    $0.office, $0.project, $0.category, $0.fund, $0.amount.formattedYuan(grouping: false), $0.date,
                    $0.voucher,
                    $0.payee, $0.note, $0.id,
                ]
            }
        )
    }

    /// Indicator values: office, indicator, period, label, value, note, id.
    public static func values(_ items: [IndicatorValue]) -> Listing {
        Listing(
            columns: ["office", "indicator", "period", "label", "value", "note", "id"],
            numeric: ["value"],
            rows: items.map {
                [$0.office, $0.indicator, $0.period.description, $0.label, $0.value.display, $0.note, $0.id]
            }
        )
    }
}

extension VerifyService.Report {
    /// One line per office: rows held, the maintained, recomputed and agreed digests, and the verdict.
    public func listing() -> Listing {
        Listing(
            columns: ["office", "expenditures", "values", "narratives", "digest", "agreed", "verdict"],
            numeric: ["expenditures", "values", "narratives"],
            rows: offices.map {
                [
                    $0.office, String($0.expenditures), String($0.values), String($0.narratives),
                    $0.current.description,
                    $0.agreed?.description ?? "-", $0.verdict,
                ]
            }
        )
    }
}
