import Foundation
import NIOCore

/// Field readers and writers for message payloads (Protocol.md §4.1): big-endian integers, strings with a
/// u16 byte length, fixed-size byte fields. Readers throw `malformedFrame` because a payload is always complete.
extension ByteBuffer {
    mutating func readField<T: FixedWidthInteger>(_ type: T.Type, _ name: String) throws -> T {
        guard let value = readInteger(as: T.self) else { throw ProtocolError.malformed("payload ends inside \(name)") }
        return value
    }

    mutating func readBytesField(_ count: Int, _ name: String) throws -> [UInt8] {
        guard let bytes = readBytes(length: count) else { throw ProtocolError.malformed("payload ends inside \(name)") }
        return bytes
    }

    mutating func readString16(_ name: String) throws -> String {
        let length = try readField(UInt16.self, "the length of \(name)")
        return try readUTF8(length: Int(length), name)
    }

    /// Reads `length` bytes of UTF-8; `name` (what the text is, for the refusal) is worded only when it throws.
    mutating func readUTF8(length: Int, _ name: @autoclosure () -> String) throws -> String {
        guard let bytes = readSlice(length: length) else {
            throw ProtocolError.malformed("payload ends inside \(name())")
        }
        guard let text = bytes.withUnsafeReadableBytes({ Self.validUTF8($0) }) else {
            throw ProtocolError.malformed("\(name()) is not valid UTF-8")
        }
        return text
    }

    /// The text of `bytes` if they are valid UTF-8, else nil. `String(decoding:)` is specialized for UTF-8 (the
    /// generic `String(validating:as:)` instantiates its metadata on every call: a third of a push's decoding); it
    /// repairs invalid input with U+FFFD, so the result is the input exactly when it holds the same bytes.
    static func validUTF8(_ bytes: UnsafeRawBufferPointer) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        var utf8 = text
        let same = utf8.withUTF8 { decoded in
            decoded.count == bytes.count
                && (bytes.isEmpty || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return same ? text : nil
    }

    mutating func readUUIDField(_ name: String) throws -> UUID {
        let b = try readBytesField(16, name)
        return UUID(
            uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15])
        )
    }

    mutating func readBool(_ name: String) throws -> Bool {
        switch try readField(UInt8.self, name) {
        case 0: return false
        case 1: return true
        case let other: throw ProtocolError.malformed("\(name) is \(other), expected 0 or 1")
        }
    }

    @discardableResult
    mutating func writeString16(_ text: String) -> Int {
        // Longer text (only ever a human message) is cut at a scalar boundary so it stays valid UTF-8.
        var utf8: [UInt8] = []
        for scalar in text.unicodeScalars {
            let encoded = Array(String(scalar).utf8)
            if utf8.count + encoded.count > Int(UInt16.max) { break }
            utf8.append(contentsOf: encoded)
        }
        return writeInteger(UInt16(utf8.count)) + writeBytes(utf8)
    }

    @discardableResult
    mutating func writeUUID(_ uuid: UUID) -> Int {
        withUnsafeBytes(of: uuid.uuid) { writeBytes($0) }
    }

    @discardableResult
    mutating func writeBool(_ value: Bool) -> Int {
        writeInteger(UInt8(value ? 1 : 0))
    }

    func requireFullyRead(_ type: MessageType) throws {
        if readableBytes != 0 {
            throw ProtocolError.malformed("\(readableBytes) unexpected trailing bytes in a \(type) payload")
        }
    }
}
