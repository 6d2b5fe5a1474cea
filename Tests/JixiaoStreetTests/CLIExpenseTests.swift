import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

/// `street expense …` and `street projects`, run through the built binary.
@Suite struct CLIExpenseTests {
    @Test func addListEditDelete() throws {
        let cli = try StreetCLI.seeded()
        let added = try cli.run(
            "expense",
            "add",
            "--project",
            "JD2021",
            "--category",
            "XC",
            "--amount",
            "1,234.56",
            "--date",
            "2021-06-26",
            "--voucher",
            "记-1",
            "--payee",
            "长沙晚报",
            "--note",
            "禁毒宣传品"
        )
        #expect(added.status == 0)
        #expect(added.stderr == "recorded 1,234.56 元 for JD2021 (XC, BJ) on 2021-06-26\n")
        let id = added.stdout.trimmingCharacters(in: .newlines)
        #expect(id.count == 36 && added.stdout == id + "\n")

        let second = try cli.run(
            "expense",
            "add",
            "--project",
            "lt2021",
            "--category",
            "PX",
            "--fund",
            "SJ",
            "--amount",
            "12.5万",
            "--date",
            "2021/7/1"
        )
        #expect(second.status == 0)
        let id2 = second.stdout.trimmingCharacters(in: .newlines)
        let short = String(id.prefix(8))
        let short2 = String(id2.prefix(8))

        let list = try cli.run("expense", "list")
        #expect(list.status == 0)
        #expect(
            list.stdout == """
                id        date        project  category  fund      amount  voucher  payee     note
                --------  ----------  -------  --------  ----  ----------  -------  --------  ----------
                \(short)  2021-06-26  JD2021   XC        BJ      1,234.56  记-1     长沙晚报  禁毒宣传品
                \(short2)  2021-07-01  LT2021   PX        SJ    125,000.00
                total     2 items                              126,234.56

                """
        )
        #expect(list.stderr == "")

