import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

/// `street import` refuses a file whose content it stored before, unless `--again`, and warns when rows without
/// voucher numbers could be counted twice by a second import.
@Suite struct CLIRepeatedImportTests {
    static let numbered =
        "project,category,amount,date,voucher\n" + "JD2021,XC,100,2021-03-01,记-1\n" + "JD2021,XC,200,2021-03-02,记-2\n"
    static let unnumbered =
        "project,category,amount,date,voucher\n" + "JD2021,XC,100,2021-03-01,\n" + "JD2021,XC,200,2021-03-02,记-9\n"
        + "JD2021,JD,300,2021-04-01,\n"

    @Test func theSameExpensesFileTwiceIsRefusedUnlessAgain() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("a.csv", Self.unnumbered)
        let first = try cli.run("import", "expenses", file)
        #expect(first.status == 0)
        #expect(
            first.stderr
                == "imported 3 expenditures from \(file) (UTF-8)\n"
                + "warning: 2 of 3 expenditures have no voucher number: importing them again "
                + "(this file or the same rows in another) would count them twice\n"
        )
        #expect(
            StreetCLI.noVoucherWarning(2, of: 3)
                == "warning: 2 of 3 expenditures have no voucher number: importing them again "
                + "(this file or the same rows in another) would count them twice\n"
        )
        // The same bytes under another name are the same file.
        let copy = try cli.file("copy.csv", Self.unnumbered)
        let second = try cli.run("import", "expenses", copy)
        #expect(second.status == 1)
        let pattern =
            #/^(.+) was imported already \(as (.+)\) on \d{4}-\d\d-\d\d \d\d:\d\d [+-]\d\d:\d\d, 3 expenditures: importing it again would count its expenditures twice; nothing was stored\. Give --again to import it anyway\n$/#
        let match = try #require(second.stderr.wholeMatch(of: pattern), "\(second.stderr)")
        #expect(match.1 == copy[...])
        #expect(match.2 == file[...])
        #expect(try cli.database().expenditures().count == 3)
        let dryRun = try cli.run("import", "expenses", file, "--dry-run")
        #expect(dryRun.status == 1)
        #expect(dryRun.stderr.hasPrefix("\(file) was imported already on "), "\(dryRun.stderr)")
        let again = try cli.run("import", "expenses", file, "--again", "--allow-duplicate-voucher")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.hasPrefix("imported 3 expenditures from \(file) (UTF-8)\nwarning: 2 of 3"))
        #expect(try cli.database().expenditures().count == 6)
    }

    @Test func numberedExpensesGiveNoWarningAndAChangedFileIsNew() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("n.csv", Self.numbered)
        let first = try cli.run("import", "expenses", file)
        #expect(first.stderr == "imported 2 expenditures from \(file) (UTF-8)\n")
        // One byte more is another content: the voucher check then refuses the repeated rows on its own.
        let changed = try cli.file("n.csv", Self.numbered + "JD2021,XC,5,2021-05-01,记-3\n")
        let second = try cli.run("import", "expenses", changed)
        #expect(second.status == 1)
        #expect(!second.stderr.contains("was imported already"), "\(second.stderr)")
        #expect(second.stderr.contains("记-1"), "\(second.stderr)")
    }

    @Test func theSameValuesFileTwiceIsRefusedUnlessAgain() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("v.csv", "indicator,period,value\nJD01,2021,12\n")
        #expect(try cli.run("import", "values", file).status == 0)
        let second = try cli.run("import", "values", file)
        #expect(second.status == 1)
        #expect(second.stderr.hasPrefix("\(file) was imported already on "), "\(second.stderr)")
        #expect(
            second.stderr.hasSuffix(
                ", 1 indicator value: importing it again would put its values back over any correction made since; "
                    + "nothing was stored. Give --again to import it anyway\n"
            ),
            "\(second.stderr)"
        )
        // An expenses import of the same bytes would be another kind; --again goes through.
        let again = try cli.run("import", "values", file, "--again")
        #expect(again.status == 0)
        #expect(again.stderr == "imported 1 indicator value from \(file) (UTF-8): 1 unchanged\n")
    }

    @Test func aRefusedImportIsNotRemembered() throws {
        let cli = try StreetCLI.seeded()
        let file = try cli.file("bad.csv", "project,category,amount,date\nJD2021,XC,abc,2021-03-01\n")
        #expect(try cli.run("import", "expenses", file).status == 1)
        let second = try cli.run("import", "expenses", file)
        #expect(second.status == 1)
        #expect(!second.stderr.contains("was imported already"), "\(second.stderr)")
    }
}
