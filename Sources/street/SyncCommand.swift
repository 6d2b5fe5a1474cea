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

        @Flag(help: ArgumentHelp(tr("street.sync.quiet")))
        var quiet = false

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
                // Progress is for a person watching: on a terminal only, never in a pipe, a log or with --quiet.
                let line = SyncProgressDisplay(ProgressLine(quiet: quiet))
                let sync = Task { try await client.sync { line.show($0) } }
                let interrupt = Self.onInterrupt { sync.cancel() }
                defer { interrupt.cancel() }
                do {
                    let report = try await sync.value
                    line.finish()
                    print(report.description)
                } catch let error as SyncError where error.code == .interrupted {
                    line.finish()
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

/// The sync's one progress line: the push's and the pull's megabytes and rows, then that the district stores them.
/// Called from the sync's tasks, so a lock keeps the line to one writer.
private final class SyncProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private let line: ProgressLine
    /// A sync smaller than this is over before a person could read its progress.
    private static let threshold = 64 << 10

    /// Whether a line of the district storing the push was shown.
    private var storing = false

    init(_ line: ProgressLine) { self.line = line }

    func show(_ progress: SyncProgress) {
        // A push sent as it is compressed has no total until its last slice (0 until then).
        let streaming = progress.phase == "push" && progress.bytesTotal == 0
        guard (streaming ? progress.bytesDone : progress.bytesTotal) >= Self.threshold else { return }
        let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_048_576) }
        let rows = ProgressLine.grouped(progress.rows)
        let push = progress.phase == "push"
        let arguments = [
            "done": megabytes(progress.bytesDone), "total": megabytes(progress.bytesTotal), "rows": rows,
        ]
        lock.withLock {
            if progress.phase == "store" {
                let percent = ProgressLine.percent(progress.rowsDone, of: progress.rows)
                // The first at once, however soon after "push sent": the district took a second to get here.
                line.show(
                    tr(
                        "street.sync.progress.store",
                        ["done": ProgressLine.grouped(progress.rowsDone), "total": rows, "percent": "\(percent)"]
                    ),
                    force: !storing
                )
                storing = true
            } else if push && progress.bytesDone == progress.bytesTotal {
                line.show(tr("street.sync.push-sent", ["rows": rows]), force: true)
            } else if streaming {
                line.show(tr("street.sync.progress.push-sending", arguments))
            } else if push {
                line.show(tr("street.sync.progress.push", arguments))
            } else {
                line.show(tr("street.sync.progress.pull", arguments))
            }
        }
    }

    func finish() { lock.withLock { line.finish() } }
}
