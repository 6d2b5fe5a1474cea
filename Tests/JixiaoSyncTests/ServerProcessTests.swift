import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import JixiaoTestSupport
import NIOCore
import Testing

/// Runs the built `district` binary (`swift build` puts it next to the test bundle).
final class ServerProcess: @unchecked Sendable {
    static let binary = BuiltBinary("district").path
    let process = Process()
    private let lock = NSLock()
    private var output = ""

    init(database: String, arguments: [String] = []) throws {
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--port", "0", "--db", database] + arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.output += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    var log: String { lock.withLock { output } }

    /// The port from the "serving … on HOST:PORT" line, waiting up to 20 s for it.
    func port() async throws -> Int {
        for _ in 0..<400 {
            if let line = log.split(separator: "\n").first(where: { $0.hasPrefix("serving ") }),
                let port = Int(line.split(separator: ":").last?.split(separator: ";").first ?? "")
            {
                return port
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CancellationError()
    }

    /// A line of the server's `/proc/PID/status` in bytes (`VmHWM`: peak resident memory), or nil off Linux.
    func memory(_ field: String) -> Int? {
        guard
            let status = try? String(
                contentsOfFile: "/proc/\(process.processIdentifier)/status",
                encoding: .utf8
            ),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("\(field):") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1024
    }

    func kill(_ signal: Int32) {
        Foundation.kill(process.processIdentifier, signal)
    }

    func waitForExit() async -> Int32 {
        while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
        return process.terminationStatus
    }
}

@Suite(
    "The district binary: SIGKILL mid-push, restart, retry; SIGTERM stops cleanly",
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: ServerProcess.binary),
        "the district binary is not built (swift build)"
    )
)
struct ServerProcessTests {
    @Test(
        "a server killed with SIGKILL while a large push arrives leaves all or nothing; after restart the retry converges"
    )
    func killDuringPush() async throws {
        try await SyncFixture.with(offices: ["wangluyuan", "calibration"]) { fixture in
            await fixture.tearDownServerOnly()
            // Protocol v2 writes each row's version too: on a loaded 2-core machine a debug apply of 30,000 rows can
            // take longer than the fixture's usual 20 s answer timeout.
            let patience = TimeAmount.seconds(90)
            let street = try fixture.street("wangluyuan")
            try await SyncFixture.record(street, expenditures: 30_000, values: 0)
            let first = try ServerProcess(database: fixture.district.path)
            let firstPort = try await first.port()
            // Measure how long the server takes from the last pushed byte to the end of the sync (inflate, apply,
            // verify), with another office of the same size, to aim the kill at the middle of that window.
            let calibration = try fixture.street("calibration")
            try await SyncFixture.record(calibration, expenditures: 30_000, values: 0)
            let calibrationPushed = Signal()
            let measured = try await ContinuousClock().measure {
                _ = try await fixture.client(calibration, attempts: 1, port: firstPort, responseTimeout: patience).sync
                {
                    progress in
                    if progress.phase == "push" && progress.bytesDone == progress.bytesTotal {
                        calibrationPushed.fire()
                    }
                }
            }
            let window = measured - (calibrationPushed.firedAt.map { $0 - calibrationPushed.created } ?? .zero)
            let pushed = Signal()
            let client = fixture.client(street, attempts: 1, port: firstPort, responseTimeout: patience)
            async let attempt: SyncReport? = try? client.sync { progress in
                if progress.phase == "push" && progress.bytesDone == progress.bytesTotal { pushed.fire() }
            }
            await pushed.wait()
            try await Task.sleep(for: window / 2)
            first.kill(SIGKILL)
            #expect(await first.waitForExit() != 0)
            let interrupted = await attempt
            let held = try fixture.district.rowCounts(office: "wangluyuan").expenditures
            print("SIGKILL test: killed \(window / 2) into a \(window) apply window; the district held \(held) rows")
            #expect(held == 0 || held == 30_000, "a killed apply left \(held) rows")
            #expect(try fixture.district.integrityCheck() == ["ok"])

            let second = try ServerProcess(database: fixture.district.path)
            let secondPort = try await second.port()
            let report = try await fixture.client(street, attempts: 5, port: secondPort, responseTimeout: patience)
                .sync()
            // Killed before the commit: the first attempt failed and the retry pushed the rows. Killed after it (the
            // apply ended before the signal): the retry finds them held and sends nothing again (Protocol.md §10.3.1).
            if held == 0 {
                #expect(interrupted == nil)
                #expect(report.pushed > 0)
            }
            #expect(try fixture.converged(street, office: "wangluyuan"))
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 30_000)

            second.kill(SIGTERM)
            #expect(await second.waitForExit() == 0)
            #expect(
                second.log.contains("session") && second.log.contains("office.code=wangluyuan")
                    && second.log.contains("sync.result=ok")
            )
        }
    }

    @Test(
        "a 2 GiB deflate bomb costs the district process less than 300 MiB of peak memory (measured in that process alone)",
        .enabled(if: FileManager.default.isReadableFile(atPath: "/proc/self/status"), "reads /proc/PID/status (Linux)")
    )
    func bombMemory() async throws {
        try await SyncFixture.with(offices: ["attacker"]) { fixture in
            await fixture.tearDownServerOnly()
            let server = try ServerProcess(database: fixture.district.path, arguments: ["--max-push-mib", "32"])
            let port = try await server.port()
            let before = try #require(server.memory("VmHWM"))
            let answer = try await HostileInputTests.sendBomb(
                port: port,
                office: "attacker",
                secret: fixture.secrets["attacker"]!.bytes
            )
            let peak = try #require(server.memory("VmHWM"))
            server.kill(SIGTERM)
            #expect(await server.waitForExit() == 0)
            guard case .error(let error) = answer else {
                Issue.record("bomb not refused: \(String(describing: answer))")
                return
            }
            #expect(error.code == .decompressionLimit, "\(error)")
            #expect(peak - before < 300 << 20, "peak memory grew by \((peak - before) >> 20) MiB")
            print("bomb: the district process's peak memory grew by \((peak - before) >> 20) MiB")
            #expect(try fixture.district.rowCounts(office: "attacker").expenditures == 0)
        }
    }
}

/// A one-shot flag an async task can wait for.
final class Signal: @unchecked Sendable {
    private let lock = NSLock()
    private var fired: ContinuousClock.Instant?
    let created = ContinuousClock.now

    func fire() { lock.withLock { if fired == nil { fired = .now } } }

    var firedAt: ContinuousClock.Instant? { lock.withLock { fired } }

    func wait() async {
        while firedAt == nil { try? await Task.sleep(for: .milliseconds(5)) }
    }
}
