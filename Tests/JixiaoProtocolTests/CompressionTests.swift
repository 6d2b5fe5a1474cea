import Foundation
import JixiaoModels
import JixiaoTestSupport
import NIOCore
import Testing

@testable import JixiaoProtocol

@Suite("Compression and change records (Protocol.md §8)")
struct CompressionTests {
    static func sampleChanges(_ count: Int, office: String = "wangluyuan") -> [SyncChange] {
        (0..<count).map { i in
            if i % 10 == 9 {
                return SyncChange(table: .narratives, operation: .delete, key: "n-\(i)", office: office, values: [])
            }
            return SyncChange(
                table: .expenditures,
                operation: .upsert,
                key: "e-\(i)",
                office: office,
                values: [
                    .text("e-\(i)"), .text(office), .integer(Int64(i) * 101), .text("2021-03-\(i % 28 + 1)"),
                    .null, .real(Double(i) / 3), .text("办公用品 第\(i)批"),
                ]
            )
        }
    }

    @Test("§8.3 the change-record stream and its zlib form match the test vector")
    func vector() throws {
        var records: [UInt8] = []
        for change in Vectors.changes { try ChangeRecord.append(change, to: &records) }
        #expect(hexString(records) == Vectors.recordsHex)
        let set = try CompressedChangeSet(changes: Vectors.changes)
        #expect(set.chunks.count == 1)
        #expect(hexString(set.chunks[0].readableBytesView) == Vectors.zlibHex)
        #expect(set.rowCount == 2)
        #expect(set.uncompressedSize == 202)
        let begin = PushBegin(
            epoch: Vectors.epoch,
            fromSequence: 0,
            toSequence: 2,
            rowCount: 2,
            isFullSnapshot: false,
            uncompressedSize: set.uncompressedSize
        )
        #expect(hexString(encoded(.pushBegin(begin))) == Vectors.pushBeginFrameHex)
        #expect(hexString(encoded(set.messages(.pushData)[0])) == Vectors.pushDataFrameHex)
        let decoder = try ChangeSetDecoder(limit: 202)
        #expect(try decoder.consume(ByteBuffer(bytes: bytes(hex: Vectors.zlibHex))) == Vectors.changes)
        try decoder.finish()
    }

    @Test("§9 the row hash of the vector's expenditure matches")
    func rowHash() {
        let row = Vectors.changes[0]
        let hash = RowHash(table: row.table, values: row.values)
        let (h1, h2) = (hash.h1, hash.h2)
        #expect(h1 == Vectors.rowHash.0)
        #expect(h2 == Vectors.rowHash.1)
        var digest = SyncDigest.empty
        digest.add(table: row.table, values: row.values)
        #expect(digest == SyncDigest(count: 1, h1: h1, h2: h2))
        digest.remove(table: row.table, values: row.values)
        #expect(digest == .empty)
    }

    @Test(
        "§8 records round-trip through compression whatever the chunk size",
        arguments: [1, 7, 100, 4096, Frame.maximumChunkLength]
    )
    func roundTripChunks(chunkLength: Int) throws {
        let changes = Self.sampleChanges(2_000)
        let set = try CompressedChangeSet(changes: changes, chunkLength: chunkLength)
        #expect(set.chunks.allSatisfy { $0.readableBytes <= chunkLength })
        let decoder = try ChangeSetDecoder(limit: Int(set.uncompressedSize))
        var decoded: [SyncChange] = []
        for chunk in set.chunks { decoded += try decoder.consume(chunk) }
        try decoder.finish()
        #expect(decoded == changes)
        #expect(decoder.uncompressedBytes == Int(set.uncompressedSize))
    }

