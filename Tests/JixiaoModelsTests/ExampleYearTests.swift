import JixiaoModels
import Testing

/// Examples in messages use the year of what was typed (issue 13: a 2023 project is not shown 2021 examples).
@Suite struct ExampleYearTests {
    @Test func aBadDateIsShownAnExampleOfItsOwnYear() {
        #expect {
            try CalendarDate(parsing: "2023-02-30")
        } throws: { error in
            "\(error)" == "date \"2023-02-30\" is not a date like 2023-06-26"
        }
        #expect {
            try Period(parsing: "2023Q5")
        } throws: { error in
            "\(error)".contains("2023Q2") && !"\(error)".contains("2021")
        }
    }
}
