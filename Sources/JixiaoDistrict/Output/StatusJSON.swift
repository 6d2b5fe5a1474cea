/// `district status --format json`: the period, the summary counts and every row with its missing values.
///
/// Amounts are 元 as plain text (`1500.50`); an office that never synced has `"lastSync": null`.
struct StatusJSON: Encodable {
    struct Row: Encodable {
        var office: String
        var name: String
        var project: String
        var expenditures: Int
        var amount: String
        var valuesReceived: Int
        var valuesExpected: Int
        var missingValues: [String]
        var narrativesPresent: Int
        var narrativesExpected: Int
        var lastSync: Nullable<String>
        var complete: Bool
        var review: String
    }

    /// An optional written as `null` when absent (the synthesized encoding would leave the key out).
    struct Nullable<Wrapped: Encodable>: Encodable {
        var value: Wrapped?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        }
    }

    struct Check: Encodable {
        var kind: String
        var office: Nullable<String>
        var project: String
        var message: String
    }

    var period: String
    var completeOffices: Int
    var expectedOffices: Int
    var summary: String
    var rows: [Row]
    /// Broken validation rules and outliers (they never make a row incomplete).
    var checks: [Check]

    init(_ status: Completeness) {
        period = status.period.description
        completeOffices = status.completeOffices
        expectedOffices = status.expectedOffices
        summary = status.summary
        checks = status.checks.map {
            Check(kind: $0.kind.rawValue, office: Nullable(value: $0.office), project: $0.project, message: $0.message)
        }
        rows = status.rows.map { row in
            Row(
                office: row.office,
                name: row.officeName,
                project: row.project,
                expenditures: row.expenditures.count,
                amount: row.expenditures.total.formattedYuan(grouping: false),
                valuesReceived: row.valuesReceived,
                valuesExpected: row.valuesExpected,
                missingValues: row.missingValues,
                narrativesPresent: row.narrativesPresent,
                narrativesExpected: row.narrativesExpected,
                lastSync: Nullable(value: row.lastSync),
                complete: row.isComplete,
                review: row.review.rawValue
            )
        }
    }
}
