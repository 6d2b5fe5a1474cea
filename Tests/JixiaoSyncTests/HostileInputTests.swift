import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import JixiaoStreet
import JixiaoTestSupport
import NIOCore
import Testing

@Suite("Hostile input against a live server while another office syncs")
struct HostileInputTests {
    /// A stream of valid change records of the attacker's own office, each with its own key and 1 MiB of NUL text,
    /// that inflates to `mebibytes` MiB from about a thousandth of that. Each record's head (its distinct key) is
    /// compressed and fully flushed on its own; after a full flush the 1 MiB of NULs always compresses to the same
    /// bytes, so that unit is computed once and repeated (the Adler-32 trailer is omitted).
    static func bomb(mebibytes: Int, office: String) throws -> ByteBuffer {
        let text = 1 << 20
        let keyWidth = 8
        var whole: [UInt8] = []
        try ChangeRecord.append(
            SyncChange(
                table: .narratives,
                operation: .upsert,
                key: String(repeating: "n", count: keyWidth),
                office: office,
                values: [.text(String(repeating: "\u{0}", count: text))]
            ),
            to: &whole
        )
        // table u8 ‖ operation u8 ‖ u16 key length ‖ key (Protocol.md §8.3): the key starts at byte 4.
        var head = Array(whole.dropLast(text))
        let deflater = try Deflater(level: 9)
        var bomb = ByteBuffer()
        var zeros = ByteBuffer()
        for index in 0..<mebibytes {
            head.replaceSubrange(4..<4 + keyWidth, with: Array(String(format: "n%07d", index).utf8))
            deflater.compress(head, into: &bomb)
            deflater.fullFlush(into: &bomb)
            if index == 0 {
                deflater.compress(Array(whole.suffix(text)), into: &zeros)
                deflater.fullFlush(into: &zeros)
            }
            bomb.writeImmutableBuffer(zeros)
        }
        return bomb
    }

