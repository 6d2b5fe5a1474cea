import Testing

/// `street todo`: only this office's missing values (full names, units, targets) and notes, by the district's rules.
@Suite struct CLITodoTests {
    @Test func aQuarterListsTheMonthsStillMissing() throws {
        let cli = try StreetCLI.seeded()
        #expect(try cli.run("value", "set", "--indicator", "LT01", "--period", "2021-05", "--value", "81").status == 0)
        let result = try cli.run("todo", "--period", "2021Q2")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                project  indicator  name            unit  target  period
                LT2021   LT01       空气质量优良率  %         80  2021-04
                LT2021   LT01       空气质量优良率  %         80  2021-06

                2 values missing for 2021Q2

                """
        )
    }

    @Test func theYearAsksForYearlyValuesAndNotes() throws {
        let cli = try StreetCLI.seeded()
        for month in 1...12 {
            let period = "2021-" + (month < 10 ? "0" : "") + String(month)
            #expect(try cli.run("value", "set", "--indicator", "LT01", "--period", period, "--value", "81").status == 0)
        }
        #expect(try cli.run("value", "set", "--indicator", "JD09", "--period", "2021", "--value", "达成").status == 0)
        #expect(
            try cli.run("note", "set", "--project", "JD2021", "--section", "highlights", "--text", "有").status == 0
        )
        // The default period is the latest year received.
        let result = try cli.run("todo")
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                project  indicator  name              unit  target  period
                JD2021   JD01       破获毒品刑事案件  起        50  2021

                note JD2021 problems (存在问题)
                note JD2021 measures (改进措施)
                note LT2021 highlights (工作亮点)
                note LT2021 problems (存在问题)
                note LT2021 measures (改进措施)

                1 value and 5 notes missing for 2021

                """
        )
    }

    @Test func aYearWithoutProjectsIsRefused() throws {
        let cli = try StreetCLI.seeded()
        let result = try cli.run("todo", "--period", "2019")
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "no projects of 2019 were received (years received: 2020, 2021)\n")
    }
}
