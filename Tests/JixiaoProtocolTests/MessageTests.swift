import Foundation
import JixiaoModels
import NIOCore
import Testing

@testable import JixiaoProtocol

@Suite("Messages (Protocol.md §4)")
struct MessageTests {
    static let all: [Message] = [
        .hello(Vectors.hello),
        .challenge(Challenge(version: 1, serverNonce: Vectors.serverNonce, schemaVersion: 3)),
        .auth(Auth(mac: bytes(hex: Vectors.clientMACHex))),
        .authOK(
            AuthOK(
                serverProof: bytes(hex: Vectors.serverProofHex),
                districtEpoch: Vectors.epoch,
                referenceRevision: 7,
                rowRevision: 42,
                deviceClock: 1_700_000_000_000,
                nextCertificate: Vectors.binding
            )
        ),
        .authOK(
            AuthOK(
                serverProof: bytes(hex: Vectors.serverProofHex),
                districtEpoch: Vectors.epoch,
                referenceRevision: 0,
                rowRevision: 0
            )
        ),
        .pushBegin(
            PushBegin(
                epoch: Vectors.epoch,
                fromSequence: 10,
                toSequence: 20,
                rowCount: 3,
                isFullSnapshot: false,
                uncompressedSize: 999
            )
        ),
        .pushBegin(
            PushBegin(
                epoch: Vectors.epoch,
                fromSequence: 0,
                toSequence: 20,
                rowCount: 3,
                isFullSnapshot: true,
                uncompressedSize: 999
            )
        ),
        .pushData(ByteBuffer(bytes: [1, 2, 3]), more: true),
        .pushData(ByteBuffer(), more: false),
        .pushAck(PushAck(ackedSequence: 20, rowsApplied: 3, isDuplicate: false)),
        .pushProgress(PushProgress(rowsStored: 120_000, rowCount: 200_000)),
        .pull(cursor: 0, rowCursor: 0),
        .pull(cursor: 12, rowCursor: 99),
        .pullData(ByteBuffer(bytes: [9]), more: false),
        .pullEnd(PullEnd(cursor: 13, rowCursor: 21, rowCount: 5, uncompressedSize: 400, isFullSnapshot: true)),
        .fetch([RowKey(table: .expenditures, key: "e-1"), RowKey(table: .narratives, key: "望麓园/n")]),
        .reconcile([
            BucketQuery(bucket: .all, wantsRows: false),
            BucketQuery(bucket: HashBucket(prefix: 0xFFFF_FFFF_FFFF_FFFF, bits: 64)!, wantsRows: true),
        ]),
        .reconcileResult([
            .digests((0..<16).map { SyncDigest(count: Int64($0), h1: -Int64($0), h2: .max) }),
            .rows([HashedRow(table: .indicatorValues, key: "iv-7", hash: RowHash(h1: .min, h2: 3))]),
            .rows([]),
        ]),
        .verify(SyncDigest(count: 10_000, h1: -5, h2: .max)),
        .verifyResult(VerifyResult(digest: SyncDigest(count: 1, h1: .min, h2: 0), matches: false)),
        .error(ErrorMessage(code: .notAuthorized, message: "row expenditures/e-1 belongs to office \"x\"")),
        .error(ErrorMessage(code: ErrorCode(rawValue: 999), message: "")),
        .bye,
    ]

    @Test("§4 every message survives encode → frame bytes → decode")
    func roundTrip() throws {
        for message in Self.all {
            var input = buffer(encoded(message))
            let frame = try #require(try input.readFrame())
            #expect(frame.type == message.type)
            #expect(try Message(frame: frame) == message)
        }
    }

    @Test("§4.1 a payload with a trailing byte is refused")
    func trailingByte() {
        for message in Self.all where !message.type.isData {
            var frame = message.frame
            frame.payload.writeInteger(UInt8(0))
            #expect { try Message(frame: frame) } throws: { ($0 as? ProtocolError)?.code == .malformedFrame }
        }
    }

    @Test("§4.1 every strict prefix of a payload is refused")
    func shortPayloads() {
        for message in Self.all where !message.type.isData {
            let payload = message.frame.payload
            for length in 0..<payload.readableBytes {
                let frame = Frame(
                    type: message.type,
                    payload: payload.getSlice(at: payload.readerIndex, length: length)!
                )
                #expect(throws: ProtocolError.self) { try Message(frame: frame) }
            }
        }
    }

    @Test("§4.2 HELLO with an empty version range is refused")
    func emptyVersionRange() {
        var hello = Vectors.hello
        hello.minimumVersion = 2
        hello.maximumVersion = 1
        #expect(throws: ProtocolError.self) { try Message(frame: Message.hello(hello).frame) }
    }

    @Test("§4.6 PUSH_BEGIN ranges: empty, negative, snapshot not from 0, nil epoch are refused")
    func pushBeginRanges() {
        let bad = [
            PushBegin(
                epoch: Vectors.epoch,
                fromSequence: 5,
                toSequence: 5,
                rowCount: 0,
                isFullSnapshot: false,
                uncompressedSize: 0
            ),
            PushBegin(
                epoch: Vectors.epoch,
                fromSequence: -1,
                toSequence: 5,
                rowCount: 0,
                isFullSnapshot: false,
                uncompressedSize: 0
            ),
            PushBegin(
                epoch: Vectors.epoch,
                fromSequence: 3,
                toSequence: 5,
                rowCount: 0,
                isFullSnapshot: true,
                uncompressedSize: 0
            ),
            PushBegin(
                epoch: UUID.nilEpoch,
                fromSequence: 0,
                toSequence: 5,
                rowCount: 0,
                isFullSnapshot: false,
                uncompressedSize: 0
            ),
        ]
        for begin in bad {
            #expect(throws: ProtocolError.self) { try Message(frame: Message.pushBegin(begin).frame) }
        }
    }

    @Test("§4.1 invalid UTF-8 in a string is refused, and booleans are 0 or 1")
    func invalidFields() {
        var payload = ByteBuffer(bytes: [1, 1, 0, 0, 0, 1, 0, 2, 0xC3, 0x28])
        payload.writeBytes(Vectors.clientNonce)
        payload.writeBytes([0, 0])
        #expect(throws: ProtocolError.self) { try Message(frame: Frame(type: .hello, payload: payload)) }
        var ack = ByteBuffer()
        ack.writeInteger(Int64(1))
        ack.writeInteger(UInt32(1))
        ack.writeInteger(UInt8(2))
        #expect(throws: ProtocolError.self) { try Message(frame: Frame(type: .pushAck, payload: ack)) }
        var progress = ByteBuffer()
        progress.writeInteger(UInt32(3))
        progress.writeInteger(UInt32(2))
        #expect(throws: ProtocolError.self) { try Message(frame: Frame(type: .pushProgress, payload: progress)) }
    }

    @Test("§4.14 a long error message is cut at a character boundary and stays valid UTF-8")
    func longErrorMessage() throws {
        let text = String(repeating: "绩", count: 30_000)  // 90,000 bytes
        let frame = Message.error(ErrorMessage(code: .internal, message: text)).frame
        guard case .error(let decoded) = try Message(frame: frame) else {
            Issue.record("not an error")
            return
        }
        #expect(decoded.message.utf8.count == 65_535)
        #expect(decoded.message.allSatisfy { $0 == "绩" })
    }
}
