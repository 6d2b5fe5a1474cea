import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import Logging

extension Street {
    /// `street sync`: push, pull, verify; one summary line.
    struct SyncCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: tr("street.sync.abstract"),
            discussion: tr("street.sync.discussion")
        )

        @Flag(
            help: ArgumentHelp(
                tr("street.sync.plaintext")
            )
        )
        var plaintext = false

        @OptionGroup var options: DatabaseOptions

        func run() async throws {
            options.bootstrapLogging()
            try await reporting {
                let database = try options.database()
                let server = try database.settings().server
                if plaintext && !server.isLoopback {
                    throw StreetError.failed(tr("street.sync.plaintext-remote", ["server": "\(server)"]))
                }
                let client = SyncClient(
                    database: database,
                    configuration: SyncClientConfiguration(
                        plaintext: plaintext,
                        certificateHint: tr("street.sync.certificate-hint")
                    ),
                    logger: Logger(label: "street.sync")
                )
                let shown = LastShown()
                // Progress is for a person watching: on a terminal only, never in a pipe or a log.
                let onTerminal = isatty(STDERR_FILENO) != 0
                let sync = Task {
                    try await client.sync { progress in
                        guard onTerminal, progress.bytesTotal >= 1 << 20, shown.shouldShow(progress) else { return }
                        let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_048_576) }
                        printError(
                            tr(
                                "street.sync.progress",
                                [
                                    "phase": progress.phase == "push"
                                        ? tr("street.sync.phase.push") : tr("street.sync.phase.pull"),
                                    "done": megabytes(progress.bytesDone), "total": megabytes(progress.bytesTotal),
                                ]
                            )
                        )
                        if progress.phase == "push" && progress.bytesDone == progress.bytesTotal {
                            printError(tr("street.sync.push-sent"))
                        }
                    }
                }
                let interrupt = Self.onInterrupt { sync.cancel() }
                defer { interrupt.cancel() }
                do {
                    print(try await sync.value.description)
                } catch let error as SyncError where error.code == .interrupted {
                    printError(error.message)
                    throw ExitCode(130)
                }
            }
        }

        /// Ctrl-C (SIGINT) cancels the sync instead of killing the process: the client stops at the next await and
        /// reports `SyncError.interrupted` (its transactions leave nothing half-written). Should it not stop within
        /// a few seconds (a large SQL step), the process exits anyway: SQLite rolls back an open transaction.
        private static func onInterrupt(_ cancel: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
            signal(SIGINT, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            source.setEventHandler {
                cancel()
                DispatchQueue.global().asyncAfter(deadline: .now() + 5) {
                    printError(SyncError.interrupted.message)
                    Foundation.exit(130)
                }
            }
            source.resume()
            return source
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
