import Foundation
import JixiaoModels
import JixiaoSpreadsheet
import JixiaoStorage
import Testing

@testable import JixiaoStreet

/// Templates when the district planned the same codes for two years.
@Suite struct TemplateYearsTests {
    /// The fixture's JD2021 planned again for 2022 with the same codes.
    static var twoYears: ReferenceData {
        var reference = Fixtures.reference
        let next = ReferenceData(
            projects: reference.projects.filter { $0.code == "JD2021" },
            funds: reference.funds.filter { $0.project == "JD2021" },
            categories: reference.categories.filter { $0.project == "JD2021" },
            indicators: reference.indicators.filter { $0.project == "JD2021" }
        )
        reference.projects += next.projects.map {
            var p = $0
            p.year = 2022
            return p
        }
        reference.funds += next.funds.map {
            var f = $0
            f.year = 2022
            return f
        }
        reference.categories += next.categories.map {
            var c = $0
            c.year = 2022
            c.name += "（2022）"
            return c
        }
        reference.indicators += next.indicators.map {
            var i = $0
            i.year = 2022
            return i
        }
        return reference
    }

    static func column(_ sheet: SheetDraft, _ column: Int) -> [String] {
        var out: [String] = []
        var row = 2
        while case .text(let text)? = sheet.cell(at: CellReference(column: column, row: row))?.value {
            out.append(text)
            row += 1
        }
        return out
    }

    @Test func expensesListACodeOnceTheLatestYearsName() {
        let book = ImportTemplate.expenditures(reference: Self.twoYears, office: Fixtures.office)
        let codes = book.sheets[1]
        #expect(Self.column(codes, 1) == ["JD2021", "LT2021", "OLD2020"])
        #expect(Self.column(codes, 5).filter { $0 == "XC" }.count == 1)
        #expect(Self.column(codes, 6).contains("禁毒宣传（2022）"))
        let only2021 = ImportTemplate.expenditures(reference: Self.twoYears, office: Fixtures.office, year: 2021)
        #expect(Self.column(only2021.sheets[1], 1) == ["JD2021", "LT2021"])
        #expect(!Self.column(only2021.sheets[1], 6).contains("禁毒宣传（2022）"))
    }

    @Test func valuesHaveEachYearsPeriods() {
        let all = ImportTemplate.values(reference: Self.twoYears, office: Fixtures.office)
        let periods = Self.column(all.sheets[0], 2)
        #expect(periods.contains { $0.hasPrefix("2021") } && periods.contains { $0.hasPrefix("2022") })
        let next = ImportTemplate.values(reference: Self.twoYears, office: Fixtures.office, year: 2022)
        let nextPeriods = Self.column(next.sheets[0], 2)
        #expect(!nextPeriods.isEmpty && nextPeriods.allSatisfy { $0.hasPrefix("2022") })
        // The 2022 rows are the 2021 rows of JD2021's indicators, a year later.
        let sheet2021 = ImportTemplate.values(reference: Self.twoYears, office: Fixtures.office, year: 2021).sheets[0]
        let only2021 = Self.column(sheet2021, 2)
        let jd = Set(Fixtures.reference.indicators.filter { $0.project == "JD2021" }.map(\.code))
        #expect(Self.column(next.sheets[0], 1) == Self.column(sheet2021, 1).filter { jd.contains($0) })
        #expect(periods.count == only2021.count + nextPeriods.count)
    }
}

/// An office with two years of the same codes: each row goes to its year's plan.
@Suite struct OfficeYearsTests {
    static func service() throws -> (StreetCLI, OfficeService) {
        let cli = try StreetCLI.seeded(reference: TemplateYearsTests.twoYears)
        return (cli, OfficeService(database: try cli.database()))
    }

    @Test func vouchersStartAgainEachYear() throws {
        let (_, service) = try Self.service()
        func add(_ date: String) throws -> Expenditure {
            try service.addExpenditure(
                ExpenditureInput(
                    project: "JD2021",
                    category: "XC",
                    fund: "BJ",
                    amount: "10",
                    date: date,
                    voucher: "记-1"
                )
            )
        }
        _ = try add("2021-03-01")
        // The same number in the next year's plan of the project is another voucher.
        #expect(try add("2022-01-05").date == "2022-01-05")
        let refused = #expect(throws: StreetError.self) { try add("2022-02-01") }
        #expect(refused?.description.contains("voucher \"记-1\" is already used in project JD2021") == true)
        #expect(try service.expenditures().count == 2)
    }

    @Test func aNoteNamesItsYearWhenTheProjectHasSeveral() throws {
        let (_, service) = try Self.service()
        let refused = #expect(throws: StreetError.self) {
            try service.setNarrative(project: "JD2021", section: "highlights", text: "亮点")
        }
        #expect(refused?.description.contains("project JD2021 is in the plans of several years (2021, 2022)") == true)
        _ = try service.setNarrative(project: "JD2021", year: 2021, section: "highlights", text: "2021年亮点")
        _ = try service.setNarrative(project: "jd2021", year: 2022, section: "highlights", text: "2022年亮点")
        #expect(try service.narratives(project: "JD2021", year: 2022).map(\.text) == ["2022年亮点"])
        #expect(try service.narratives().count == 2)
        // LT2021 is planned for one year only: no year needed.
        #expect(try service.setNarrative(project: "LT2021", section: "problems", text: "无").year == 2021)
    }

    @Test func aValueGoesToTheIndicatorOfItsPeriodsYear() throws {
        let (_, service) = try Self.service()
        let code = try #require(TemplateYearsTests.twoYears.indicators.first { $0.project == "JD2021" })
        let period = code.frequency == .year ? "2022" : (code.frequency == .quarter ? "2022Q1" : "2022-01")
        let stored = try service.setValue(ValueInput(indicator: code.code, period: period, value: "3"))
        #expect(stored.period.year == 2022)
        let refused = #expect(throws: StreetError.self) {
            try service.setValue(
                ValueInput(
                    indicator: code.code,
                    period: period.replacingOccurrences(of: "2022", with: "2023"),
                    value: "3"
                )
            )
        }
        #expect(
            refused?.description.contains("is not in 2022, the year of project JD2021") == true,
            "\(String(describing: refused))"
        )
    }
}