        let filtered = try cli.run("expense", "list", "--project", "JD2021", "--period", "2021Q2", "--format", "csv")
        #expect(
            filtered.stdout
                == "id,project,category,fund,amount,date,voucher,payee,note\r\n"
                + "\(id),JD2021,XC,BJ,1234.56,2021-06-26,记-1,长沙晚报,禁毒宣传品\r\n"
        )
        let q3 = try cli.run("expense", "list", "--period", "2021Q3", "--format", "json")
        #expect(q3.stdout.contains("\"id\" : \"\(id2)\""))
        #expect(!q3.stdout.contains(id))

        let edit = try cli.run("expense", "edit", short, "--amount", "2000", "--note", "")
        #expect(edit.status == 0)
        #expect(edit.stderr == "updated \(id)\n")
        let stored = try #require(try cli.database().expenditure(id: id))
        #expect(stored.amount == Money(fen: 200_000))
        #expect(stored.note == "")
        #expect(stored.payee == "长沙晚报")

        let delete = try cli.run("expense", "delete", id2)
        #expect(delete.status == 0)
        #expect(delete.stderr == "deleted \(id2) (125,000.00 元, LT2021, 2021-07-01)\n")
        #expect(try cli.database().expenditures().map(\.id) == [id])
        // Each add, edit and delete is in the change log for the next sync: two rows, one since deleted.
        #expect(try cli.database().pendingCount() == 2)
    }

    @Test func refusalsSayWhatIsWrongAndStoreNothing() throws {
        let cli = try StreetCLI.seeded()
        let bad = try cli.run(
            "expense",
            "add",
            "--project",
            "JD2021",
            "--category",
            "PX",
            "--amount",
            "12,3a",
            "--date",
            "2020-06-26"
        )
        #expect(bad.status == 1)
        #expect(bad.stdout == "")
        #expect(
            bad.stderr == """
                category "PX" is not a category of project JD2021; valid categories: JD, XC
                amount "12,3a" is not a number of 元
                date "2020-06-26" is not in 2021, the year of project JD2021

                """
        )
        let cases: [([String], String)] = [
            (
                ["--project", "XX", "--category", "XC", "--amount", "1", "--date", "2021-01-01"],
                "project \"XX\" is not known; valid projects: JD2021, LT2021, OLD2020\n"
            ),
            (
                ["--project", "JD2021", "--category", "XC", "--amount", "0", "--date", "2021-01-01"],
                "amount \"0\" is zero\n"
            ),
            (
                ["--project", "JD2021", "--category", "XC", "--amount", "1.005", "--date", "2021-01-01"],
                "amount \"1.005\" has more than two decimals in 元\n"
            ),
            (
                ["--project", "LT2021", "--category", "PX", "--amount", "1", "--date", "2021-01-01"],
                "fund is missing; project LT2021 has several: BJ, SJ\n"
            ),
            (
                ["--project", "JD2021", "--category", "XC", "--fund", "SJ", "--amount", "1", "--date", "2021-01-01"],
                "fund \"SJ\" is not a fund of project JD2021; valid funds: BJ\n"
            ),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(["expense", "add"] + arguments)
            #expect(result.status == 1)
            #expect(result.stderr == message)
        }
        #expect(try cli.database().expenditures().isEmpty)
        #expect(try cli.database().pendingCount() == 0)
    }

    @Test func duplicateVoucherIsRefusedUnlessAllowed() throws {
        let cli = try StreetCLI.seeded()
        let first = try cli.run(
            "expense",
            "add",
            "--project",
            "JD2021",
            "--category",
            "XC",
            "--amount",
            "1",
            "--date",
            "2021-01-01",
            "--voucher",
            "V-7"
        )
        let id = first.stdout.trimmingCharacters(in: .newlines)
        let again = [
            "expense", "add", "--project", "JD2021", "--category", "JD", "--amount", "2", "--date",
            "2021-01-02", "--voucher", "V-7",
        ]
        let refused = try cli.run(again)
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "voucher \"V-7\" is already used in project JD2021 by expenditure \(id) "
                + "(use --allow-duplicate-voucher if both are real)\n"
        )
        // Another project may use the same voucher number.
        let otherProject = try cli.run(
            "expense",
            "add",
            "--project",
            "LT2021",
            "--category",
            "PX",
            "--fund",
            "BJ",
            "--amount",
            "1",
            "--date",
            "2021-01-01",
            "--voucher",
            "V-7"
        )
        #expect(otherProject.status == 0)
        let allowed = try cli.run(again + ["--allow-duplicate-voucher"])
        #expect(allowed.status == 0)
        // Editing a row keeps its own voucher without tripping over itself or the accepted duplicate.
        #expect(try cli.run("expense", "edit", id, "--amount", "3").status == 0)
        let moved = try cli.run("expense", "edit", id, "--voucher", "V-8")
        #expect(moved.status == 0)
        let back = try cli.run("expense", "edit", id, "--voucher", "V-7")
        #expect(back.status == 1)
        #expect(try cli.database().expenditures().count == 3)
    }

    @Test func negativeAmountsAndValuesAreValuesNotOptions() throws {
        let cli = try StreetCLI.seeded()
        let refund = try cli.run(
            "expense",
            "add",
            "--project",
            "JD2021",
            "--category",
            "XC",
            "--amount",
            "-50",
            "--date",
            "2021-01-01"
        )
        #expect(refund.status == 0)
        #expect(refund.stderr == "recorded -50.00 元 for JD2021 (XC, BJ) on 2021-01-01\n")
        // -3 reaches the value's rules (which refuse a negative count), not the option parser.
        let value = try cli.run("value", "set", "--indicator", "JD01", "--period", "2021", "--value", "-3")
        #expect(value.status == 1)
        #expect(value.stderr == "value -3 of indicator JD01 is negative: a count (起) is never below 0\n")
        #expect(try cli.database().values().isEmpty)
    }

    @Test func unknownIdsAndEmptyEdits() throws {
        let cli = try StreetCLI.seeded()
        let missing = try cli.run("expense", "delete", "0000ffff")
        #expect(missing.status == 1)
        #expect(missing.stderr == "no expenditure with id \"0000ffff\" (see street expense list)\n")
        let id = try cli.run(
            "expense",
            "add",
            "--project",
            "JD2021",
            "--category",
            "XC",
            "--amount",
            "1",
            "--date",
            "2021-01-01"
        ).stdout.trimmingCharacters(in: .newlines)
        // Misuse: found before the database is opened; the message and the usage, exit status 64.
        let nothing = try cli.run("expense", "edit", id)
        #expect(nothing.status == 64)
        #expect(
            nothing.stderr.hasPrefix(
                "Error: nothing to change: give at least one of --project, --category, --fund, --amount, --date, "
                    + "--voucher, --payee, --note\nUsage: street expense edit <id>"
            )
        )
        let movedProject = try cli.run("expense", "edit", id, "--project", "LT2021", "--category", "PX")
        #expect(movedProject.status == 1)
        #expect(movedProject.stderr == "fund is missing; project LT2021 has several: BJ, SJ\n")
    }

    @Test func withoutADatabaseSaysToInit() throws {
        let cli = try StreetCLI()
        let result = try cli.run("expense", "list")
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "no database at \(cli.databasePath): run `street init --enrol FILE` first (FILE is the enrolment file "
                + "from the district), or pass --db\n"
        )
    }

    @Test func dbOptionOverridesTheEnvironment() throws {
        let cli = try StreetCLI.seeded()
        let other = try StreetCLI()
        let result = try other.run("status", "--db", cli.databasePath)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("office:                 wangluyuan\n"))
    }

    @Test func projectsBeforeAndAfterTheFirstSync() throws {
        let empty = try StreetCLI()
        _ = try StreetDatabase.create(at: empty.databasePath, settings: StreetCLI.settings)
        let before = try empty.run("projects")
        #expect(before.status == 0)
        #expect(before.stdout == "")
        #expect(before.stderr == "nothing has been received from the district yet: run street sync\n")
        let refused = try empty.run(
            "expense",
            "add",
            "--project",
            "JD2021",
            "--category",
            "XC",
            "--amount",
            "1",
            "--date",
            "2021-01-01"
        )
        #expect(
            refused.stderr
                == "project \"JD2021\" is not known; nothing has been received from the district yet: run street sync first\n"
        )

        let cli = try StreetCLI.seeded()
        let after = try cli.run("projects", "--project", "lt2021")
        #expect(after.status == 0)
        #expect(
            after.stdout == """
                projects
                code    year  name        department
                ------  ----  ----------  ----------------------------
                LT2021  2021  蓝天保卫战  开福区蓝天保卫战指挥部办公室

                funds
                project  code  name          initial_budget  adjusted_budget
                -------  ----  ------------  --------------  ---------------
                LT2021   BJ    本级财政拨款      500,000.00       500,000.00
                LT2021   SJ    市级奖补资金      959,000.00       959,000.00

                categories
                project  code  name
                -------  ----  ----------------
                LT2021   PX    臭氧污染防治培训

                indicators
                code  project  name            unit  target  direction  frequency
                ----  -------  --------------  ----  ------  ---------  ---------
                LT01  LT2021   空气质量优良率  %         80  higher ≥   month

                """
        )
        let unknown = try cli.run("projects", "--project", "NOPE")
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "project \"NOPE\" is not known; valid projects: JD2021, LT2021, OLD2020\n")
    }
}
