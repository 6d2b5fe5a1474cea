import Foundation
import JixiaoModels
import NIOCore

/// The change-record format inside a push or pull stream (Protocol.md §8.3).
///
/// table u8 ‖ operation u8 ‖ u16-length key ‖ u16-length office ‖ u16 column count ‖ values, each tagged as in
/// `CanonicalRow.append` ‖ version clock i64 ‖ version device uuid ‖ base clock i64 ‖ base device uuid. A delete
/// carries no values; a reference row carries zero versions.
public enum ChangeRecord {
    /// The longest text value a record may carry (Protocol.md §8.3.3): a receiver refuses a longer one as soon as
    /// it reads the length, so a single record never makes it buffer more than this.
    public static let maximumTextLength = 4 * 1024 * 1024

    /// Appends the record of `change` to `out`.
    /// - Throws: `malformedFrame` when the key or office is longer than 65,535 bytes, the row has more than
    ///   65,535 columns, or a delete carries values.
    public static func append(_ change: SyncChange, to out: inout [UInt8]) throws {
        let key = Array(change.key.utf8)
        let office = Array(change.office.utf8)
        guard key.count <= Int(UInt16.max), office.count <= Int(UInt16.max), change.values.count <= Int(UInt16.max)
        else {
            throw ProtocolError.malformed(
                "row \(change.table)/\(change.key.prefix(40)) is too large for a change record"
            )
        }
        guard change.operation == .upsert || change.values.isEmpty else {
            throw ProtocolError.malformed("delete of \(change.table)/\(change.key) carries values")
        }
        out.append(change.table.rawValue)
        out.append(change.operation.rawValue)
        appendUInt16(key.count, to: &out)
        out += key
        appendUInt16(office.count, to: &out)
        out += office
        appendUInt16(change.values.count, to: &out)
        for case .text(let text) in change.values where text.utf8.count > maximumTextLength {
            throw ProtocolError.malformed("a text of \(change.table)/\(change.key) is longer than 4 MiB")
        }
        for value in change.values { CanonicalRow.append(value, to: &out) }
        try appendVersion(change.version, to: &out, change)
        try appendVersion(change.base, to: &out, change)
    }

    private static func appendVersion(_ version: RowVersion, to out: inout [UInt8], _ change: SyncChange) throws {
        CanonicalRow.appendBigEndian(UInt64(bitPattern: version.clock), to: &out)
        guard let device = deviceBytes(version.device) else {
            throw ProtocolError.malformed("row \(change.table)/\(change.key) has a version whose device is not a UUID")
        }
        out += device
    }

    /// The 16 bytes of a device id (a UUID's text, 8-4-4-4-12 hex digits of either case, as `UUID(uuidString:)`
    /// reads it), all zero for none; `nil` when the text is not a UUID.
    ///
    /// Read digit by digit: every record carries two, and `UUID(uuidString:)` (sscanf) was 2% of a push's CPU.
    static func deviceBytes(_ device: String) -> [UInt8]? {
        if device.isEmpty { return [UInt8](repeating: 0, count: 16) }
        var text = device
        return text.withUTF8 { utf8 -> [UInt8]? in
            guard utf8.count == 36 else { return nil }
            var bytes = [UInt8](repeating: 0, count: 16)
            var digits = 0
            for (index, character) in utf8.enumerated() {
                if index == 8 || index == 13 || index == 18 || index == 23 {
                    guard character == UInt8(ascii: "-") else { return nil }
                    continue
                }
                let nibble: UInt8
                switch character {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = character - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = character - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = character - UInt8(ascii: "A") + 10
                default: return nil
                }
                bytes[digits >> 1] |= digits & 1 == 0 ? nibble << 4 : nibble
                digits += 1
            }
            return bytes
        }
    }

    /// A device id's text (a lowercase UUID) from its 16 bytes; empty for all zero.
    static func device(_ bytes: [UInt8]) -> String {
        precondition(bytes.count == 16)
        var high: UInt64 = 0
        var low: UInt64 = 0
        for i in 0..<8 {
            high = high << 8 | UInt64(bytes[i])
            low = low << 8 | UInt64(bytes[i + 8])
        }
        return device(high: high, low: low)
    }

