import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

/// `street import` warns when the office's figures break one of the plan's validation rules, and stores them all
/// the same (a rule never refuses data).
@Suite struct CLIRuleWarningTests {
    static var reference: ReferenceData {
        var reference = Fixtures.reference
        reference.projects[0].rules = ["JD01 <= 20", "spending.XC <= 100", "spending <= budget"]
        return reference
    }

    @Test func aValuesImportWarnsAboutABrokenRuleAndStoresTheValue() throws {
        let cli = try StreetCLI.seeded(reference: Self.reference)
        let file = try cli.file("values.csv", "indicator,period,value\nJD01,2021,25\n")
        let result = try cli.run("import", "values", file)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stderr
                == "imported 1 indicator value from \(file) (UTF-8)\n"
                + "warning: wangluyuan for the year: breaks the rule JD01 <= 20 (25 against 20) (stored all the same; check the figures)\n"
        )
        #expect(try cli.database().values().map(\.value) == [.number(25)])
        // Within the rule: no warning.
        let fine = try cli.file("fine.csv", "indicator,period,value\nJD01,2021,18\n")
        let quiet = try cli.run("import", "values", fine)
        #expect(quiet.stderr == "imported 1 indicator value from \(fine) (UTF-8): 1 changed\n")
    }

    @Test func anExpensesImportWarnsAboutSpendingOverARuleAndADryRunToo() throws {
        let cli = try StreetCLI.seeded(reference: Self.reference)
        let file = try cli.file(
            "expenses.csv",
            "project,category,fund,amount,date,voucher\nJD2021,XC,BJ,80,2021-03-01,记-1\nJD2021,XC,BJ,70,2021-04-01,记-2\n"
        )
        let warning =
            "warning: wangluyuan for the year: breaks the rule spending.XC <= 100 (150 against 100) (stored all the same; check the figures)\n"
        let dry = try cli.run("import", "expenses", file, "--dry-run")
        #expect(dry.status == 0, "\(dry)")
        #expect(dry.stderr.hasSuffix(warning), "\(dry.stderr)")
        #expect(try cli.database().expenditures().isEmpty)
        let result = try cli.run("import", "expenses", file)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "imported 2 expenditures from \(file) (UTF-8)\n" + warning)
        #expect(try cli.database().expenditures().count == 2)
    }

    @Test func valueSetAndExpenseAddWarnToo() throws {
        let cli = try StreetCLI.seeded(reference: Self.reference)
        let set = try cli.run("value", "set", "--indicator", "JD01", "--period", "2021", "--value", "21")
        #expect(set.status == 0, "\(set)")
        #expect(
            set.stderr.hasSuffix(
                "warning: wangluyuan for the year: breaks the rule JD01 <= 20 (21 against 20) (stored all the same; check the figures)\n"
            ),
            "\(set.stderr)"
        )
        let within = try cli.run("value", "set", "--indicator", "JD01", "--period", "2021", "--value", "20")
        #expect(!within.stderr.contains("warning"), "\(within.stderr)")
        let add = try cli.run(
            "expense",
            "add",
            "--project",
            "JD2021",
            "--category",
            "XC",
            "--fund",
            "BJ",
            "--amount",
            "101",
            "--date",
            "2021-05-01",
            "--voucher",
            "记-9"
        )
        #expect(add.status == 0, "\(add)")
        #expect(add.stderr.contains("breaks the rule spending.XC <= 100 (101 against 100)"), "\(add.stderr)")
    }
}
