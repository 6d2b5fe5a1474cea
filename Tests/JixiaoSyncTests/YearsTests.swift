import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import Testing

/// Codes are unique within a year: the district plans JD2021 for 2021 and a copy with the same codes for 2022, and
/// offices report both years over a real server on 127.0.0.1. Each year's figures stay apart.
@Suite("Sync end to end: two years with the same codes")
struct YearsTests {
    /// The 2022 copy of the fixture's 2021 plan: the same codes, another budget.
    static func planNextYear(_ district: DistrictDatabase) throws {
        try district.writeReference { writer in
            try writer.upsert(Project(code: "JD2021", year: 2022, name: "禁毒宣传", department: "禁毒办"))
            try writer.upsert(
                Fund(
                    project: "JD2021",
                    year: 2022,
                    code: "F1",
                    name: "本级财政拨款",
                    initialBudget: Money(fen: 200_000_00),
                    adjustedBudget: Money(fen: 200_000_00)
                )
            )
            try writer.upsert(JixiaoModels.Category(project: "JD2021", year: 2022, code: "C1", name: "宣传"))
            try writer.upsert(
                Indicator(
                    code: "I0",
                    project: "JD2021",
                    year: 2022,
                    name: "指标0",
                    level1: "产出指标",
                    level2: "数量指标",
                    unit: "次",
                    target: "≥1",
                    direction: .higher,
                    weight: 90,
                    aggregation: .sum,
                    frequency: .quarter
                )
            )
        }
    }

    static func expenditure(_ office: String, yuan: Int64, date: String) -> Expenditure {
        Expenditure(
            id: StreetWriter.newID(),
            office: office,
            project: "JD2021",
            category: "C1",
            fund: "F1",
            amount: Money(fen: yuan * 100),
            date: date
        )
    }

    @Test("two offices report 2021 and 2022 of the same project codes; each year's spending, values and notes apart")
    func twoYears() async throws {
        try await SyncFixture.with(offices: ["wangluyuan", "wujialing"]) { fixture in
            try Self.planNextYear(fixture.district)
            var streets: [String: StreetDatabase] = [:]
            for (index, office) in ["wangluyuan", "wujialing"].enumerated() {
                let street = try fixture.street(office)
                streets[office] = street
                // The first sync brings both years' plans.
                _ = try await fixture.client(street).sync()
                let reference = try street.reference()
                #expect(reference.years(ofProject: "JD2021") == [2021, 2022])
                #expect(reference.funds(of: "JD2021", year: 2022).first?.adjustedBudget == Money(fen: 200_000_00))
                #expect(reference.indicator("I0", year: 2021)?.frequency == .month)
                #expect(reference.indicator("I0", year: 2022)?.frequency == .quarter)
                let bump = Int64(index)
                try street.write { writer in
                    try writer.insert(Self.expenditure(office, yuan: 100 + bump, date: "2021-06-01"))
                    try writer.insert(Self.expenditure(office, yuan: 1_000 + bump, date: "2022-03-01"))
                    try writer.insert(Self.expenditure(office, yuan: 2_000 + bump, date: "2022-09-30"))
                    _ = try writer.set(
                        IndicatorValue(
                            id: "",
                            office: office,
                            indicator: "I0",
                            period: .month(2021, 6),
                            value: .number(5 + Double(bump))
                        )
                    )
                    _ = try writer.set(
                        IndicatorValue(
                            id: "",
                            office: office,
                            indicator: "I0",
                            period: .quarter(2022, 1),
                            value: .number(50 + Double(bump))
                        )
                    )
                    try writer.setNarrative(project: "JD2021", year: 2021, section: .highlights, text: "\(office) 2021")
                    try writer.setNarrative(project: "JD2021", year: 2022, section: .highlights, text: "\(office) 2022")
                }
                let sync = try await fixture.client(street).sync()
                #expect(sync.pushed == 7)
                #expect(try fixture.converged(street, office: office))
            }
            let district = fixture.district
            let first = try #require(try district.reportRecords(project: "JD2021", year: 2021))
            let second = try #require(try district.reportRecords(project: "JD2021", year: 2022))
            #expect(first.funds.map(\.adjustedBudget) == [Money(fen: 120_000_00)])
            #expect(second.funds.map(\.adjustedBudget) == [Money(fen: 200_000_00)])
            #expect(first.spending.reduce(Money.zero) { $0 + $1.amount } == Money(fen: (100 + 101) * 100))
            #expect(second.spending.reduce(Money.zero) { $0 + $1.amount } == Money(fen: (3_000 + 3_002) * 100))
            #expect(second.spending.map(\.count) == [2, 2])
            #expect(first.values.map(\.value) == [.number(5), .number(6)])
            #expect(second.values.map(\.value) == [.number(50), .number(51)])
            #expect(first.indicators.count == 20 && second.indicators.map(\.code) == ["I0"])
            #expect(first.narratives.map(\.text) == ["wangluyuan 2021", "wujialing 2021"])
            #expect(second.narratives.map(\.text) == ["wangluyuan 2022", "wujialing 2022"])
            #expect(try district.projectYears(code: "JD2021") == [2021, 2022])
            // A new PC of an office restores both years' rows, the notes of each year apart.
            let restored = try fixture.street("wujialing")
            _ = try await fixture.client(restored).sync()
            #expect(try restored.narratives(project: "JD2021", year: 2022).map(\.text) == ["wujialing 2022"])
            #expect(try restored.narratives().count == 2)
            #expect(try fixture.converged(restored, office: "wujialing"))
        }
    }
}
