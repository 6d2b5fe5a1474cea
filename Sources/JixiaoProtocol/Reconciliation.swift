import JixiaoModels

/// The client's side of a digest repair (Protocol.md §10.9): which hash buckets to ask about, and, once every
/// differing bucket is narrowed down to its rows, which rows to push and which to fetch. Pure: the driver sends
/// what `next()` asks, feeds the answers to `received(_:)`, and performs the exchange it ends with.
///
/// Only the rows whose hashes differ travel: a copy of each row the district lacks or holds otherwise is pushed,
/// and each row in the difference is fetched back, so that the district's winning state (a newer version, a
/// tombstone) reaches the device. Nothing is deleted that a tombstone does not name (§10.3.4).
public struct Reconciliation: Sendable {
    /// The most buckets one RECONCILE asks about (Protocol.md §10.9.2).
    public static let bucketsPerRequest = 64
    /// A bucket whose district digest counts at most this many rows is asked for its listing.
    public static let listingThreshold = 32
    /// The most keys one FETCH names (Protocol.md §10.9.4).
    public static let keysPerFetch = 4096

    /// What to do next.
    public enum Step: Hashable, Sendable {
        /// Send RECONCILE with these queries and pass the answers to `received(_:)`.
        case ask([BucketQuery])
        /// Every difference is known: push a copy of the `push` rows (a repair push, §10.3.4), then FETCH the
        /// `fetch` rows; both sorted. Both empty: the digests already agree.
        case exchange(push: [RowKey], fetch: [RowKey])
    }

    private let local: [HashedRow]
    private var queue: [BucketQuery]
    private var asked: [BucketQuery] = []
    private var push: Set<RowKey> = []
    private var fetch: Set<RowKey> = []
    /// How many RECONCILE requests were asked for.
    public private(set) var requests = 0

    /// Starts a repair.
    /// - Parameters:
    ///   - local: every office row the device holds, with its hash.
    ///   - remote: the district's digest of the office's rows (VERIFY_RESULT).
    public init(local: [HashedRow], remote: SyncDigest) {
        self.local = local.sorted(by: HashedRow.ordered)
        var digest = SyncDigest.empty
        for row in local { digest.toggle(row.hash, counting: 1) }
        queue =
            digest == remote
            ? [] : [BucketQuery(bucket: .all, wantsRows: remote.count <= Int64(Self.listingThreshold))]
    }

    /// The next step.
    /// - Precondition: the answers to the previous `ask` were received.
    public mutating func next() -> Step {
        precondition(asked.isEmpty, "next() before the answers to the last RECONCILE")
        guard !queue.isEmpty else { return .exchange(push: push.sorted(), fetch: fetch.sorted()) }
        asked = Array(queue.prefix(Self.bucketsPerRequest))
        queue.removeFirst(asked.count)
        requests += 1
        return .ask(asked)
    }

    /// Takes the district's RECONCILE_RESULT for the last `ask`.
    /// - Throws: `ProtocolError.malformedFrame` when the answers do not fit the questions: another count, a listing
    ///   for a bucket asked for digests, a listed row outside its bucket, digests that are not 16.
    public mutating func received(_ answers: [BucketAnswer]) throws {
        guard answers.count == asked.count else {
            throw ProtocolError.malformed(
                "RECONCILE_RESULT answers \(answers.count) buckets, \(asked.count) were asked"
            )
        }
        let questions = asked
        asked = []
        for (query, answer) in zip(questions, answers) {
            let mine = rows(in: query.bucket)
            switch answer {
            case .rows(let theirs):
                guard query.wantsRows || !query.bucket.canSplit else {
                    throw ProtocolError.malformed("RECONCILE_RESULT lists bucket \(query.bucket), digests were asked")
                }
                guard theirs.allSatisfy({ query.bucket.contains($0.hash) }) else {
                    throw ProtocolError.malformed("RECONCILE_RESULT lists a row outside bucket \(query.bucket)")
                }
                compare(mine: mine, theirs: theirs)
            case .digests(let digests):
                guard digests.count == HashBucket.fanOut, query.bucket.canSplit else {
                    throw ProtocolError.malformed("RECONCILE_RESULT gives \(digests.count) digests for \(query.bucket)")
                }
                for (child, theirs) in zip(query.bucket.children, digests) {
                    let held = rows(in: child)
                    var digest = SyncDigest.empty
                    for row in held { digest.toggle(row.hash, counting: 1) }
                    if digest == theirs { continue }
                    if theirs.count == 0 {
                        compare(mine: held, theirs: [])
                    } else {
                        let list = theirs.count <= Int64(Self.listingThreshold) || !child.canSplit
                        queue.append(BucketQuery(bucket: child, wantsRows: list))
                    }
                }
            }
        }
    }

    /// Rows on one side only: the device's are pushed and fetched back, the district's are fetched.
    private mutating func compare(mine: ArraySlice<HashedRow>, theirs: [HashedRow]) {
        let theirSet = Set(theirs)
        let mySet = Set(mine)
        for row in mine where !theirSet.contains(row) {
            push.insert(row.row)
            fetch.insert(row.row)
        }
        for row in theirs where !mySet.contains(row) { fetch.insert(row.row) }
    }

    /// The device's rows in `bucket` (a contiguous run of the sorted rows).
    private func rows(in bucket: HashBucket) -> ArraySlice<HashedRow> {
        func firstIndex(notBelow value: UInt64) -> Int {
            var (low, high) = (0, local.count)
            while low < high {
                let middle = (low + high) / 2
                if UInt64(bitPattern: local[middle].hash.h1) < value { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let start = firstIndex(notBelow: bucket.lowest)
        let end = bucket.highest == UInt64.max ? local.count : firstIndex(notBelow: bucket.highest + 1)
        return local[start..<end]
    }
}