    @Test("§8 a builder that hands each slice but the last over as it is compressed makes the same stream")
    func emittedSlices() throws {
        let changes = Self.sampleChanges(3_000)
        let whole = try CompressedChangeSet(changes: changes, chunkLength: 1_000)
        var emitted: [ByteBuffer] = []
        let builder = try CompressedChangeSet.Builder(chunkLength: 1_000) { emitted.append($0) }
        for change in changes { try builder.append(change) }
        let beforeTheEnd = emitted.count
        let rest = try builder.finish()
        #expect(beforeTheEnd > 2, "no slice was handed over before the end")
        #expect(emitted.allSatisfy { $0.readableBytes == 1_000 })
        // The last slice is the set's, however the stream's length falls.
        #expect(rest.chunks.count == 1 && rest.chunks[0].readableBytes > 0 && rest.chunks[0].readableBytes <= 1_000)
        #expect(rest.rowCount == 3_000 && rest.uncompressedSize == whole.uncompressedSize)
        emitted += rest.chunks
        let bytes = { (slices: [ByteBuffer]) in slices.flatMap { Array($0.readableBytesView) } }
        #expect(bytes(emitted) == bytes(whole.chunks))
        let decoder = try ChangeSetDecoder(limit: 1 << 24)
        var read: [SyncChange] = []
        for slice in emitted { read += try decoder.consume(slice) }
        try decoder.finish()
        #expect(read == changes)
    }

    @Test("§6 a large push is cut into chunks of at most 1 MiB")
    func largeChunks() throws {
        var rng = SeededGenerator(seed: 9)
        // Random text compresses badly, so ~3 MiB of it needs several chunks.
        let changes = (0..<3_000).map { i in
            SyncChange(
                table: .narratives,
                operation: .upsert,
                key: "n\(i)",
                office: "x",
                values: [
                    .text(
                        String(
                            (0..<1_000).map { _ in Character(Unicode.Scalar(UInt8.random(in: 33...126, using: &rng))) }
                        )
                    )
                ]
            )
        }
        let set = try CompressedChangeSet(changes: changes, level: 1)
        #expect(set.chunks.count >= 2)
        #expect(set.chunks.dropLast().allSatisfy { $0.readableBytes == Frame.maximumChunkLength })
        let messages = set.messages(.pushData)
        #expect(messages.dropLast().allSatisfy { if case .pushData(_, true) = $0 { true } else { false } })
        if case .pushData(_, let more) = messages.last! { #expect(!more) }
    }

    /// A zlib stream that inflates to `mebibytes` MiB of zeros: after a full flush, every further MiB of zeros
    /// compresses to the same self-contained bytes, so the unit is repeated rather than recompressed.
    /// (The Adler-32 trailer is omitted: a cap must stop the inflater long before it would check it.)
    static func bomb(mebibytes: Int) throws -> ByteBuffer {
        let deflater = try Deflater(level: 9)
        let zeros = [UInt8](repeating: 0, count: 1 << 20)
        var head = ByteBuffer()
        deflater.compress(zeros, into: &head)
        deflater.fullFlush(into: &head)
        var unit = ByteBuffer()
        deflater.compress(zeros, into: &unit)
        deflater.fullFlush(into: &unit)
        var bomb = head
        for _ in 1..<mebibytes { bomb.writeImmutableBuffer(unit) }
        return bomb
    }

    @Test("§8.2 a deflate bomb (2 GiB of zeros in ~2 MB) is refused at the cap, in bounded slices")
    func deflateBomb() throws {
        let bomb = try Self.bomb(mebibytes: 2048)
        #expect(bomb.readableBytes < 2_200_000)
        let inflater = try Inflater(limit: 64 << 20)
        var largestSlice = 0
        #expect { try inflater.inflate(bomb) { largestSlice = max(largestSlice, $0.count) } } throws: {
            ($0 as? ProtocolError)?.code == .decompressionLimit
        }
        #expect(inflater.totalOut <= 64 << 20 && inflater.totalOut > 63 << 20)
        // It stops at the cap: it never inflates past 64 MiB (speed and memory are measured in scripts/bench.sh).
        #expect(largestSlice <= Inflater.sliceLength)
    }

    @Test("§8.2 a bomb of zeros through the change-set decoder is refused at the first record")
    func bombAsChanges() throws {
        let bomb = try Deflater.compress([UInt8](repeating: 0, count: 8 << 20), level: 9)
        let decoder = try ChangeSetDecoder(limit: 256 << 20)
        #expect { _ = try decoder.consume(bomb) } throws: { ($0 as? ProtocolError)?.code == .malformedFrame }
        #expect(decoder.uncompressedBytes <= Inflater.sliceLength)
    }

