import ArgumentParser
import JixiaoConsole
import JixiaoDistrict
import JixiaoStorage

extension District {
    /// `district verify`.
    struct VerifyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check the database: SQLite's integrity check, and per office the rows and digests.",
            discussion: "Exits non-zero when the integrity check fails or an office's rows do not match their digest."
        )

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let report = try VerifyService.run(try options.open())
                write("integrity_check: \(report.integrity.joined(separator: "; "))\n")
                write(report.table().render())
                guard report.passed else {
                    // The table above says what failed; this line is the verdict.
                    printError("verify FAILED: restore the database from a backup (`district backup FILE`)")
                    throw ExitCode.failure
                }
            }
        }
    }
}
