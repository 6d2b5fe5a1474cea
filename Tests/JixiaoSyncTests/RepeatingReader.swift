import Foundation

/// Runs a check over and over on a thread of its own (not the cooperative pool or NIO's thread pool, which the
/// server and clients under test need) until `stop()` or a time limit, collecting what each round found wrong.
final class RepeatingReader: @unchecked Sendable {
    private let lock = NSLock()
    private var stopRequested = false
    private var done = false
    private var waiter: CheckedContinuation<Void, Never>?
    private var rounds = 0
    private var findings: [String] = []

    /// Starts the thread.
    /// - Parameters:
    ///   - limit: the thread stops by itself after this long, so a test that never calls `stop()` cannot hang.
    ///   - check: one round; returns its findings (empty when all is well). A thrown error is a finding.
    init(limit: TimeInterval = 60, _ check: @escaping @Sendable () throws -> [String]) {
        let deadline = Date().addingTimeInterval(limit)
        let thread = Thread { [self] in
            while !lock.withLock({ stopRequested }) && Date() < deadline {
                let found: [String]
                do { found = try check() } catch { found = ["threw: \(error)"] }
                lock.withLock {
                    rounds += 1
                    findings += found
                }
            }
            let waiting = lock.withLock { () -> CheckedContinuation<Void, Never>? in
                done = true
                return waiter
            }
            waiting?.resume()
        }
        thread.start()
    }

    /// Asks the thread to stop after its current round and waits for it.
    /// - Returns: how many rounds ran and everything they found.
    func stop() async -> (rounds: Int, findings: [String]) {
        lock.withLock { stopRequested = true }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let finished = lock.withLock { () -> Bool in
                if done { return true }
                waiter = continuation
                return false
            }
            if finished { continuation.resume() }
        }
        return lock.withLock { (rounds, findings) }
    }
}
