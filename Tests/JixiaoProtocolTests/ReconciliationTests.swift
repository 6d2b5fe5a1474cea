import Foundation
import JixiaoModels
import NIOCore
import Testing

@testable import JixiaoProtocol

/// The digest repair by hash buckets (Protocol.md §10.9), played between a `Reconciliation` and the district's
/// pure answers (`BucketAnswer.answering`), without sockets or databases.
@Suite("Reconciliation: hash buckets narrowed to the differing rows")
struct ReconciliationTests {
    static func row(_ key: String, table: SyncTable = .expenditures, content: String = "") -> HashedRow {
        HashedRow(
            table: table,
            key: key,
            hash: RowHash(table: table, values: [.text(key), .text(content.isEmpty ? key : content)])
        )
    }

    /// Runs a whole repair against `district`; returns the exchange and the number of RECONCILE requests and
    /// their answers' encoded bytes.
    static func run(
        local: [HashedRow],
        district: [HashedRow]
    ) throws -> (
        push: [RowKey], fetch: [RowKey], requests: Int, bytes: Int
    ) {
        var digest = SyncDigest.empty
        for row in district { digest.toggle(row.hash, counting: 1) }
        var reconciliation = Reconciliation(local: local, remote: digest)
        var bytes = 0
        while true {
            switch reconciliation.next() {
            case .ask(let queries):
                #expect(queries.count <= Reconciliation.bucketsPerRequest)
                let answers = queries.map { query in
                    BucketAnswer.answering(query, rows: district.filter { query.bucket.contains($0.hash) })
                }
                bytes += Message.reconcile(queries).frame.payload.readableBytes
                bytes += Message.reconcileResult(answers).frame.payload.readableBytes
                try reconciliation.received(answers)
            case .exchange(let push, let fetch):
                return (push, fetch, reconciliation.requests, bytes)
            }
        }
    }

    @Test("§10.9 equal sets need no request and exchange nothing")
    func equal() throws {
        let rows = (0..<500).map { Self.row("e-\($0)") }
        let result = try Self.run(local: rows, district: rows.reversed())
        #expect(result.requests == 0 && result.push.isEmpty && result.fetch.isEmpty)
    }

