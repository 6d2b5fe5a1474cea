import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import JixiaoTestSupport
import Testing

@Suite("Fault injection: connections cut at every frame boundary and at random offsets")
struct FaultInjectionTests {
    /// Plaintext: cuts at every frame boundary (the proxy parses frames) and at random offsets. TLS: cuts at random
    /// offsets of the encrypted stream, handshake included (a frame boundary is not visible there).
    @Test("after every cut a retry converges: nothing lost, nothing duplicated", arguments: [false, true])
    func cutsEverywhere(tls: Bool) async throws {
        try await SyncFixture.with(
            offices: ["wangluyuan"],
            configuration: .init(port: 0, maximumConnectionsPerPeer: 1_000, plaintext: !tls)
        ) { fixture in
            let proxy = CuttingProxy(target: fixture.port)
            let proxyPort = try await proxy.start()
            let street = try fixture.street("wangluyuan")
            try await SyncFixture.record(street, expenditures: 300, values: 50)
            var rng = SeededGenerator(seed: 7)
            var cuts: [CuttingProxy.Cut] = []
            for direction in [CuttingProxy.Direction.toServer, .toClient] {
                if tls {
                    // Inside the handshake and the session (each direction carries 1.5–3 KB with TLS).
                    for _ in 0..<20 { cuts.append(.afterBytes(direction, Int.random(in: 0..<1_500, using: &rng))) }
                } else {
                    for frames in 0...8 { cuts.append(.afterFrames(direction, frames)) }
                    for _ in 0..<12 { cuts.append(.afterBytes(direction, Int.random(in: 0..<1_500, using: &rng))) }
                }
            }
            var failedFirst = 0
            for (round, cut) in cuts.enumerated() {
                // New work every round: additions, an update and a delete, so each round has a push.
                try await SyncFixture.record(street, expenditures: 15, values: 2, tag: "r\(round)")
                let existing = try street.expenditures()
                try street.write { writer in
                    var changed = existing[round]
                    changed.note = "changed in round \(round)"
                    try writer.update(changed)
                    try writer.deleteExpenditure(id: existing[existing.count - 1 - round].id)
                }
                proxy.plan = cut
                var failed = false
                do {
                    _ = try await fixture.client(street, attempts: 1, port: proxyPort).sync()
                } catch {
                    failed = true
                    failedFirst += 1
                }
                // A steady-state sync (v2) is HELLO, AUTH, PUSH_BEGIN, PUSH_DATA, PULL, VERIFY, BYE one way and
                // CHALLENGE, AUTH_OK, PUSH_ACK, PULL_DATA, PULL_END, VERIFY_RESULT, BYE the other; a cut within the
                // first frames of either direction, or inside the first 200 bytes, must break the sync.
                switch cut {
                case .afterFrames(.toServer, let n) where n <= 5, .afterFrames(.toClient, let n) where n <= 4:
                    #expect(failed, "round \(round): \(cut) did not break the sync")
                case .afterBytes(_, let n) where n < 200:
                    #expect(failed, "round \(round): \(cut) did not break the sync")
                default:
                    break
                }
                proxy.plan = .none
                let report = try await fixture.client(street, attempts: 8, port: proxyPort).sync()
                #expect(report.digest.isEmpty == false, "\(cut)")
                #expect(try fixture.converged(street, office: "wangluyuan"), "round \(round): \(cut)")
                let local = try street.expenditures().count
                #expect(
                    try fixture.district.rowCounts(office: "wangluyuan").expenditures == local,
                    "round \(round): \(cut)"
                )
            }
            #expect(failedFirst >= 20, "only \(failedFirst) of \(cuts.count) cut syncs failed")
            print("fault injection (\(tls ? "TLS" : "plaintext")): \(failedFirst) of \(cuts.count) cut syncs failed")
            await proxy.stop()
        }
    }
}
