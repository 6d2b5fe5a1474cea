import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import JixiaoStreet
import Testing

@Suite("Server limits: connections, handshake and idle timeouts")
struct LimitTests {
    @Test("connections beyond the maximum are answered with ERROR overloaded; the others are served")
    func maximumConnections() async throws {
        try await SyncFixture.with(offices: ["a", "b"], configuration: .init(port: 0, maximumConnections: 2)) {
            fixture in
            let port = fixture.port
            let secretA = fixture.secrets["a"]!.bytes
            let secretB = fixture.secrets["b"]!.bytes
            let third = try await RawSession.run(port: port) { first -> ErrorCode? in
                _ = try await first.authenticate(office: "a", secret: secretA)
                return try await RawSession.run(port: port) { second -> ErrorCode? in
                    _ = try await second.authenticate(office: "b", secret: secretB)
                    return try await RawSession.run(port: port) { third in try await third.receiveError()?.code }
                }
            }
            #expect(third == .overloaded)
        }
    }

    @Test(
        "a client that never finishes the handshake gets ERROR timeout; a silent session is closed when idle",
        .timeLimit(.minutes(5))
    )
    func timeouts() async throws {
        try await SyncFixture.with(
            offices: ["a"],
            configuration: .init(port: 0, handshakeTimeout: .milliseconds(300))
        ) { fixture in
            let started = Date()
            let silent = try await RawSession.run(port: fixture.port) { session in
                try await session.receiveError()?.code
            }
            let waited = Date().timeIntervalSince(started)
            #expect(silent == .timeout)
            // The bound is loose on purpose (parallel tests on 2 cores can delay the timer); without the timeout the
            // server would hold the connection for ever and the read above would not return at all.
            #expect(waited >= 0.25 && waited < 180, "\(waited) s")
        }
        // The idle timeout only starts after a handshake that is allowed all the time it needs.
        try await SyncFixture.with(
            offices: ["a"],
            configuration: .init(port: 0, idleTimeout: .milliseconds(500))
        ) { idleFixture in
            let secret = idleFixture.secrets["a"]!.bytes
            let idle = try await RawSession.run(port: idleFixture.port) { session -> ErrorCode? in
                _ = try await session.authenticate(office: "a", secret: secret)
                return try await session.receiveError()?.code
            }
            #expect(idle == .timeout)
        }
    }
}