    @Test("§10.9 a few differing rows out of 20,000 are found exactly, in a few small requests")
    func fewDiffer() throws {
        let shared = (0..<20_000).map { Self.row("e-\($0)") }
        // The district lacks e-20000, holds another content of e-7, and holds e-district the device lacks.
        let local = shared + [Self.row("e-20000"), Self.row("e-7b", content: "mine")]
        let district = shared + [Self.row("e-district"), Self.row("e-7b", content: "theirs")]
        let result = try Self.run(local: local, district: district)
        #expect(
            result.push == [RowKey(table: .expenditures, key: "e-20000"), RowKey(table: .expenditures, key: "e-7b")]
        )
        #expect(
            result.fetch == [
                RowKey(table: .expenditures, key: "e-20000"), RowKey(table: .expenditures, key: "e-7b"),
                RowKey(table: .expenditures, key: "e-district"),
            ]
        )
        #expect(result.requests <= 4)
        // Every row as a change record would be about 20,000 × 40 bytes; the repair's questions and answers are
        // a few kilobytes.
        #expect(result.bytes < 8_000, "\(result.bytes) bytes")
    }

    @Test("§10.9 one side empty: every row of the other is in the difference")
    func oneSideEmpty() throws {
        let rows = (0..<300).map { Self.row("n-\($0)", table: .narratives) }
        let toDistrict = try Self.run(local: rows, district: [])
        #expect(toDistrict.push.count == 300 && toDistrict.fetch.count == 300)
        let fromDistrict = try Self.run(local: [], district: rows)
        #expect(fromDistrict.push.isEmpty && fromDistrict.fetch.count == 300)
    }

    @Test("§10.9 the same key in two tables, and hashes that share a long prefix, are told apart")
    func collidingPrefixes() throws {
        // Rows whose h1 agree in their first 60 bits force the narrowing down to 64-bit buckets.
        let a = HashedRow(table: .expenditures, key: "x", hash: RowHash(h1: 0x1234_5678_9ABC_DEF0, h2: 1))
        let b = HashedRow(table: .indicatorValues, key: "x", hash: RowHash(h1: 0x1234_5678_9ABC_DEF1, h2: 2))
        let filler = (0..<40).map {
            HashedRow(table: .expenditures, key: "f\($0)", hash: RowHash(h1: 0x1234_5678_9ABC_DE00 | Int64($0), h2: 9))
        }
        let result = try Self.run(local: filler + [a], district: filler + [b])
        #expect(result.push == [a.row])
        #expect(result.fetch == [a.row, b.row].sorted())
    }

    @Test("§10.9.1 buckets: ranges, children, the sign change")
    func buckets() {
        #expect(HashBucket.all.signedRange == Int64.min...Int64.max)
        let top = HashBucket(prefix: 0x8, bits: 4)!
        #expect(top.signedRange == Int64.min...(Int64.min + 0x0FFF_FFFF_FFFF_FFFF))
        #expect(HashBucket(prefix: 0x7, bits: 4)!.signedRange.upperBound == Int64.max)
        #expect(HashBucket.all.children.count == 16)
        #expect(HashBucket.all.child(holding: RowHash(h1: -1, h2: 0)) == 15)
        #expect(HashBucket(prefix: 0x10, bits: 4) == nil)
        #expect(HashBucket(prefix: 1, bits: 3) == nil)
        #expect(HashBucket(prefix: .max, bits: 64)!.contains(RowHash(h1: -1, h2: 0)))
        #expect(!HashBucket(prefix: 0xFFFF_FFFF_FFFF_FFFE, bits: 64)!.contains(RowHash(h1: -1, h2: 0)))
    }

    @Test("§10.9.3 answers that do not fit the questions are malformed")
    func badAnswers() {
        var reconciliation = Reconciliation(local: [Self.row("a")], remote: SyncDigest(count: 100, h1: 1, h2: 2))
        guard case .ask(let queries) = reconciliation.next() else { return #expect(Bool(false)) }
        #expect(queries == [BucketQuery(bucket: .all, wantsRows: false)])
        // A listing for a bucket asked for digests.
        #expect(throws: ProtocolError.self) { try reconciliation.received([.rows([])]) }
        var other = Reconciliation(local: [Self.row("a")], remote: SyncDigest(count: 100, h1: 1, h2: 2))
        _ = other.next()
        #expect(throws: ProtocolError.self) { try other.received([.digests([.empty])]) }
    }

    @Test("§10.9.3 the district lists a bucket only when asked and small enough")
    func listingLimits() {
        let rows = (0..<300).map { Self.row("e-\($0)") }
        #expect(BucketAnswer.answering(BucketQuery(bucket: .all, wantsRows: true), rows: rows).isDigests)
        #expect(
            !BucketAnswer.answering(BucketQuery(bucket: .all, wantsRows: true), rows: Array(rows.prefix(20))).isDigests
        )
        #expect(BucketAnswer.answering(BucketQuery(bucket: .all, wantsRows: false), rows: []).isDigests)
    }

    @Test("§12.6 the RECONCILE, RECONCILE_RESULT and FETCH vectors")
    func vectors() throws {
        let row = HashedRow(
            table: .expenditures,
            key: "e-0001",
            hash: RowHash(h1: Vectors.rowHash.0, h2: Vectors.rowHash.1)
        )
        let bucket = HashBucket(prefix: 0xC8, bits: 8)!
        #expect(bucket.contains(row.hash))
        let reconcile = Message.reconcile([
            BucketQuery(bucket: .all, wantsRows: false), BucketQuery(bucket: bucket, wantsRows: true),
        ])
        let result = Message.reconcileResult([
            BucketAnswer.answering(BucketQuery(bucket: bucket, wantsRows: true), rows: [row])
        ])
        let fetch = Message.fetch([row.row])
        #expect(hexString(encoded(reconcile)) == Self.reconcileHex)
        #expect(hexString(encoded(result)) == Self.resultHex)
        #expect(hexString(encoded(fetch)) == Self.fetchHex)
        let text = try DocumentationTests.protocolText()
        for vector in [Self.reconcileHex, Self.resultHex, Self.fetchHex] { #expect(text.contains(vector)) }
    }

    static let reconcileHex = "4a58013200000000000000166c8fcdfb00020000000000000000000000000000000000c80801"
    static let resultHex =
        "4a58013300000000000000206a3f51b600010100000001010006652d30303031c8b5a718982a95f63b1c6d52452c5955"
    static let fetchHex = "4a580123000000000000000dafad526100000001010006652d30303031"
}

extension BucketAnswer {
    var isDigests: Bool { if case .digests = self { true } else { false } }
}
