import ArgumentParser
import JixiaoConsole
import JixiaoDistrict
import JixiaoStorage

extension District {
    /// `district verify`.
    struct VerifyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check the database: SQLite's integrity check, per office the rows and digests, the audit trail.",
            discussion:
                "Exits non-zero when the integrity check fails, an office's rows do not match their digest, or the "
                + "audit trail was edited or truncated (the first bad entry is named)."
        )

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let report = try VerifyService.run(try options.open())
                write("integrity_check: \(report.integrity.joined(separator: "; "))\n")
                write(report.table().render())
                write(report.auditLine + "\n")
                guard report.passed else {
                    // The table above says what failed; this line is the verdict.
                    printError("verify FAILED: restore the database from a backup (`district backup FILE`)")
                    throw ExitCode.failure
                }
            }
        }
    }
}
