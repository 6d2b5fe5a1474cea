import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import Logging
import NIOCore
import NIOPosix

/// The office's sync client: pushes pending changes, pulls reference data, verifies digests (Protocol.md §10.2).
///
/// Safe to run any time: changes are marked as sent only after the district's PUSH_ACK, and a repeated push is a
/// no-op at the district (its rows' versions identify it). Network failures are retried with backoff; a digest
/// mismatch makes the client repair (push every row as a copy, pull every row), which never deletes anything and
/// never discards unacknowledged changes. A restored or copied database becomes a new device and syncs again.
public struct SyncClient: Sendable {
    /// The office database.
    public let database: StreetDatabase
    /// Retries and timeouts.
    public let configuration: SyncClientConfiguration
    let logger: Logger
    /// Where to connect, instead of the address in the office settings (tests, proxies).
    let addressOverride: ServerAddress?

    /// The schema version the sync protocol carries (Protocol.md §11.2).
    public static let schemaVersion: UInt32 = 3

    /// Creates a client for `database`.
    /// - Parameter server: connect here instead of the server recorded by `street init`.
    public init(
        database: StreetDatabase,
        configuration: SyncClientConfiguration = .init(),
        server: ServerAddress? = nil,
        logger: Logger
    ) {
        self.database = database
        self.configuration = configuration
        self.addressOverride = server
        self.logger = logger
    }

    /// Runs one sync, retrying network failures with backoff, and records it for `street status`.
    /// - Parameter progress: called as bytes of a push or pull go by.
    /// - Returns: What the sync did.
    /// - Throws: `SyncError` with a one-line message; `SyncError.interrupted` when the calling task is cancelled.
    public func sync(progress: @escaping @Sendable (SyncProgress) -> Void = { _ in }) async throws -> SyncReport {
        let started = Date()
        var settings: StreetSettings
        do { settings = try database.settings() } catch { throw SyncError.storage("\(error)") }
        var newDevice: String?
        let address = addressOverride ?? settings.server
        var attempt = 0
        var forceSnapshot = false
        var backoff = configuration.initialBackoff
        // Whether an attempt got connected: a retry that then cannot connect means the server went away
        // mid-sync, which the clerk must not read as "never reachable".
        var connected = false
        while true {
            if Task.isCancelled {
                record(started: started, report: nil, error: .interrupted)
                throw SyncError.interrupted
            }
            attempt += 1
            do {
                var report = try await ClientSessionDriver(
                    database: database,
                    settings: settings,
                    address: address,
                    configuration: configuration,
                    forceSnapshot: forceSnapshot,
                    logger: logger,
                    progress: progress
                ).run()
                report.attempts = attempt
                report.newDevice = newDevice
                report.seconds = Date().timeIntervalSince(started)
                record(started: started, report: report, error: nil)
                return report
            } catch let error as SyncError {
                logger.info("sync attempt \(attempt) failed: \(error)")
                // Cancelled: whatever the broken connection looked like, the clerk stopped it; do not retry.
                if Task.isCancelled { continue }
                if error.code != .unreachable { connected = true }
                if error.code == .newDevice && newDevice == nil {
                    do { settings = try database.settings() } catch { throw SyncError.storage("\(error)") }
                    newDevice = settings.epoch
                    logger.warning("\(error.message)")
                    continue
                }
                if error.needsSnapshot && !forceSnapshot {
                    forceSnapshot = true
                    continue
                }
                guard error.isRetryable, attempt < configuration.attempts else {
                    let final = connected && error.code == .unreachable ? .serverGone(address.description) : error
                    record(started: started, report: nil, error: final)
                    throw final
                }
                try? await Task.sleep(for: .nanoseconds(backoff.nanoseconds))
                backoff = .nanoseconds(min(backoff.nanoseconds * 2, configuration.maximumBackoff.nanoseconds))
            }
        }
    }

    private func record(started: Date, report: SyncReport?, error: SyncError?) {
        let formatter = ISO8601DateFormatter()
        let run = OfficeSessionRecord(
            startedAt: formatter.string(from: started),
            finishedAt: formatter.string(from: Date()),
            result: report.map { "ok: pushed \($0.pushed), pulled \($0.pulled)" } ?? error?.message ?? "failed",
            ok: report != nil,
            pushed: report?.pushed ?? 0,
            pulled: report?.pulled ?? 0,
            bytesSent: report?.bytesSent ?? 0,
            bytesReceived: report?.bytesReceived ?? 0,
            digestMatch: report == nil ? nil : true
        )
        do { try database.record(run) } catch { logger.warning("cannot record the sync run: \(error)") }
    }
}
