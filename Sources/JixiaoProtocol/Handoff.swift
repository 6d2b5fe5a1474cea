import Foundation

/// Two halves of one large job on two cores: a producer on a thread of its own hands its elements, in batches, to a
/// consumer on the caller's thread. The district reads a push (inflating and decoding, about a third of the work)
/// while its writer stores it; a street office reads its changes from the database while they are compressed.
///
/// At most `depth` batches of `batchSize` wait between the two, so memory stays bounded however large the job. When
/// the consumer throws, the producer is stopped (its next hand-over throws) and waited for before
/// the error is rethrown; an error of the producer is thrown once the consumer has taken every element handed over
/// before it. No thread outlives `run`.
public final class Handoff<Element: Sendable>: @unchecked Sendable {
    private let batchSize: Int
    private let depth: Int
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var batches: [[Element]] = []
    private var produced = false
    private var failure: (any Error)?
    private var stopped = false
    private var running = true

    @usableFromInline
    init(batchSize: Int, depth: Int) {
        precondition(batchSize > 0 && depth > 0, "a hand-off needs room for a batch")
        self.batchSize = batchSize
        self.depth = depth
    }

    /// Runs `produce` on a new thread and `consume` on this one with each element it yields, in order.
    /// - Returns: what `produce` returned.
    /// - Throws: what either half threw (the consumer's error first).
    // Inlinable, so that the consumer's loop is specialized for the element type in the caller's module.
    @inlinable
    public static func run<Result: Sendable>(
        batchSize: Int = 1024,
        depth: Int = 4,
        produce: @escaping @Sendable (_ yield: (Element) throws -> Void) throws -> Result,
        consume: (Element) throws -> Void
    ) throws -> Result {
        let handoff = Handoff(batchSize: batchSize, depth: depth)
        let result = ResultBox<Result>()
        handoff.start(produce, into: result)
        do {
            while let batch = try handoff.next() {
                for element in batch { try consume(element) }
            }
        } catch {
            handoff.stop()
            throw error
        }
        handoff.stop()
        return result.value!
    }

    @usableFromInline
    func start<Result: Sendable>(
        _ body: @escaping @Sendable (_ yield: (Element) throws -> Void) throws -> Result,
        into result: ResultBox<Result>
    ) {
        let thread = Thread { self.produce(body, into: result) }
        thread.name = "jixiao-handoff"
        thread.start()
    }

    private func produce<Result>(
        _ body: (_ yield: (Element) throws -> Void) throws -> Result,
        into result: ResultBox<Result>
    ) {
        var batch: [Element] = []
        batch.reserveCapacity(batchSize)
        var error: (any Error)?
        do {
            result.value = try body { element in
                batch.append(element)
                if batch.count == batchSize {
                    try hand(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try hand(batch) }
        } catch let caught {
            error = caught
        }
        condition.lock()
        if !(error is Stopped) { failure = error }
        produced = true
        running = false
        condition.broadcast()
        condition.unlock()
    }

    /// Queues a batch, waiting while the queue is full.
    /// - Throws: `Stopped` once the consumer has stopped.
    private func hand(_ batch: [Element]) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= depth && !stopped { condition.wait() }
        guard !stopped else { throw Stopped() }
        batches.append(batch)
        condition.broadcast()
    }

    /// The next batch; nil at the end; throws what the producer threw after the batches it handed over.
    @usableFromInline
    func next() throws -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !produced { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the producer and waits until its thread has ended.
    @usableFromInline
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }
}

/// What a hand-over throws once the consumer has stopped: it ends the producer, and is no failure of its own.
private struct Stopped: Error {}

/// The producer's result, written on its thread before it signals the end, read after.
@usableFromInline
final class ResultBox<Value>: @unchecked Sendable {
    @usableFromInline var value: Value?
    @usableFromInline init() {}
}
