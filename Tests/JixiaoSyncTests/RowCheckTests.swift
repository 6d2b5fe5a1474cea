import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import Testing

/// The district checks every pushed row with the rules every office row obeys (`RowRules`), and refuses the whole
/// push naming the row: one buggy or hostile client cannot put a row into the district that breaks a report.
@Suite("The district checks every pushed row")
struct RowCheckTests {
    static func expenditure(
        project: String = "JD2021",
        category: String = "C1",
        fund: String = "F1",
        fen: Int64 = 100,
        date: String = "2021-05-01"
    ) -> SyncChange {
        let id = "bad-expenditure"
        let values = Expenditure(
            id: id,
            office: "wangluyuan",
            project: project,
            category: category,
            fund: fund,
            amount: Money(fen: fen),
            date: date
        ).syncValues
        return SyncChange(table: .expenditures, operation: .upsert, key: id, office: "wangluyuan", values: values)
    }

    static func value(
        indicator: String = "I1",
        period: String = "2021-03",
        number: SyncValue,
        text: SyncValue
    )
        -> SyncChange
    {
        let values: [SyncValue] = [
            .text("bad-value"), .text("wangluyuan"), .text(indicator), .text(period), .text(""), number, text,
            .text(""),
        ]
        return SyncChange(
            table: .indicatorValues,
            operation: .upsert,
            key: "bad-value",
            office: "wangluyuan",
            values: values
        )
    }

    static func narrative(project: String = "JD2021", section: String = "highlights", year: Int64 = 2021) -> SyncChange
    {
        let values: [SyncValue] = [
            .text("bad-note"), .text("wangluyuan"), .text(project), .text(section), .text("文"), .integer(year),
        ]
        return SyncChange(table: .narratives, operation: .upsert, key: "bad-note", office: "wangluyuan", values: values)
    }

    static let cases: [(SyncChange, String)] = [
        (
            expenditure(project: "XX2021"),
            "expenditures row \"bad-expenditure\": project \"XX2021\" is not in the district's plan"
        ),
        (expenditure(project: "CLOSED"), "office wangluyuan is not among the offices of project CLOSED"),
        (expenditure(category: "C9"), "category \"C9\" is not a category of project JD2021"),
        (expenditure(fund: "F9"), "fund \"F9\" is not a fund of project JD2021"),
        (expenditure(fen: 0), "amount is zero"),
        (expenditure(fen: 1 << 62), "is beyond ±10,000,000,000.00 元"),
        (expenditure(date: "not a date"), "date \"not a date\" is not an ISO 8601 date"),
        (expenditure(date: "2022-01-01"), "date 2022-01-01 is not in 2021"),
        (value(period: "2099Q9", number: .real(1), text: .null), "period \"2099Q9\" is not a year"),
        (value(period: "2099Q4", number: .real(1), text: .null), "period 2099Q4 is not in 2021"),
        (value(number: .real(1), text: .text("多")), "it carries both a number and a text"),
        (value(number: .null, text: .null), "it carries neither a number nor a text"),
        (value(number: .real(.nan), text: .null), "value of indicator I1 is not a finite number"),
        (value(number: .real(.infinity), text: .null), "value of indicator I1 is not a finite number"),
        (value(number: .real(-.infinity), text: .null), "value of indicator I1 is not a finite number"),
        (value(number: .null, text: .text("很好")), "indicator I1 is quantitative: its value is a number, not text"),
        (value(indicator: "I99", number: .real(1), text: .null), "indicator \"I99\" is not in the district's plan"),
        // The plan's entry rules (RowRules.entryProblems), the same the office's validator applies.
        (
            value(period: "2021Q1", number: .real(3), text: .null),
            "indicator_values row \"bad-value\": period 2021Q1 is a quarter, but indicator I1 is reported by month "
                + "in the plan (2021-01 … 2021-12)"
        ),
        (
            value(period: "2021", number: .real(20), text: .null),
            "period 2021 is a year, but indicator I1 is reported by month in the plan (2021-01 … 2021-12)"
        ),
        (
            value(indicator: "F1", number: .real(50), text: .null),
            "indicator F1 is computed by its formula (I1 / I2 * 100): offices report no value for it"
        ),
        (
            value(indicator: "Q1", period: "2021", number: .null, text: .text("很好")),
            "value \"很好\" of indicator Q1 is not a grade: use one of 达成 (优), 部分达成 (基本达成, 良, 中), 未达成 (差), "
                + "optionally with a percentage inside the grade's band (达成 95%)"
        ),
        (
            value(indicator: "Q1", period: "2021", number: .null, text: .text("达成 70%")),
            "value \"达成 70%\" of indicator Q1: 达成 takes 80–100% of the weight"
        ),
        (value(number: .real(12.5), text: .null), "value 12.5 of indicator I1 is not a whole number: 次 are counted"),
        (value(number: .real(-3), text: .null), "value -3 of indicator I1 is negative: a count (次) is never below 0"),
        (
            value(indicator: "P1", number: .real(-1), text: .null),
            "value -1 of indicator P1 is negative: a percentage is never below 0"
        ),
        (narrative(section: "gossip"), "narratives row \"bad-note\": section \"gossip\" is not one of"),
        (narrative(project: "XX2021"), "project \"XX2021\" is not in the district's plan"),
        // Codes are unique within a year: a narrative names its project's year.
        (narrative(year: 2022), "project JD2021 is not in the plan of 2022, only of 2021"),
    ]

