import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import JixiaoTestSupport
import NIOCore
import Testing

/// What the clerk reads when the connection breaks after it was made, as opposed to a server never reached.
@Suite struct ConnectionLossMessageTests {
    @Test func aConnectionCutMidSyncSaysNothingWasLost() async throws {
        // Plaintext, so the proxy can count frames (under TLS it sees only records).
        try await SyncFixture.with(
            offices: ["wangluyuan"],
            configuration: .init(port: 0, maximumConnectionsPerPeer: 1_000, plaintext: true)
        ) { fixture in
            let proxy = CuttingProxy(target: fixture.port)
            let proxyPort = try await proxy.start()
            let street = try fixture.street("wangluyuan")
            try await SyncFixture.record(street, expenditures: 5, values: 1)
            proxy.plan = .afterFrames(.toClient, 2)
            let error = await #expect(throws: SyncError.self) {
                _ = try await fixture.client(street, attempts: 1, port: proxyPort).sync()
            }
            await proxy.stop()
            #expect(
                error?.description
                    == "the connection to 127.0.0.1:\(proxyPort) was lost during the sync; nothing was lost: "
                    + "run `street sync` again"
            )
            #expect(try street.pendingCount() == 5 + 1)
        }
    }

    @Test func aServerThatStopsMidSyncIsNotCalledUnreachable() async throws {
        // Plaintext, so the proxy can count frames (under TLS it sees only records).
        try await SyncFixture.with(
            offices: ["wangluyuan"],
            configuration: .init(port: 0, maximumConnectionsPerPeer: 1_000, plaintext: true)
        ) { fixture in
            let proxy = CuttingProxy(target: fixture.port)
            let proxyPort = try await proxy.start()
            let street = try fixture.street("wangluyuan")
            try await SyncFixture.record(street, expenditures: 5, values: 1)
            proxy.plan = .afterFrames(.toClient, 2)
            // The first attempt is cut at once; the proxy is gone before the retry 1.5 s later, which cannot connect.
            let client = SyncClient(
                database: street,
                configuration: .init(
                    attempts: 2,
                    initialBackoff: .milliseconds(1_500),
                    maximumBackoff: .milliseconds(1_500),
                    connectTimeout: .seconds(2),
                    responseTimeout: .seconds(20),
                    plaintext: true
                ),
                server: ServerAddress(host: "127.0.0.1", port: proxyPort),
                logger: SyncFixture.logger
            )
            let sync = Task { try await client.sync() }
            // Stop listening once the first attempt is in (it is cut after 2 frames); however loaded the machine,
            // the retry 1.5 s later then finds nobody listening.
            for _ in 0..<3_000 where proxy.accepted == 0 { try await Task.sleep(for: .milliseconds(10)) }
            #expect(proxy.accepted == 1)
            await proxy.stop()
            let error = await #expect(throws: SyncError.self) { _ = try await sync.value }
            #expect(
                error?.description
                    == "the server at 127.0.0.1:\(proxyPort) stopped answering during the sync; nothing was lost: "
                    + "run `street sync` again when it is back"
            )
            #expect(try street.pendingCount() == 5 + 1)
        }
    }
}
