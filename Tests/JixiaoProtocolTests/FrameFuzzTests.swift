import JixiaoTestSupport
import NIOCore
import Testing

@testable import JixiaoProtocol

/// Anomaly input: random bytes, mutated frames, random payloads under valid headers (≥ 10,000 cases).
@Suite("Frame and message fuzzing (Protocol.md §2, §4)")
struct FrameFuzzTests {
    /// Decodes everything in `bytes`; returns the messages, or throws the first error.
    static func decodeAll(_ bytes: [UInt8]) throws -> [Message] {
        var input = buffer(bytes)
        var out: [Message] = []
        while let frame = try input.readFrame() { out.append(try Message(frame: frame)) }
        return out
    }

    @Test("4,000 random byte strings: a ProtocolError or a wait for more, never a crash")
    func randomBytes() {
        var rng = SeededGenerator(seed: 1)
        var errors = 0
        for _ in 0..<4_000 {
            let count = Int.random(in: 0...200, using: &rng)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
            if Bool.random(using: &rng), bytes.count >= 2 {
                bytes[0] = 0x4A
                bytes[1] = 0x58
            }
            do {
                _ = try Self.decodeAll(bytes)
            } catch is ProtocolError {
                errors += 1
            } catch {
                Issue.record("unexpected error type \(error)")
            }
        }
        #expect(errors > 3_500)
    }

    @Test("4,000 valid streams with one byte mutated: refused, cut short, or visibly different; never the original")
    func mutatedFrames() throws {
        var rng = SeededGenerator(seed: 2)
        let original = FrameTests.stream
        var refused = 0
        for _ in 0..<4_000 {
            var bytes = original
            let index = Int.random(in: 0..<bytes.count, using: &rng)
            bytes[index] ^= UInt8.random(in: 1...255, using: &rng)
            do {
                // Only a mutation the CRC does not cover can get through: a length that now asks for more
                // bytes, or a type byte turned into a sibling type; the messages then differ.
                let messages = try Self.decodeAll(bytes)
                #expect(messages != FrameTests.sample, "mutation at \(index) went unnoticed")
            } catch is ProtocolError {
                refused += 1
            }
        }
        #expect(refused > 3_500)
    }

    @Test("300 random payloads under a valid header for every message type: decoded or refused")
    func randomPayloads() {
        var rng = SeededGenerator(seed: 3)
        var decodedCount = 0
        for type in MessageType.allCases {
            for _ in 0..<300 {
                let count = Int.random(in: 0...120, using: &rng)
                let payload = ByteBuffer(bytes: (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) })
                let frame = Frame(type: type, flags: type.isData ? .compressed : [], payload: payload)
                do {
                    let message = try Message(frame: frame)
                    decodedCount += 1
                    #expect(try Message(frame: message.frame) == message)
                } catch let error as ProtocolError {
                    #expect(error.code == .malformedFrame)
                } catch {
                    Issue.record("unexpected error type \(error)")
                }
            }
        }
        #expect(decodedCount >= 600)  // the two data types and BYE-with-empty-payload at least
    }

    @Test("random bytes into a capped change-set decoder: refused, never more than the cap")
    func randomCompressedData() throws {
        var rng = SeededGenerator(seed: 4)
        for _ in 0..<500 {
            let decoder = try ChangeSetDecoder(limit: 4096)
            let count = Int.random(in: 1...300, using: &rng)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
            if Bool.random(using: &rng) {
                bytes[0] = 0x78
                if count > 1 { bytes[1] = 0x9C }
            }
            #expect(throws: ProtocolError.self) {
                _ = try decoder.consume(ByteBuffer(bytes: bytes))
                try decoder.finish()
            }
            #expect(decoder.uncompressedBytes <= 4096)
        }
    }
}