    /// Garbage connections of every kind; each must end promptly with an ERROR, or with a plain close when the
    /// bytes were only a truncated beginning of a frame. Returns each connection's code and duration.
    static func garbage(port: Int, cases: Int, seed: UInt64) async throws -> [(code: ErrorCode?, seconds: Double)] {
        var rng = SeededGenerator(seed: seed)
        var results: [(code: ErrorCode?, seconds: Double)] = []
        for index in 0..<cases {
            var bytes: [UInt8]
            switch index % 5 {
            case 0:  // random bytes
                bytes = (0..<Int.random(in: 1...64, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            case 1:  // a valid header start, then random
                bytes =
                    [0x4A, 0x58, 0x01]
                    + (0..<Int.random(in: 1...40, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            case 2:  // oversized length
                bytes = [0x4A, 0x58, 0x01, 0x11, 0x01, 0, 0, 0, 0x7F, 0xFF, 0xFF, 0xFF]
            case 3:  // a HELLO with a flipped byte (CRC or field)
                var hello = ByteBuffer()
                hello.writeFrame(
                    Message.hello(
                        Hello(
                            minimumVersion: 2,
                            maximumVersion: 2,
                            schemaVersion: 3,
                            office: "x",
                            clientNonce: Array(repeating: 1, count: 32),
                            clientName: "fuzz",
                            device: UUID()
                        )
                    ).frame
                )
                bytes = Array(hello.readableBytesView)
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng)
            default:  // a frame of unexpected type first
                var frame = ByteBuffer()
                frame.writeFrame(Message.pull(cursor: 0, rowCursor: 0).frame)
                bytes = Array(frame.readableBytesView)
            }
            let started = Date()
            let code = try await RawSession.run(port: port) { session -> ErrorCode? in
                try await session.send(bytes: bytes)
                session.finishSending()
                return try await session.receiveError()?.code
            }
            results.append((code, Date().timeIntervalSince(started)))
        }
        return results
    }

    /// The bomb a hostile office sends: declared as 30 MiB (under a 32 MiB limit), inflating to 2 GiB. Returns the
    /// server's answer.
    static func sendBomb(port: Int, office: String, secret: [UInt8]) async throws -> Message? {
        try await RawSession.run(port: port) { session in
            _ = try await session.authenticate(office: office, secret: secret)
            let bomb = try Self.bomb(mebibytes: 2048, office: office)
            try await session.send(
                .pushBegin(
                    PushBegin(
                        epoch: session.device,
                        fromSequence: 0,
                        toSequence: 1,
                        // As many rows as 30 MiB can hold, so the inflate cap, not the row count, stops it.
                        rowCount: 1_000_000,
                        isFullSnapshot: true,
                        uncompressedSize: 30 << 20
                    )
                )
            )
            var rest = bomb
            do {
                while rest.readableBytes > 0 {
                    let chunk = rest.readSlice(length: min(Frame.maximumChunkLength, rest.readableBytes))!
                    try await session.send(.pushData(chunk, more: rest.readableBytes > 0))
                }
            } catch {
                // The server may refuse and close before the last chunk: its ERROR is already on the way.
            }
            return try await session.receive()
        }
    }

    @Test(
        "garbage, oversized and random frames and a deflate bomb each get a protocol error; another office syncs fine"
    )
    func hostileWhileSyncing() async throws {
        try await SyncFixture.with(
            offices: ["wangluyuan", "attacker"],
            // A handshake timeout far above the bound below: a garbage connection closed only by that timeout
            // counts as held open, however loaded the machine (tests run in parallel on 2 cores).
            configuration: .init(port: 0, handshakeTimeout: .seconds(600), messageLimit: 32 << 20)
        ) { fixture in
            let street = try fixture.street("wangluyuan")
            try await SyncFixture.record(street, expenditures: 3_000, values: 500)
            let client = fixture.client(street)
            let port = fixture.port
            let secret = fixture.secrets["attacker"]!.bytes

            async let honest = client.sync()
            async let garbage = Self.garbage(port: port, cases: 300, seed: 42)
            async let bombAnswer = Self.sendBomb(port: port, office: "attacker", secret: secret)

            let report = try await honest
            let codes = try await garbage
            let answer = try await bombAnswer
            #expect(report.pushed == 3_500)
            #expect(try fixture.converged(street, office: "wangluyuan"))
            guard case .error(let bombError) = answer else {
                Issue.record("bomb not refused: \(String(describing: answer))")
                return
            }
            #expect(bombError.code == .decompressionLimit, "\(bombError)")
            #expect(try fixture.district.rowCounts(office: "attacker").expenditures == 0)
            let refused = codes.compactMap(\.code)
            #expect(refused.count >= 200, "only \(refused.count) of 300 garbage connections got an ERROR")
            #expect(codes.allSatisfy { $0.seconds < 120 }, "a garbage connection was held open")
            #expect(
                refused.allSatisfy { [.malformedFrame, .tooLarge, .unexpectedMessage, .upgradeRequired].contains($0) },
                "\(Set(refused.map(\.name)))"
            )
        }
    }

    @Test("a bomb declared at its true size is refused at PUSH_BEGIN, before any inflating")
    func declaredBomb() async throws {
        try await SyncFixture.with(offices: ["attacker"]) { fixture in
            let secret = fixture.secrets["attacker"]!.bytes
            let answer = try await RawSession.run(port: fixture.port) { session in
                _ = try await session.authenticate(office: "attacker", secret: secret)
                try await session.send(
                    .pushBegin(
                        PushBegin(
                            epoch: session.device,
                            fromSequence: 0,
                            toSequence: 1,
                            rowCount: 1,
                            isFullSnapshot: true,
                            uncompressedSize: 2 << 30
                        )
                    )
                )
                return try await session.receive()
            }
            guard case .error(let error) = answer else {
                Issue.record("not refused")
                return
            }
            #expect(error.code == .decompressionLimit)
        }
    }
}
