import Foundation
import JixiaoModels
import NIOCore

@testable import JixiaoProtocol

func bytes(hex: String) -> [UInt8] {
    let digits = Array(hex.utf8)
    return stride(from: 0, to: digits.count, by: 2).map {
        UInt8(String(decoding: digits[$0...$0 + 1], as: UTF8.self), radix: 16)!
    }
}

func hexString(_ bytes: some Sequence<UInt8>) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

func buffer(_ bytes: [UInt8]) -> ByteBuffer { ByteBuffer(bytes: bytes) }

func encoded(_ message: Message) -> [UInt8] {
    var out = ByteBuffer()
    out.writeFrame(message.frame)
    return Array(out.readableBytesView)
}

/// The inputs and outputs that Docs/Protocol.md §12 prints verbatim.
enum Vectors {
    static let office = "wangluyuan"
    static let secret = Array(UInt8(0x00)...UInt8(0x1F))
    static let clientNonce = Array(UInt8(0x20)...UInt8(0x3F))
    static let serverNonce = Array(UInt8(0x40)...UInt8(0x5F))
    static let epoch = UUID(uuidString: "00112233-4455-6677-8899-AABBCCDDEEFF")!

    static let hello = Hello(
        minimumVersion: 2,
        maximumVersion: 2,
        schemaVersion: 1,
        office: office,
        clientNonce: clientNonce,
        clientName: "street/1.0",
        device: epoch
    )
    static let helloFrameHex =
        "4a580101000000000000004e95167fd6020200000001000a77616e676c757975616e202122232425262728292a2b2c2d2e2f"
        + "303132333435363738393a3b3c3d3e3f000a7374726565742f312e3000112233445566778899aabbccddeeff"
    /// The channel binding of the vectors: bytes `60 61 … 7f` stand for a certificate's SHA-256.
    static let binding = try! CertificateFingerprint(bytes: Array(UInt8(0x60)...UInt8(0x7F)))
    static let authInputHex =
        "6a697869616f2d617574682d7632000a77616e676c757975616e202122232425262728292a2b2c2d2e2f3031323334353637"
        + "38393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f02606162636465666768"
        + "696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
    static let clientMACHex = "4cc679450af85df4a0752339bb9b9c3a555492dd5058a7da76a7dd219bfeaaa9"
    static let serverProofHex = "ff00a1ecf9ddc64b4b06c3bd9caeeacfa2ba13049050e58c398453e4c1287863"

    static let changes = [
        SyncChange(
            table: .expenditures,
            operation: .upsert,
            key: "e-0001",
            office: office,
            values: [.text("e-0001"), .text(office), .integer(123_456), .text("2021-03-15"), .null, .real(1.5)],
            version: RowVersion(clock: 1_700_000_000_000, device: device)
        ),
        SyncChange(
            table: .indicatorValues,
            operation: .delete,
            key: "iv-7",
            office: office,
            values: [],
            version: RowVersion(clock: 1_700_000_000_001, device: device),
            base: RowVersion(clock: 1_699_999_999_999, device: device)
        ),
    ]
    static let device = "00112233-4455-6677-8899-aabbccddeeff"
    static let recordsHex =
        "01010006652d30303031000a77616e676c757975616e00060300000006652d30303031030000000a77616e676c757975616e"
        + "01000000000001e240030000000a323032312d30332d313500023ff80000000000000000018bcfe568000011223344556677"
        + "8899aabbccddeeff0000000000000000000000000000000000000000000000000202000469762d37000a77616e676c757975"
        + "616e00000000018bcfe5680100112233445566778899aabbccddeeff0000018bcfe567ff00112233445566778899aabbccdd"
        + "eeff"
    static let zlibHex =
        "789c636464604bd53530303064e02a4fcc4bcf29ad2c4dcc63606366608049809848728c0c20c0f8c8012c6e646064a86b60"
        + "ac6b68cac064ff83010a18bbcf3fcd606010543276094d2bef98b96af799bbeffe33e0004c4c0c2c9965bae6282e8099c2"
        + "88690a483cfd3fba38006ac3363c"
    static let pushBeginFrameHex =
        "4a580110000000000000002d1879807b00112233445566778899aabbccddeeff00000000000000000000000000000002000000"
        + "020000000000000000ca"
    static let pushDataFrameHex = "4a5801110100000000000071ba79ae88" + zlibHex
    static let rowHash: (Int64, Int64) = (-3_984_094_571_265_354_250, 4_259_399_547_700_926_805)
}

extension PushPayload {
    /// Every change, in order (the server streams them with `forEachChange` instead).
    func changes() throws -> [SyncChange] {
        var all: [SyncChange] = []
        try forEachChange { all.append($0) }
        return all
    }
}
