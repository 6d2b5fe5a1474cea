import Foundation
import JixiaoDistrict
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import JixiaoStreet
import JixiaoTestSupport
import Logging
import NIOPosix
import Testing

/// Protocol.md §1.5 and §5 against real TLS sessions on 127.0.0.1: the pin, the channel binding, the record layer's
/// integrity and confidentiality, certificate rotation, and an independent Python client.
@Suite("TLS: pinned certificate, channel binding, encrypted and authenticated records, rotation")
struct TLSTests {
    @Test("a relay with its own certificate is refused by the pin, and by the binding without the pin; nothing written")
    func terminatingRelay() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            let relay = try TLSRelay.terminating(target: fixture.port)
            let relayPort = try await relay.start()
            let real = try DistrictIdentity.currentFingerprint(in: fixture.district)
            let street = try fixture.street("wangluyuan", pin: real)
            try await SyncFixture.record(street, expenditures: 20)

            let pinned = await #expect(throws: SyncError.self) {
                _ = try await fixture.client(street, attempts: 1, port: relayPort).sync()
            }
            #expect(pinned?.code == .certificateMismatch)
            let message = pinned?.description ?? ""
            #expect(
                message.hasPrefix(
                    "the district's certificate is not the one this office was given (expected \(real), got sha256:"
                ),
                "\(message)"
            )
            #expect(message.hasSuffix("); if the district replaced it, ask the district for a new enrolment file"))
            #expect(message.components(separatedBy: real.description).count == 2, "the relay's certificate is named")

            // The pin check off (a test hook): the relay completes TLS, and the binding fails the authentication.
            let bound = await #expect(throws: SyncError.self) {
                _ = try await fixture.client(street, attempts: 1, port: relayPort, pinning: false).sync()
            }
            #expect(bound?.code == .authenticationFailed, "\(String(describing: bound))")
            // An office that never had a pin is protected the same way, and pins nothing.
            let unpinned = try fixture.street("wangluyuan")
            try await SyncFixture.record(unpinned, expenditures: 3)
            let tofu = await #expect(throws: SyncError.self) {
                _ = try await fixture.client(unpinned, attempts: 1, port: relayPort).sync()
            }
            #expect(tofu?.code == .authenticationFailed)
            #expect(try unpinned.settings().pin == nil)
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 0)
            await relay.stop()

            // Directly: the pinned office syncs; the unpinned one pins the district's certificate on first use.
            #expect(try await fixture.client(street).sync().pushed == 20)
            let first = try await fixture.client(unpinned).sync()
            #expect(first.pinnedCertificate == real)
            #expect(try unpinned.settings().pin == real)
        }
    }

    @Test("one byte of ciphertext flipped mid-push ends the session; nothing is written; the next sync converges")
    func flippedByte() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            let street = try fixture.street("wangluyuan")
            try await SyncFixture.record(street, expenditures: 3_000, values: 100)
            // Past the handshake (a few KB) and inside the push (well over 20 KB compressed).
            let relay = TLSRelay(target: fixture.port, mode: .tap(flipAt: 20_000))
            let relayPort = try await relay.start()
            await #expect(throws: SyncError.self) {
                _ = try await fixture.client(street, attempts: 1, port: relayPort).sync()
            }
            await relay.stop()
            #expect(relay.captured.count > 20_000, "the flip was inside the session")
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 0)
            #expect(try street.pendingCount() == 3_100)
            let report = try await fixture.client(street).sync()
            #expect(report.pushed == 3_100)
            #expect(try fixture.converged(street, office: "wangluyuan"))
        }
    }

    @Test(
        "a recording relay finds neither the payee nor the office code in a TLS session; in plaintext it finds both",
        arguments: [true, false]
    )
    func recordedBytes(tls: Bool) async throws {
        try await SyncFixture.with(
            offices: ["wangluyuan"],
            configuration: .init(port: 0, maximumConnectionsPerPeer: 1_000, plaintext: !tls)
        ) { fixture in
            let street = try fixture.street("wangluyuan")
            let payee = "长沙市开福区某某文化传媒有限公司"
            try street.write { writer in
                try writer.insert(
                    Expenditure(
                        id: StreetWriter.newID(),
                        office: writer.office,
                        project: "JD2021",
                        category: "C1",
                        fund: "F1",
                        amount: Money(fen: 1_280_00),
                        date: "2021-05-12",
                        voucher: "PZ-0512",
                        payee: payee,
                        note: "禁毒宣传海报"
                    )
                )
            }
            let relay = TLSRelay(target: fixture.port, mode: .tap(flipAt: nil))
            let relayPort = try await relay.start()
            // zlib level 0 (stored blocks): the row's text travels as its own bytes, so without TLS it is readable.
            var configuration = fixture.client(street).configuration
            configuration.compressionLevel = 0
            let client = SyncClient(
                database: street,
                configuration: configuration,
                server: ServerAddress(host: "127.0.0.1", port: relayPort),
                logger: SyncFixture.logger
            )
            #expect(try await client.sync().pushed == 1)
            await relay.stop()
            let captured = relay.captured
            func contains(_ text: String) -> Bool {
                let needle = Array(text.utf8)
                guard captured.count >= needle.count else { return false }
                return (0...(captured.count - needle.count)).contains { start in
                    captured[start..<(start + needle.count)].elementsEqual(needle)
                }
            }
            #expect(contains(payee) == !tls)
            #expect(contains("wangluyuan") == !tls)
            #expect(captured.starts(with: [0x4A, 0x58, 0x01, 0x01]) == !tls, "a HELLO frame header in clear")
            if tls { #expect(captured.first == 0x16, "a TLS handshake record") }
        }
    }

    /// Runs a server on `database` (what `district serve` does at each start) around `body`.
    static func withServer<T>(
        _ database: DistrictDatabase,
        _ body: (Int) async throws -> T
    ) async throws -> T {
        let server = try SyncServer(
            database: database,
            configuration: .init(port: 0, maximumConnectionsPerPeer: 1_000),
            logger: SyncFixture.logger
        )
        let port = try await server.start()
        let running = Task { try await server.run() }
        defer {
            server.shutdown()
        }
        let result = try await body(port)
        server.shutdown()
        _ = try? await running.value
        return result
    }

    @Test(
        "rotation: an office syncing while a certificate is staged moves to it; one that did not is refused naming both and recovers with a new enrolment file"
    )
    func rotation() async throws {
        try await SyncFixture.with(offices: ["early", "late"]) { fixture in
            let district = fixture.district
            let old = try DistrictIdentity.currentFingerprint(in: district)
            let early = try fixture.street("early", pin: old)
            let late = try fixture.street("late", pin: old)
            for street in [early, late] {
                try await SyncFixture.record(street, expenditures: 5)
                _ = try await fixture.client(street).sync()
            }
            await fixture.tearDownServerOnly()

            let staged = try #require(try DistrictIdentity.stage(in: district).next)
            let next = DistrictIdentity.fingerprint(of: staged)
            #expect(next != old)
            try await Self.withServer(district) { port in
                try await SyncFixture.record(early, expenditures: 1, tag: "staged-")
                _ = try await fixture.client(early, port: port).sync()
                #expect(try early.settings().nextPin == next)
                #expect(try early.settings().pin == old)
            }

            #expect(DistrictIdentity.fingerprint(of: try DistrictIdentity.activate(in: district)) == next)
            try await Self.withServer(district) { port in
                let moved = try await fixture.client(early, port: port).sync()
                #expect(moved.pinnedCertificate == next)
                #expect(try early.settings().pin == next)
                #expect(try early.settings().nextPin == nil)

                try await SyncFixture.record(late, expenditures: 2, tag: "late-")
                let refused = await #expect(throws: SyncError.self) {
                    _ = try await fixture.client(late, attempts: 1, port: port).sync()
                }
                #expect(refused?.code == .certificateMismatch)
                #expect(refused?.description.contains("(expected \(old), got \(next))") == true)
                // The district writes the office's enrolment file again; the office applies it.
                let enrolment = try EnrolmentFile.reissue(
                    office: "late",
                    server: ServerAddress(host: "127.0.0.1", port: port),
                    in: district
                )
                #expect(enrolment.certificate == next)
                _ = try late.updateSettings(
                    server: enrolment.server,
                    secret: enrolment.secret,
                    pin: enrolment.certificate
                )
                #expect(try await fixture.client(late, port: port).sync().pushed == 2)
                #expect(try fixture.converged(late, office: "late"))
                #expect(try fixture.converged(early, office: "early"))
            }
        }
    }

    @Test("an independent Python client (ssl module, Protocol.md §1.5.6 and §5) syncs over TLS with the pin")
    func pythonClient() async throws {
        guard let python = ExternalTool("python3") else {
            Issue.record("python3 is not installed (scripts/test.sh installs it)")
            return
        }
        try await SyncFixture.with(offices: ["python"]) { fixture in
            let path = fixture.directory.appendingPathComponent("python.enrol").path
            try EnrolmentFile.write(
                try EnrolmentFile.reissue(
                    office: "python",
                    server: ServerAddress(host: "127.0.0.1", port: fixture.port),
                    in: fixture.district
                ),
                to: path,
                replacing: false
            )
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("scripts/bench/jxclient.py").path
            // Waited for on a thread of its own: a wait on one of the two cooperative threads, while another test
            // blocks the other, would starve the in-process server this client talks to (it then timed out).
            let result = try await NIOThreadPool.singleton.runIfActive {
                try python.run([
                    script, "selftest", "--port", String(fixture.port), "--enrol", path, "--project", "JD2021",
                    "--fund", "F1",
                ])
            }
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("\"ok\": true"), "\(result.stdout)")
            #expect(try fixture.district.rowCounts(office: "python").expenditures == 3)
        }
    }
}