    @Test("each bad row is refused whole as malformedFrame naming the row; nothing is written; good pushes still apply")
    func badRows() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            try fixture.district.writeReference { writer in
                try writer.upsert(
                    Project(code: "CLOSED", year: 2021, name: "别的项目", department: "区政府", offices: ["yuelu"])
                )
                try writer.upsert(
                    Fund(
                        project: "CLOSED",
                        year: 2021,
                        code: "F1",
                        name: "本级",
                        initialBudget: .zero,
                        adjustedBudget: .zero
                    )
                )
                try writer.upsert(JixiaoModels.Category(project: "CLOSED", year: 2021, code: "C1", name: "其他"))
                for (code, unit, direction, aggregation, frequency) in [
                    (
                        "F1", "%", Indicator.Direction.higher, Indicator.Aggregation.formula("I1 / I2 * 100"),
                        Period.Kind.year
                    ),
                    ("Q1", "定性", .qualitative, .latest, .year),
                    ("P1", "%", .higher, .mean, .month),
                ] {
                    try writer.upsert(
                        Indicator(
                            code: code,
                            project: "JD2021",
                            year: 2021,
                            name: "指标\(code)",
                            level1: "产出指标",
                            level2: "质量指标",
                            unit: unit,
                            target: direction == .qualitative ? "达成" : "100",
                            direction: direction,
                            weight: 0,
                            aggregation: aggregation,
                            frequency: frequency
                        )
                    )
                }
            }
            let secret = fixture.secrets["wangluyuan"]!.bytes
            let good = (1...5).map { expenditureChange(office: "wangluyuan", amount: Int64($0)) }
            for (bad, expected) in Self.cases {
                let answer = try await RawSession.run(port: fixture.port) { session in
                    _ = try await session.authenticate(office: "wangluyuan", secret: secret)
                    return try await session.push(good + [bad], from: 0, to: 6, snapshot: true)
                }
                guard case .error(let error) = answer else {
                    Issue.record("not refused: \(expected): \(String(describing: answer))")
                    continue
                }
                #expect(error.code == .malformedFrame, "\(expected)")
                #expect(
                    error.message.hasPrefix("push refused: \(bad.table.sqlName) row \"\(bad.key)\""),
                    "\(error.message)"
                )
                #expect(error.message.contains(expected), "\(error.message)")
                let counts = try fixture.district.rowCounts(office: "wangluyuan")
                #expect(counts.expenditures == 0 && counts.values == 0 && counts.narratives == 0, "\(expected)")
            }
            // The same good rows alone are stored.
            let answer = try await RawSession.run(port: fixture.port) { session in
                _ = try await session.authenticate(office: "wangluyuan", secret: secret)
                return try await session.push(good, from: 0, to: 5, snapshot: true)
            }
            guard case .pushAck(let ack) = answer else {
                Issue.record("good rows refused: \(String(describing: answer))")
                return
            }
            #expect(ack.rowsApplied == 5)
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 5)
        }
    }
}
