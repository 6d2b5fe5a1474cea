import Foundation
import JixiaoConsole
import JixiaoModels
import Testing

/// `street value …` and `street note …`, run through the built binary.
@Suite struct CLIValueNoteTests {
    @Test func setListReplaceAndDeleteValues() throws {
        let cli = try StreetCLI.seeded()
        let set = try cli.run(
            "value",
            "set",
            "--indicator",
            "LT01",
            "--period",
            "2021-06",
            "--value",
            "80.6%",
            "--label",
            "伍家岭站点"
        )
        #expect(set.status == 0)
        #expect(set.stdout == "")
        #expect(set.stderr == "set LT01 2021-06 (伍家岭站点) = 80.6\n")
        #expect(try cli.run("value", "set", "--indicator", "JD01", "--period", "2021", "--value", "12").status == 0)
        #expect(
            try cli.run("value", "set", "--indicator", "jd09", "--period", "2021", "--value", "达成", "--note", "见总结")
                .status == 0
        )
        let id = try #require(try cli.database().values().first { $0.indicator == "JD01" }?.id)
        // Setting it again replaces the value and keeps the row's id.
        #expect(try cli.run("value", "set", "--indicator", "JD01", "--period", "2021", "--value", "15").status == 0)
        let values = try cli.database().values()
        #expect(values.count == 3)
        #expect(values.first { $0.indicator == "JD01" }?.id == id)
        #expect(values.first { $0.indicator == "JD01" }?.value == .number(15))

