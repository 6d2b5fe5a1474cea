import Foundation
import Testing

/// Misuse of a `street` command is the parser's: the message, the usage, exit status 64, before the database is
/// touched.
@Suite struct CLIMisuseTests {
    @Test(arguments: [
        (["expense", "list", "--period", "2021Q5"], "The value '2021Q5' is invalid for '--period <period>'"),
        (["value", "list", "--period", "2021-13"], "The value '2021-13' is invalid for '--period <period>'"),
        (
            ["value", "delete", "--indicator", "JD01", "--period", "21"],
            "The value '21' is invalid for '--period <period>'"
        ),
        (["note", "set", "--project", "JD2021", "--section", "problems"], "give either --text or --file"),
    ])
    func periodsAndChoicesAreCheckedByTheParser(arguments: [String], message: String) throws {
        let cli = try StreetCLI.seeded()
        let result = try cli.run(arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(result.stderr)")
        #expect(result.stderr.contains("\nUsage: street "))
    }
}