    /// A device id's text from its 16 bytes read as two big-endian integers, written digit by digit (two records in
    /// every pushed or pulled row carry one: going through `UUID` and `lowercased()` was a tenth of decoding).
    static func device(high: UInt64, low: UInt64) -> String {
        if high == 0 && low == 0 { return "" }
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 36) { out in
            digits.withUTF8Buffer { hex in
                var index = 0
                for digit in 0..<32 {
                    // Dashes before the 9th, 13th, 17th and 21st digit (8-4-4-4-12).
                    if digit == 8 || digit == 12 || digit == 16 || digit == 20 {
                        out[index] = UInt8(ascii: "-")
                        index += 1
                    }
                    let value = digit < 16 ? high : low
                    out[index] = hex[Int(truncatingIfNeeded: value >> UInt64(60 - 4 * (digit & 15))) & 15]
                    index += 1
                }
            }
            return 36
        }
    }

    private static func appendUInt16(_ value: Int, to out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: value >> 8))
        out.append(UInt8(truncatingIfNeeded: value))
    }
}

extension ByteBuffer {
    /// Reads one change record (Protocol.md §8.3).
    /// - Returns: The change, or `nil` when the record is incomplete (the reader index is then unchanged).
    /// - Throws: `malformedFrame` for an unknown table, operation or value tag, invalid UTF-8, or a delete with values.
    public mutating func readChangeRecord() throws -> SyncChange? {
        let start = readerIndex
        do {
            guard let change = try readChangeRecordOrThrowShort() else {
                moveReaderIndex(to: start)
                return nil
            }
            return change
        } catch {
            moveReaderIndex(to: start)
            throw error
        }
    }

    private mutating func readChangeRecordOrThrowShort() throws -> SyncChange? {
        guard let tableByte = readInteger(as: UInt8.self), let opByte = readInteger(as: UInt8.self) else { return nil }
        guard let table = SyncTable(rawValue: tableByte) else {
            throw ProtocolError.malformed("change record names unknown table \(tableByte)")
        }
        guard let operation = SyncChange.Operation(rawValue: opByte) else {
            throw ProtocolError.malformed("change record has unknown operation \(opByte)")
        }
        guard let keyLength = readInteger(as: UInt16.self), readableBytes >= Int(keyLength) else { return nil }
        let key = try readUTF8(length: Int(keyLength), "a change record key")
        guard let officeLength = readInteger(as: UInt16.self), readableBytes >= Int(officeLength) else { return nil }
        let office = try readUTF8(length: Int(officeLength), "a change record office")
        guard let columns = readInteger(as: UInt16.self) else { return nil }
        if operation == .delete && columns != 0 {
            throw ProtocolError.malformed("delete of \(table)/\(key) carries \(columns) values")
        }
        var values: [SyncValue] = []
        values.reserveCapacity(Int(columns))
        for _ in 0..<columns {
            guard let tag = readInteger(as: UInt8.self) else { return nil }
            switch tag {
            case 0:
                values.append(.null)
            case 1:
                guard let n = readInteger(as: Int64.self) else { return nil }
                values.append(.integer(n))
            case 2:
                guard let bits = readInteger(as: UInt64.self) else { return nil }
                values.append(.real(Double(bitPattern: bits)))
            case 3:
                guard let length = readInteger(as: UInt32.self) else { return nil }
                guard length <= ChangeRecord.maximumTextLength else {
                    throw ProtocolError.malformed(
                        "a text value of \(table)/\(key) is longer than 4 MiB (\(length) bytes)"
                    )
                }
                guard readableBytes >= Int(length) else { return nil }
                values.append(.text(try readUTF8(length: Int(length), "a text value of \(table)/\(key)")))
            default:
                throw ProtocolError.malformed("value of \(table)/\(key) has unknown tag \(tag)")
            }
        }
        guard readableBytes >= 48, let clock = readInteger(as: Int64.self), let high = readInteger(as: UInt64.self),
            let low = readInteger(as: UInt64.self), let baseClock = readInteger(as: Int64.self),
            let baseHigh = readInteger(as: UInt64.self), let baseLow = readInteger(as: UInt64.self)
        else { return nil }
        let device = ChangeRecord.device(high: high, low: low)
        let version = RowVersion(clock: clock, device: device)
        // A copy's base is its version: the same text, not made twice.
        let base = RowVersion(
            clock: baseClock,
            device: baseHigh == high && baseLow == low ? device : ChangeRecord.device(high: baseHigh, low: baseLow)
        )
        guard version.clock >= 0, base.clock >= 0 else {
            throw ProtocolError.malformed("row \(table)/\(key) has a negative version clock")
        }
        return SyncChange(
            table: table,
            operation: operation,
            key: key,
            office: office,
            values: values,
            version: version,
            base: base
        )
    }
}