        let list = try cli.run("value", "list")
        #expect(
            list.stdout == """
                indicator  name              period   value  unit  label       note
                ---------  ----------------  -------  -----  ----  ----------  ------
                JD01       破获毒品刑事案件  2021        15  起
                JD09       禁毒工作社会影响  2021      达成                    见总结
                LT01       空气质量优良率    2021-06   80.6  %     伍家岭站点

                """
        )
        let csv = try cli.run("value", "list", "--project", "LT2021", "--format", "csv")
        #expect(csv.stdout == "indicator,period,value,label,note\r\nLT01,2021-06,80.6,伍家岭站点,\r\n")
        let q2 = try cli.run("value", "list", "--period", "2021Q2", "--format", "csv")
        // JD01 is reported by year: its value for 2021 is not within 2021Q2.
        #expect(q2.stdout == "indicator,period,value,label,note\r\nLT01,2021-06,80.6,伍家岭站点,\r\n")

        let delete = try cli.run("value", "delete", "--indicator", "LT01", "--period", "2021-06", "--label", "伍家岭站点")
        #expect(delete.status == 0)
        #expect(delete.stderr == "deleted the value of LT01 for 2021-06\n")
        let again = try cli.run("value", "delete", "--indicator", "LT01", "--period", "2021-06", "--label", "伍家岭站点")
        #expect(again.status == 1)
        #expect(again.stderr == "there is no value of LT01 for 2021-06 labelled \"伍家岭站点\" (see street value list)\n")
        #expect(try cli.database().values().count == 2)
    }

    @Test func valueRefusals() throws {
        let cli = try StreetCLI.seeded()
        let cases: [([String], String)] = [
            (
                ["--indicator", "JD01", "--period", "2021", "--value", "十二"],
                "value \"十二\" of indicator JD01 is not a number (unit 起); it is a quantitative indicator\n"
            ),
            (
                ["--indicator", "JD01", "--period", "2020Q4", "--value", "1"],
                "period \"2020Q4\" is not in 2021, the year of project JD2021 (indicator JD01)\n"
            ),
            (
                ["--indicator", "JD99", "--period", "2021", "--value", "1"],
                "indicator \"JD99\" is not known; valid indicators: JD01, JD09, LT01\n"
            ),
            (
                ["--indicator", "JD01", "--period", "2021-13", "--value", "1"],
                "period \"2021-13\" is not a year (2021), a quarter (2021Q2) or a month (2021-06)\n"
            ),
            // The plan's entry rules.
            (
                ["--indicator", "LT01", "--period", "2021", "--value", "85"],
                "period 2021 is a year, but indicator LT01 is reported by month in the plan (2021-01 … 2021-12)\n"
            ),
            (
                ["--indicator", "JD01", "--period", "2021", "--value", "12.5"],
                "value 12.5 of indicator JD01 is not a whole number: 起 are counted\n"
            ),
            (
                ["--indicator", "JD01", "--period", "2021", "--value=-3"],
                "value -3 of indicator JD01 is negative: a count (起) is never below 0\n"
            ),
            (
                ["--indicator", "JD09", "--period", "2021", "--value", "优秀"],
                "value \"优秀\" of indicator JD09 is not a grade: use one of 达成 (优), 部分达成 (基本达成, 良, 中), "
                    + "未达成 (差), optionally with a percentage inside the grade's band (达成 95%)\n"
            ),
            (
                ["--indicator", "JD09", "--period", "2021", "--value", "达成 70%"],
                "value \"达成 70%\" of indicator JD09: 达成 takes 80–100% of the weight\n"
            ),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(["value", "set"] + arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == message)
        }
        #expect(try cli.database().values().isEmpty)
    }

    @Test func notesFromTextAndFromAGB18030File() throws {
        let cli = try StreetCLI.seeded()
        let text = try cli.run("note", "set", "--project", "JD2021", "--section", "problems", "--text", "  经费到位较晚。\n")
        #expect(text.status == 0)
        #expect(text.stderr == "set JD2021 problems (7 characters)\n")
        let one = try cli.run("note", "set", "--project", "JD2021", "--section", "problems", "--text", "无")
        #expect(one.status == 0)
        #expect(one.stderr == "set JD2021 problems (1 character)\n")
        let body = "（一）强化工作责任。\r\n全区认真贯彻落实禁毒工作部署𠮷。\r\n"
        let file = try cli.file("highlights.txt", Array(try #require(body.data(using: TextDecoding.gb18030))))
        let fromFile = try cli.run("note", "set", "--project", "JD2021", "--section", "工作亮点", "--file", file)
        #expect(fromFile.status == 0)
        let stored = try cli.database().narratives()
        #expect(stored.first { $0.section == .highlights }?.text == "（一）强化工作责任。\n全区认真贯彻落实禁毒工作部署𠮷。")
        // Replacing keeps one row per project and section.
        #expect(try cli.run("note", "set", "--project", "JD2021", "--section", "problems", "--text", "无").status == 0)
        let list = try cli.run("note", "list")
        #expect(
            list.stdout == """
                project  year  section              length  text
                -------  ----  -------------------  ------  ----------------------------------------
                JD2021   2021  highlights 工作亮点      27  （一）强化工作责任。 全区认真贯彻落实禁…
                JD2021   2021  problems 存在问题         1  无

                """
        )
        #expect(try cli.run("note", "delete", "--project", "JD2021", "--section", "problems").status == 0)
        #expect(try cli.database().narratives().count == 1)
    }

    @Test func noteRefusals() throws {
        let cli = try StreetCLI.seeded()
        let both = try cli.run(
            "note",
            "set",
            "--project",
            "JD2021",
            "--section",
            "problems",
            "--text",
            "a",
            "--file",
            "b"
        )
        #expect(both.status != 0)
        #expect(both.stderr.contains("give either --text or --file"))
        let bad = try cli.run("note", "set", "--project", "XX", "--section", "summary", "--text", " ")
        #expect(bad.status == 1)
        #expect(
            bad.stderr == """
                project "XX" is not known; valid projects: JD2021, LT2021, OLD2020
                section "summary" is not one of: highlights, problems, measures
                the text is empty

                """
        )
        let missing = try cli.run("note", "set", "--project", "JD2021", "--section", "problems", "--file", "nope.txt")
        #expect(missing.status == 1)
        #expect(missing.stderr == "cannot read nope.txt: no such file, or it is not readable\n")
    }
}
