import JixiaoModels
import JixiaoSpreadsheet
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
