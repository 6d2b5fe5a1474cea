import Foundation
import JixiaoModels
import JixiaoProtocol
import NIOCore

/// A push stored while its slices still arrive (Protocol.md §10.3.7): the connection hands over each slice as the
/// session accepts it, and the store, inside the push's transaction, reads them in order (`PushReader`), waiting for
/// the next one when it has not come yet.
///
/// The district has one writer, so a slow client must not hold it: the store waits for slices at most `patience` in
/// all, then gives up (`read` throws `Stalled`), its transaction is rolled back, and the push is stored once it has
/// arrived whole, as if it had never been started. A push the store refuses (a bad record) is answered after its
/// last slice, as one stored whole is: a client still sending would not read an earlier answer.
final class ArrivingPush: @unchecked Sendable {
    /// The store waited `patience` in all for slices that had not come.
    struct Stalled: Error {}
    /// The connection ended (or the session failed) before the last slice.
    struct Abandoned: Error {}

    private let patience: Duration
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var slices: [ByteBuffer] = []
    private var complete = false
    private var abandoned = false

    /// Creates an empty push whose store waits at most `patience` in all for its slices.
    init(patience: Duration) {
        self.patience = patience
    }

    /// Hands over the next slice; `last` for the push's last one.
    func append(_ slice: ByteBuffer, last: Bool) {
        condition.withLock {
            slices.append(slice)
            complete = last
            condition.broadcast()
        }
    }

    /// Ends the push unfinished: a store waiting for a slice throws `Abandoned`.
    func abandon() {
        condition.withLock {
            abandoned = true
            condition.broadcast()
        }
    }

    /// Reads the slices with `reader` as they come, handing each record to `body`, and checks the end.
    /// - Throws: `Stalled`, `Abandoned`, what `reader` throws, or what `body` throws.
    func read(with reader: PushReader, each body: (SyncChange) throws -> Void) throws {
        var next = 0
        var waited = Duration.zero
        while let slice = try slice(at: next, waited: &waited) {
            next += 1
            try reader.consume(slice, each: body)
        }
        try reader.finish()
    }

    /// The slice at `index`, waiting for it while the push is not complete; nil after the last.
    private func slice(at index: Int, waited: inout Duration) throws -> ByteBuffer? {
        condition.lock()
        defer { condition.unlock() }
        let clock = ContinuousClock()
        while index == slices.count && !complete && !abandoned {
            let left = patience - waited
            guard left > .zero else { throw Stalled() }
            let started = clock.now
            let seconds = Double(left.components.seconds) + Double(left.components.attoseconds) * 1e-18
            _ = condition.wait(until: Date(timeIntervalSinceNow: seconds))
            waited += clock.now - started
        }
        if abandoned { throw Abandoned() }
        guard index < slices.count else { return nil }
        return slices[index]
    }
}
