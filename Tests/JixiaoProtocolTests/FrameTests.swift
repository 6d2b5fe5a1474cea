import NIOCore
import Testing

@testable import JixiaoProtocol

@Suite("Frames (Protocol.md §2)")
struct FrameTests {
    static let sample: [Message] = [
        .hello(Vectors.hello),
        .pushData(ByteBuffer(bytes: Array(repeating: 7, count: 300)), more: true),
        .bye,
        .error(ErrorMessage(code: .sequenceGap, message: "缺少 changes")),
    ]

    static var stream: [UInt8] { sample.flatMap(encoded) }

    @Test("§2.1 the HELLO test vector is byte-exact")
    func helloVector() throws {
        #expect(hexString(encoded(.hello(Vectors.hello))) == Vectors.helloFrameHex)
        var input = buffer(bytes(hex: Vectors.helloFrameHex))
        let frame = try #require(try input.readFrame())
        #expect(try Message(frame: frame) == .hello(Vectors.hello))
        #expect(input.readableBytes == 0)
    }

    @Test("§2 frames fed one byte at a time decode to the same messages")
    func oneByteAtATime() throws {
        var input = ByteBuffer()
        var decoded: [Message] = []
        for byte in Self.stream {
            input.writeInteger(byte)
            while let frame = try input.readFrame() { decoded.append(try Message(frame: frame)) }
        }
        #expect(decoded == Self.sample)
        #expect(input.readableBytes == 0)
    }

    @Test("§2 the stream split in two at every offset decodes the same")
    func splitAtEveryOffset() throws {
        let all = Self.stream
        for offset in 0...all.count {
            var input = buffer(Array(all[..<offset]))
            var decoded: [Message] = []
            while let frame = try input.readFrame() { decoded.append(try Message(frame: frame)) }
            input.writeBytes(all[offset...])
            while let frame = try input.readFrame() { decoded.append(try Message(frame: frame)) }
            #expect(decoded == Self.sample, "split at \(offset)")
        }
    }

    @Test("§2 every truncation of a frame asks for more bytes and consumes nothing")
    func truncated() throws {
        let one = encoded(.hello(Vectors.hello))
        for length in 0..<one.count {
            var input = buffer(Array(one[..<length]))
            #expect(try input.readFrame() == nil, "prefix \(length)")
            #expect(input.readableBytes == length)
        }
    }

    @Test("§2.1 a bad magic is refused from its first two bytes")
    func badMagic() {
        var input = buffer([0x4A, 0x59])
        #expect(throws: ProtocolError.self) { try input.readFrame() }
        var http = buffer(Array("GET / HTTP/1.1\r\n".utf8))
        #expect { try http.readFrame() } throws: { ($0 as? ProtocolError)?.code == .malformedFrame }
    }

    @Test("§2.1 a frame format version other than 1 asks for an upgrade")
    func badVersion() {
        var input = buffer([0x4A, 0x58, 0x02])
        #expect { try input.readFrame() } throws: { ($0 as? ProtocolError)?.code == .upgradeRequired }
    }

    @Test("§3 an unknown message type is refused", arguments: [0x00, 0x05, 0x14, 0x40, 0x7D, 0x80, 0xFF] as [UInt8])
    func unknownType(type: UInt8) {
        var input = buffer([0x4A, 0x58, 0x01, type])
        #expect { try input.readFrame() } throws: { ($0 as? ProtocolError)?.code == .malformedFrame }
    }

    @Test(
        "§2.2 reserved flag bits and flags on the wrong type are refused",
        arguments: [(0x01, 0x01), (0x01, 0x02), (0x11, 0x00), (0x11, 0x02), (0x11, 0x04), (0x21, 0x81), (0x7F, 0x10)]
            as [(UInt8, UInt8)]
    )
    func badFlags(type: UInt8, flags: UInt8) {
        var input = buffer([0x4A, 0x58, 0x01, type, flags])
        #expect { try input.readFrame() } throws: { ($0 as? ProtocolError)?.code == .malformedFrame }
    }

    @Test("§2.1 reserved header bytes must be zero", arguments: [5, 6, 7])
    func reservedBytes(offset: Int) {
        var frame = encoded(.bye)
        frame[offset] = 1
        var input = buffer(frame)
        #expect { try input.readFrame() } throws: { ($0 as? ProtocolError)?.code == .malformedFrame }
    }

    @Test("§6 an oversized length is refused from the header alone, before the payload arrives")
    func oversized() {
        for length in [UInt32(Frame.maximumPayloadLength + 1), 0x7FFF_FFFF, .max] {
            var input = ByteBuffer(bytes: [0x4A, 0x58, 0x01, 0x11, 0x01, 0, 0, 0])
            input.writeInteger(length)
            #expect { try input.readFrame() } throws: { ($0 as? ProtocolError)?.code == .tooLarge }
        }
        var limit = ByteBuffer(bytes: [0x4A, 0x58, 0x01, 0x11, 0x01, 0, 0, 0])
        limit.writeInteger(UInt32(Frame.maximumPayloadLength))
        #expect(throws: Never.self) { try limit.readFrame() }
    }

    @Test("§2.1 a payload whose CRC-32 does not match is refused")
    func badCRC() {
        var frame = encoded(.hello(Vectors.hello))
        frame[frame.count - 1] ^= 0x01
        var input = buffer(frame)
        #expect { try input.readFrame() } throws: { ($0 as? ProtocolError)?.code == .malformedFrame }
        var header = encoded(.bye)
        header[12] ^= 0x80
        var empty = buffer(header)
        #expect { try empty.readFrame() } throws: { ($0 as? ProtocolError)?.code == .malformedFrame }
    }

    @Test("§2.1 the CRC-32 of an empty payload is 0 and of \"123456789\" is cbf43926")
    func crcCheckValues() {
        #expect(ByteBuffer().crc32() == 0)
        #expect(ByteBuffer(string: "123456789").crc32() == 0xCBF4_3926)
    }
}
