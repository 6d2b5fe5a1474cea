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
            let database = try DistrictDatabase.open(at: options.path)
            let report = try VerifyService.run(database)
            write("integrity_check: \(report.integrity.joined(separator: "; "))\n")
            write(report.table().render())
            guard report.passed else {
                printError("verify FAILED: restore the database from a backup (`district backup FILE`)")
                throw ExitCode.failure
            }
        }
    }
}
