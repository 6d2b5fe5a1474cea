import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoStorage
import JixiaoStreet
import Logging

extension Street {
    /// `street sync`: push, pull, verify; one summary line.
    struct SyncCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: "Send this office's changes to the district, receive the plan, and check both sides agree.",
            discussion: """
                Safe to run any time: nothing is marked as sent until the district confirms it. Prints one summary \
                line; shows progress on stderr for large transfers; exits non-zero with one line on failure.
                """
        )

        @OptionGroup var options: DatabaseOptions

        func run() async throws {
            options.bootstrapLogging()
            try await reporting {
                let client = SyncClient(database: try options.database(), logger: Logger(label: "street.sync"))
                let shown = LastShown()
                let report = try await client.sync { progress in
                    guard progress.bytesTotal >= 1 << 20, shown.shouldShow(progress) else { return }
                    let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_048_576) }
                    printError(
                        "\(progress.phase): \(megabytes(progress.bytesDone)) of \(megabytes(progress.bytesTotal)) MB"
                    )
                }
                print(report.description)
            }
        }
    }
}

/// Throttles progress lines to one per whole mebibyte.
private final class LastShown: @unchecked Sendable {
    private let lock = NSLock()
    private var last = -1

    func shouldShow(_ progress: SyncProgress) -> Bool {
        lock.withLock {
            let step = progress.bytesDone >> 20
            guard step != last || progress.bytesDone == progress.bytesTotal else { return false }
            last = step
            return true
        }
    }
}
