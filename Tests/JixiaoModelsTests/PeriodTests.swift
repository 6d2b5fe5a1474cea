import JixiaoModels
import Testing

@Suite("Periods and dates")
struct PeriodTests {
    @Test(
        "parses and formats",
        arguments: [
            ("2021", "2021"), ("2021Q2", "2021Q2"), ("2021q4", "2021Q4"), ("2021-06", "2021-06"), ("2021-6", "2021-06"),
            ("2021-12", "2021-12"),
        ]
    )
    func parses(text: String, canonical: String) throws {
        #expect(try Period(parsing: text).description == canonical)
    }

    @Test(
        "refuses junk",
        arguments: ["", "21", "2021Q5", "2021Q0", "2021-13", "2021-00", "2021/06", "Q2", "2021-", "2021-123", "abcd"]
    )
    func refuses(text: String) {
        #expect(throws: ModelError.self) { try Period(parsing: text) }
    }

    @Test("months nest in quarters nest in years")
    func containment() throws {
        let year = Period.year(2021)
        let q2 = Period.quarter(2021, 2)
        let june = Period.month(2021, 6)
        #expect(year.contains(q2) && year.contains(june) && q2.contains(june))
        #expect(!q2.contains(.month(2021, 7)) && !june.contains(q2) && !q2.contains(year))
        #expect(!year.contains(.month(2022, 1)))
        #expect(q2.contains(q2))
        #expect(q2.firstDay == "2021-04-01" && q2.lastDay == "2021-06-30")
        #expect(Period.month(2020, 2).lastDay == "2020-02-29" && Period.month(2021, 2).lastDay == "2021-02-28")
        #expect(q2.contains(isoDate: "2021-06-26") && !q2.contains(isoDate: "2021-07-01"))
        #expect(year.subdivided(into: .quarter).map(\.description) == ["2021Q1", "2021Q2", "2021Q3", "2021Q4"])
        #expect(q2.subdivided(into: .month).map(\.description) == ["2021-04", "2021-05", "2021-06"])
        #expect(june.subdivided(into: .quarter).isEmpty)
        #expect([june, year, q2].sorted() == [year, q2, june])
    }

    @Test("dates are real days", arguments: ["2021-02-29", "2021-13-01", "2021-06-31", "21-06-01", "2021-06", "x"])
    func badDates(text: String) {
        #expect(throws: ModelError.self) { try CalendarDate(parsing: text) }
    }

    @Test("Excel-style dates are accepted")
    func excelDates() throws {
        #expect(try CalendarDate(parsing: "2021/6/26").description == "2021-06-26")
        #expect(try CalendarDate(parsing: "2020-02-29").description == "2020-02-29")
    }

    @Test(
        "a refused period's examples use its own year",
        arguments: [
            ("2023Q5", "period \"2023Q5\" is not a year (2023), a quarter (2023Q2) or a month (2023-06)"),
            ("2022-13", "period \"2022-13\" is not a year (2022), a quarter (2022Q2) or a month (2022-06)"),
            ("Q2", "period \"Q2\" is not a year (2021), a quarter (2021Q2) or a month (2021-06)"),
        ]
    )
    func refusalExamples(text: String, message: String) {
        let error = #expect(throws: ModelError.self) { try Period(parsing: text) }
        #expect(error?.message == message)
        #expect(error?.code == .invalidPeriod)
    }
}