    @Test("§8.2 the cap counts exactly: a stream of N bytes passes a cap of N and fails a cap of N−1")
    func exactCap() throws {
        let data = [UInt8](repeating: 65, count: 100_000)
        let compressed = try Deflater.compress(data)
        let exact = try Inflater(limit: 100_000)
        var out = 0
        try exact.inflate(compressed) { out += $0.count }
        #expect(out == 100_000 && exact.isFinished)
        let short = try Inflater(limit: 99_999)
        #expect { try short.inflate(compressed) { _ in } } throws: {
            ($0 as? ProtocolError)?.code == .decompressionLimit
        }
    }

    @Test("§8.2 corrupt data, data after the end, and a stream cut short are malformed")
    func corruptStreams() throws {
        var compressed = Array(try Deflater.compress(Array("hello hello hello".utf8)).readableBytesView)
        let trailing = try ChangeSetDecoder(limit: 1000)
        #expect(throws: ProtocolError.self) { _ = try trailing.consume(ByteBuffer(bytes: compressed + [0])) }
        let cut = try ChangeSetDecoder(limit: 1000)
        _ = try? cut.consume(ByteBuffer(bytes: compressed.dropLast(4)))
        #expect { try cut.finish() } throws: { ($0 as? ProtocolError)?.code == .malformedFrame }
        compressed[compressed.count - 1] ^= 0xFF  // Adler-32
        let inflater = try Inflater(limit: 1000)
        #expect { try inflater.inflate(ByteBuffer(bytes: compressed)) { _ in } } throws: {
            ($0 as? ProtocolError)?.code == .malformedFrame
        }
    }

    @Test("§6 compressed bytes beyond the bound for the declared size are refused")
    func compressedLimit() throws {
        let decoder = try ChangeSetDecoder(limit: 10)
        #expect(decoder.compressedLimit == 10 + 1024)
        #expect { _ = try decoder.consume(ByteBuffer(bytes: [UInt8](repeating: 0, count: 1035))) } throws: {
            ($0 as? ProtocolError)?.code == .decompressionLimit
        }
    }

    @Test("§8.3 a version's device reads back as the lowercase UUID text it was written from; zero bytes as none")
    func deviceText() throws {
        for _ in 0..<200 {
            let device = UUID().uuidString.lowercased()
            let bytes = try #require(ChangeRecord.deviceBytes(device))
            #expect(ChangeRecord.device(bytes) == device)
        }
        #expect(ChangeRecord.device([UInt8](repeating: 0, count: 16)) == "")
        // The same bytes as Foundation's UUID, either case; anything else is not a device id.
        for _ in 0..<200 {
            let uuid = UUID()
            let expected = withUnsafeBytes(of: uuid.uuid) { Array($0) }
            #expect(ChangeRecord.deviceBytes(uuid.uuidString) == expected)
            #expect(ChangeRecord.deviceBytes(uuid.uuidString.lowercased()) == expected)
        }
        #expect(ChangeRecord.deviceBytes("") == [UInt8](repeating: 0, count: 16))
        for bad in [
            "ff000ff0-1234-5678-9abc-def00000000", "ff000ff0-1234-5678-9abc-def0000000011",
            "ff000ff0+1234-5678-9abc-def000000001", "ff000ff01234-5678-9abc-def0000000001",
            "gf000ff0-1234-5678-9abc-def000000001", "ff000ff0-1234-5678-9abc-def00000000é",
        ] {
            #expect(ChangeRecord.deviceBytes(bad) == nil, "\(bad)")
            #expect(UUID(uuidString: bad) == nil, "\(bad)")
        }
        let edge: [UInt8] = [0xff, 0, 0x0f, 0xf0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0, 0, 0, 1]
        #expect(ChangeRecord.device(edge) == "ff000ff0-1234-5678-9abc-def000000001")
        // Through a whole record: version and base of another device, and a copy (base equal to version).
        var change = Self.sampleChanges(1)[0]
        change.version = RowVersion(clock: 9, device: UUID().uuidString.lowercased())
        change.base = RowVersion(clock: 3, device: UUID().uuidString.lowercased())
        for base in [change.base, change.version, RowVersion.none] {
            change.base = base
            var bytes: [UInt8] = []
            try ChangeRecord.append(change, to: &bytes)
            var input = buffer(bytes)
            #expect(try input.readChangeRecord() == change)
        }
    }

    @Test("§8.3 text must be valid UTF-8: overlong forms, surrogates, stray continuation and cut sequences are refused")
    func textEncoding() throws {
        let valid: [[UInt8]] = [
            [], Array("e-1".utf8), Array("长沙市潮宗劳务派遣有限公司".utf8), [0xef, 0xbf, 0xbd], [0xf0, 0x9f, 0x98, 0x80],
        ]
        for text in valid {
            let read = text.withUnsafeBytes { ByteBuffer.validUTF8($0) }
            #expect(read.map { Array($0.utf8) } == text)
        }
        let invalid: [[UInt8]] = [
            [0xff], [0x80], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xe9, 0x95],
            Array("ab".utf8) + [0xfe],
            [0xf4, 0x90, 0x80, 0x80],
        ]
        for text in invalid {
            #expect(text.withUnsafeBytes { ByteBuffer.validUTF8($0) } == nil, "\(text)")
        }
        // In a record: the key's bytes replaced by an invalid sequence of the same length.
        var bytes: [UInt8] = []
        try ChangeRecord.append(Self.sampleChanges(1)[0], to: &bytes)
        bytes[4] = 0xc0
        bytes[5] = 0xaf
        var input = buffer(bytes)
        #expect { try input.readChangeRecord() } throws: { ($0 as? ProtocolError)?.code == .malformedFrame }
    }

    @Test("§8.3 records with an unknown table, operation or tag, or a delete with values, are refused")
    func badRecords() throws {
        var good: [UInt8] = []
        try ChangeRecord.append(Vectors.changes[0], to: &good)
        let cases: [(Int, UInt8)] = [(0, 0), (0, 5), (0, 99), (1, 0), (1, 3), (24, 9)]  // table, op, first tag
        for (offset, value) in cases {
            var bad = good
            bad[offset] = value
            var input = buffer(bad)
            #expect(throws: ProtocolError.self) { try input.readChangeRecord() }
            #expect(input.readerIndex == 0)
        }
        var delete: [UInt8] = []
        try ChangeRecord.append(Vectors.changes[1], to: &delete)
        // The column count of the delete (after table, op, the key "iv-7" and the office "wangluyuan"): 1 value.
        delete[2 + 2 + 4 + 2 + 10 + 1] = 1
        var input = buffer(delete + [0])
        #expect(throws: ProtocolError.self) { try input.readChangeRecord() }
        // A negative version clock.
        var negative = good
        negative[good.count - 48] = 0x80
        var negativeInput = buffer(negative)
        #expect(throws: ProtocolError.self) { try negativeInput.readChangeRecord() }
        var withValues = Vectors.changes[1]
        withValues.values = [.null]
        var out: [UInt8] = []
        #expect(throws: ProtocolError.self) { try ChangeRecord.append(withValues, to: &out) }
    }

    @Test("§8.3 every prefix of a record asks for more bytes")
    func recordPrefixes() throws {
        var good: [UInt8] = []
        try ChangeRecord.append(Vectors.changes[0], to: &good)
        for length in 0..<good.count {
            var input = buffer(Array(good[..<length]))
            #expect(try input.readChangeRecord() == nil)
            #expect(input.readerIndex == 0)
        }
        var whole = buffer(good)
        #expect(try whole.readChangeRecord() == Vectors.changes[0])
    }
}

@Suite("Record size limit (Protocol.md §8.3.3)")
struct RecordLimitTests {
    @Test("§8.3.3 a text longer than 4 MiB is refused from its length, before its bytes arrive")
    func longText() throws {
        var record: [UInt8] = [1, 1, 0, 1, 0x6B, 0, 1, 0x78, 0, 1, 3]
        record += [0x00, 0x40, 0x00, 0x01]  // 4 MiB + 1
        var input = buffer(record)
        #expect { try input.readChangeRecord() } throws: { ($0 as? ProtocolError)?.code == .malformedFrame }
        let long = SyncChange(
            table: .narratives,
            operation: .upsert,
            key: "k",
            office: "x",
            values: [.text(String(repeating: "a", count: ChangeRecord.maximumTextLength + 1))]
        )
        var out: [UInt8] = []
        #expect(throws: ProtocolError.self) { try ChangeRecord.append(long, to: &out) }
    }
}
