import Foundation
import JixiaoModels
import NIOCore
import Testing

@testable import JixiaoProtocol

/// A digest repair through both session state machines and real frame bytes (Protocol.md §10.9), without sockets.
@Suite("A digest repair in memory: RECONCILE rounds, then FETCH of the differing rows")
struct RepairSessionTests {
    @Test("§10.9 the client's walk and the server's answers find the 3 differing rows of 2,000; FETCH brings them")
    func repairInMemory() throws {
        let all = CompressionTests.sampleChanges(2_000).filter { $0.operation == .upsert }
        var district = FakeDistrict()
        for change in all.dropFirst(2) { district.rows["\(change.table.rawValue)/\(change.key)"] = change }
        // The office lacks the district's first row of the sample, the district lacks the office's extra one.
        let extra = all[1]
        var office = Array(all.dropFirst(2)) + [extra]
        office.removeAll { $0 == all[2] }
        district.rows["\(extra.table.rawValue)/\(extra.key)"] = nil
        district.rows["\(all[0].table.rawValue)/\(all[0].key)"] = all[0]
        let local = office.map {
            HashedRow(table: $0.table, key: $0.key, hash: RowHash(table: $0.table, values: $0.values))
        }

        var client = ClientSessionTests.client()
        var server = ServerSession(
            configuration: .init(schemaVersion: 1, channelBinding: Vectors.binding),
            serverNonce: Vectors.serverNonce,
            now: ServerSessionTests.t0
        )
        var wire = InMemoryWire()
        var reconciled: [BucketAnswer]?
        var fetched: [SyncChange] = []
        var bytes = 0
        func run(_ action: ClientSession.Action) throws {
            var pending = [action]
            while let next = pending.popLast() {
                switch next {
                case .send(let messages):
                    for message in messages {
                        bytes += Frame.headerLength + message.frame.payload.readableBytes
                        for reply in try wire.deliver(message, to: &server, district: &district) {
                            bytes += Frame.headerLength + reply.frame.payload.readableBytes
                            pending.insert(client.received(reply, now: ServerSessionTests.t0), at: 0)
                        }
                    }
                case .reconciled(let answers): reconciled = answers
                case .pulled(_, let rows): fetched += rows
                case .fail(let error, _): throw error
                default: break
                }
            }
        }
        try run(client.start(now: ServerSessionTests.t0))
        #expect(client.isReady)
        bytes = 0
        var reconciliation = Reconciliation(local: local, remote: district.digest)
        while case .ask(let queries) = reconciliation.next() {
            try run(client.reconcile(queries, now: ServerSessionTests.t0))
            try reconciliation.received(try #require(reconciled))
            reconciled = nil
        }
        guard case .exchange(let push, let fetch) = reconciliation.next() else { return #expect(Bool(false)) }
        let key = { (c: SyncChange) in RowKey(table: c.table, key: c.key) }
        #expect(push == [key(extra)])
        #expect(Set(fetch) == Set([key(extra), key(all[0]), key(all[2])]))
        try run(client.fetch(fetch, now: ServerSessionTests.t0))
        // The district holds two of the three: its rows come back; the one it never held is not sent.
        #expect(Set(fetched) == Set([all[0], all[2]]))
        #expect(client.isReady && bytes < 12_000, "\(bytes) bytes")
    }
}