/// A district database made again from scratch (`district init` on a new file): a new certificate, new secrets.
@Suite("A rebuilt district")
struct RebuiltDistrictTests {
    @Test(
        "the office is told the district's certificate changed; after its new enrolment it pushes every row it holds; nothing lost"
    )
    func rebuiltDistrict() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { old in
            let pin = try DistrictIdentity.currentFingerprint(in: old.district)
            let street = try old.street("wangluyuan", pin: pin)
            try await SyncFixture.record(street, expenditures: 40, values: 10)
            _ = try await old.client(street).sync()
            try await SyncFixture.with(offices: ["wangluyuan"]) { rebuilt in
                let refused = await #expect(throws: SyncError.self) {
                    _ = try await rebuilt.client(street, attempts: 1).sync()
                }
                #expect(refused?.code == .certificateMismatch)
                #expect(refused?.description.contains("(expected \(pin), got ") == true)
                #expect(try rebuilt.district.rowCounts(office: "wangluyuan").expenditures == 0)
                // The district enrols the office again; the office applies the file (`street config --enrol`).
                let enrolment = try EnrolmentFile.reissue(
                    office: "wangluyuan",
                    server: rebuilt.address,
                    in: rebuilt.district
                )
                _ = try street.updateSettings(
                    server: enrolment.server,
                    secret: enrolment.secret,
                    pin: enrolment.certificate
                )
                _ = try await rebuilt.client(street).sync()
                #expect(try rebuilt.district.rowCounts(office: "wangluyuan").expenditures == 40)
                #expect(try rebuilt.district.rowCounts(office: "wangluyuan").values == 10)
                #expect(try rebuilt.converged(street, office: "wangluyuan"))
                #expect(try street.expenditures().count == 40)
            }
        }
    }
}
