import ArgumentParser
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage

extension District {
    /// `district verify`.
    struct VerifyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: tr("district.verify.abstract"),
            discussion: tr("district.verify.discussion")
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
                    printError(tr("district.verify.failed"))
                    throw ExitCode.failure
                }
            }
        }
    }
}
