import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import JixiaoTestSupport
import Testing

/// Issue 11's randomized acceptance: three devices of two offices edit at random, the same rows and the same
/// indicator values included, syncing in turns and at once through connections cut at random, while real `street
/// sync` processes and the real `district serve` process are SIGKILLed at random moments; at the end every device
/// and the district hold identical rows.
@Suite(
    "Random edits on three devices of two offices, with connections cut and processes SIGKILLed at random",
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: ServerProcess.binary)
            && BuiltBinary("street").isBuilt,
        "the district and street binaries are not built (swift build)"
    )
)
struct RandomDevicesTests {
    /// One random change on `device`: a new row, an edit, a delete, or an indicator value both devices may set.
    static func randomEdit(_ device: StreetDatabase, round: Int, using rng: inout SeededGenerator) throws {
        let rows = try device.expenditures()
        let choice = Int.random(in: 0..<10, using: &rng)
        let pick = rows.isEmpty ? nil : rows[Int.random(in: 0..<rows.count, using: &rng)]
        try device.write { writer in
            switch choice {
            case 0...2:
                try writer.insert(
                    Expenditure(
                        id: StreetWriter.newID(),
                        office: writer.office,
                        project: "JD2021",
                        category: "C1",
                        fund: "F1",
                        amount: Money(fen: Int64(100 + round)),
                        date: "2021-03-01",
                        voucher: "R\(round)"
                    )
                )
            case 3...5:
                if var row = pick {
                    row.note = "round \(round)"
                    row.amount = Money(fen: Int64(1 + round))
                    try writer.update(row)
                }
            case 6:
                if let row = pick { try writer.deleteExpenditure(id: row.id) }
            default:
                // Ids derived from (indicator, period, label): every device of the office sets the same row.
                try writer.set(
                    IndicatorValue(
                        id: "",
                        office: writer.office,
                        indicator: "I\(Int.random(in: 0..<3, using: &rng))",
                        period: .month(2021, Int.random(in: 1...2, using: &rng)),
                        value: .number(Double(round))
                    )
                )
            }
        }
    }

    @Test("200 rounds with SIGKILLs: every device and the district end with identical rows, every column")
    func randomRounds() async throws {
        try await SyncFixture.with(offices: ["A", "B"]) { fixture in
            // The real server process behind a proxy whose target moves when the server is restarted: the devices
            // keep one address (the proxy's), as an office keeps its district's.
            await fixture.tearDownServerOnly()
            var server = try ServerProcess(database: fixture.district.path)
            let proxy = CuttingProxy(target: try await server.port())
            let proxyPort = try await proxy.start()
            let street = BuiltBinary("street")
            let devices = [
                try fixture.street("A", port: proxyPort), try fixture.street("A", port: proxyPort),
                try fixture.street("B", port: proxyPort),
            ]
            for device in devices {
                try await SyncFixture.record(device, expenditures: 10)
                _ = try await fixture.client(device, port: proxyPort).sync()
            }
            /// Waits until the proxy has relayed `bytes` more than `mark`, or `done` says the run ended, or 10 s.
            func waitForRelay(past mark: Int, _ bytes: Int, done: () -> Bool) async throws {
                let deadline = ContinuousClock.now + .seconds(10)
                while proxy.relayed < mark + bytes && !done() && ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(1))
                }
            }
            var rng = SeededGenerator(seed: 11)
            var (failures, clientKills, serverKills) = (0, 0, 0)
            for round in 0..<200 {
                let index = Int.random(in: 0..<devices.count, using: &rng)
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    try Self.randomEdit(devices[index], round: round, using: &rng)
                }
                switch Int.random(in: 0..<20, using: &rng) {
                case 0...5:
                    // A connection cut at a random place: the sync may fail; nothing may be lost.
                    let direction: CuttingProxy.Direction = Bool.random(using: &rng) ? .toServer : .toClient
                    proxy.plan = .afterBytes(direction, Int.random(in: 0..<2_000, using: &rng))
                    do {
                        _ = try await fixture.client(devices[index], attempts: 1, port: proxyPort).sync()
                    } catch {
                        failures += 1
                    }
                    proxy.plan = .none
                case 6...8:
                    // The office's two devices at the same time.
                    async let a = fixture.client(devices[0], port: proxyPort).sync()
                    async let b = fixture.client(devices[1], port: proxyPort).sync()
                    _ = try await (a, b)
                case 9...10:
                    // A real `street sync` process SIGKILLed inside its session: after a random number of the bytes a
                    // sync exchanges (TLS handshake included, about 3–4 KB for a small one), however loaded the
                    // machine is.
                    let mark = proxy.relayed
                    let run = try street.start(["sync", "--db", devices[index].path])
                    try await waitForRelay(past: mark, Int.random(in: 1..<3_500, using: &rng)) {
                        !run.process.isRunning
                    }
                    kill(run.process.processIdentifier, SIGKILL)
                    _ = try run.finish()
                    // Killed while it ran, not after it had already finished.
                    if run.process.terminationReason == .uncaughtSignal { clientKills += 1 }
                case 11...12:
                    // The real server SIGKILLed inside a session (after a random number of its bytes), then started
                    // again.
                    let client = fixture.client(devices[index], attempts: 1, port: proxyPort)
                    let mark = proxy.relayed
                    let finished = Signal()
                    async let attempt: SyncReport? = {
                        defer { finished.fire() }
                        return try? await client.sync()
                    }()
                    try await waitForRelay(past: mark, Int.random(in: 1..<3_500, using: &rng)) {
                        finished.firedAt != nil
                    }
                    server.kill(SIGKILL)
                    _ = await server.waitForExit()
                    if await attempt == nil {
                        failures += 1
                        serverKills += 1
                    }
                    #expect(try fixture.district.integrityCheck() == ["ok"])
                    server = try ServerProcess(database: fixture.district.path)
                    proxy.target = try await server.port()
                default:
                    _ = try await fixture.client(devices[index], port: proxyPort).sync()
                }
            }
            // Everyone syncs in turns until each has what the others pushed last.
            for device in devices + devices { _ = try await fixture.client(device, port: proxyPort).sync() }

            let officeA = try DevicesTests.rows(fixture.district, office: "A")
            #expect(try DevicesTests.rows(devices[0]) == officeA)
            #expect(try DevicesTests.rows(devices[1]) == officeA)
            #expect(try DevicesTests.rows(devices[2]) == DevicesTests.rows(fixture.district, office: "B"))
            #expect(try fixture.converged(devices[0], office: "A") && fixture.converged(devices[1], office: "A"))
            #expect(try fixture.converged(devices[2], office: "B"))
            #expect(try devices[0].conflicts() == fixture.district.conflicts(office: "A"))
            #expect(try fixture.district.digest(office: "A") == fixture.district.recomputedDigest(office: "A"))
            print(
                "random rounds: \(failures) syncs failed; \(clientKills) street processes and \(serverKills) servers killed mid-sync"
            )
            #expect(failures > 10, "only \(failures) cut or killed syncs failed")
            #expect(
                clientKills > 5 && serverKills > 5,
                "\(clientKills) street and \(serverKills) server kills mid-sync"
            )
            // Concurrent syncs of one office make conflicts; each is kept (timing varies).
            #expect(try !fixture.district.conflicts(office: "A").isEmpty)
            await proxy.stop()
            server.kill(SIGTERM)
            _ = await server.waitForExit()
        }
    }
}
