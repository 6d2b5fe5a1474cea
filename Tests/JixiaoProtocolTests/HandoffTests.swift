import Foundation
import Testing

@testable import JixiaoProtocol

@Suite("Hand-off between two threads")
struct HandoffTests {
    struct Failure: Error, Equatable {
        let at: Int
    }

    @Test("every element arrives once, in order, across many small batches; the producer's result is returned")
    func order() throws {
        var seen: [Int] = []
        let total = try Handoff<Int>.run(batchSize: 7, depth: 2) { yield in
            for n in 0..<10_000 { try yield(n) }
            return 10_000
        } consume: {
            seen.append($0)
        }
        #expect(total == 10_000 && seen == Array(0..<10_000))
    }

    @Test("the producer runs on another thread while the consumer works")
    func concurrent() throws {
        let consumer = pthread_self()
        let threads = try Handoff<Bool>.run(batchSize: 1, depth: 1) { yield in
            try yield(pthread_equal(pthread_self(), consumer) != 0)
            return pthread_equal(pthread_self(), consumer) != 0
        } consume: { onConsumerThread in
            #expect(!onConsumerThread)
            #expect(pthread_equal(pthread_self(), consumer) != 0)
        }
        #expect(!threads)
    }

    @Test("a consumer's error stops the producer, which has ended when the error is thrown")
    func consumerFails() throws {
        let stopped = Flag()
        let error = #expect(throws: Failure.self) {
            _ = try Handoff<Int>.run(batchSize: 4, depth: 1) { yield in
                defer { stopped.set() }
                for n in 0..<1_000_000 { try yield(n) }
                return ()
            } consume: { n in
                if n == 10 { throw Failure(at: n) }
            }
        }
        #expect(error == Failure(at: 10))
        #expect(stopped.isSet)
    }

    @Test("a producer's error comes after every element it handed over")
    func producerFails() throws {
        var seen: [Int] = []
        let error = #expect(throws: Failure.self) {
            _ = try Handoff<Int>.run(batchSize: 3, depth: 2) { yield in
                for n in 0..<10 { try yield(n) }
                throw Failure(at: 10)
            } consume: {
                seen.append($0)
            }
        }
        #expect(error == Failure(at: 10))
        // The last, incomplete batch (9) was not handed over; the nine before it were.
        #expect(seen == Array(0..<9))
    }

    @Test("nothing produced: the consumer is never called")
    func empty() throws {
        var calls = 0
        try Handoff<Int>.run { _ in
            ()
        } consume: { _ in
            calls += 1
        }
        #expect(calls == 0)
    }
}

/// Set once on one thread, read on another.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
