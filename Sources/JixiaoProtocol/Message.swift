import Foundation
import JixiaoModels
import NIOCore

/// A decoded message: one frame's payload interpreted by its type (Protocol.md §4).
public enum Message: Hashable, Sendable {
    case hello(Hello)
    case challenge(Challenge)
    case auth(Auth)
    case authOK(AuthOK)
    case pushBegin(PushBegin)
    /// A slice of the push's zlib stream; `more` is false on the last one.
    case pushData(ByteBuffer, more: Bool)
    case pushAck(PushAck)
    /// Server → client while the district stores a push (zero or more before PUSH_ACK).
    case pushProgress(PushProgress)
    /// A pull request with the client's reference cursor and row cursor (0: send everything).
    case pull(cursor: Int64, rowCursor: Int64)
    /// A slice of the pull's zlib stream; `more` is false on the last one.
    case pullData(ByteBuffer, more: Bool)
    case pullEnd(PullEnd)
    /// A request for the district's current state of these office rows (Protocol.md §10.9.4), answered like a pull.
    case fetch([RowKey])
    /// The client's digest of its own rows.
    case verify(SyncDigest)
    case verifyResult(VerifyResult)
    /// Questions about hash buckets of the office's rows (Protocol.md §10.9.2).
    case reconcile([BucketQuery])
    /// The district's answers, one per question, in order (Protocol.md §10.9.3).
    case reconcileResult([BucketAnswer])
    case error(ErrorMessage)
    case bye

    /// The message's type byte.
    public var type: MessageType {
        switch self {
        case .hello: .hello
        case .challenge: .challenge
        case .auth: .auth
        case .authOK: .authOK
        case .pushBegin: .pushBegin
        case .pushData: .pushData
        case .pushAck: .pushAck
        case .pushProgress: .pushProgress
        case .pull: .pull
        case .pullData: .pullData
        case .pullEnd: .pullEnd
        case .fetch: .fetch
        case .verify: .verify
        case .verifyResult: .verifyResult
        case .reconcile: .reconcile
        case .reconcileResult: .reconcileResult
        case .error: .error
        case .bye: .bye
        }
    }

    /// The message as a frame.
    ///
    /// - Precondition: nonces and MACs have their fixed sizes, data slices fit a frame (programmer errors).
    public var frame: Frame {
        var out = ByteBuffer()
        var flags = FrameFlags()
        switch self {
        case .hello(let m):
            precondition(m.clientNonce.count == Authentication.nonceLength, "client nonce must be 32 bytes")
            out.writeInteger(m.minimumVersion)
            out.writeInteger(m.maximumVersion)
            out.writeInteger(m.schemaVersion)
            out.writeString16(m.office)
            out.writeBytes(m.clientNonce)
            out.writeString16(m.clientName)
            out.writeUUID(m.device)
        case .challenge(let m):
            precondition(m.serverNonce.count == Authentication.nonceLength, "server nonce must be 32 bytes")
            out.writeInteger(m.version)
            out.writeBytes(m.serverNonce)
            out.writeInteger(m.schemaVersion)
        case .auth(let m):
            precondition(m.mac.count == Authentication.macLength, "MAC must be 32 bytes")
            out.writeBytes(m.mac)
        case .authOK(let m):
            precondition(m.serverProof.count == Authentication.macLength, "server proof must be 32 bytes")
            out.writeBytes(m.serverProof)
            out.writeUUID(m.districtEpoch)
            out.writeInteger(m.referenceRevision)
            out.writeInteger(m.rowRevision)
            out.writeInteger(m.deviceClock)
            out.writeBytes((m.nextCertificate ?? .plaintext).bytes)
        case .pushBegin(let m):
            out.writeUUID(m.epoch)
            out.writeInteger(m.fromSequence)
            out.writeInteger(m.toSequence)
            out.writeInteger(m.rowCount)
            out.writeBool(m.isFullSnapshot)
            out.writeInteger(m.uncompressedSize)
        case .pushData(let bytes, let more), .pullData(let bytes, let more):
            flags = more ? [.compressed, .more] : [.compressed]
            out = bytes
        case .pushAck(let m):
            out.writeInteger(m.ackedSequence)
            out.writeInteger(m.rowsApplied)
            out.writeBool(m.isDuplicate)
        case .pushProgress(let m):
            out.writeInteger(m.rowsStored)
            out.writeInteger(m.rowCount)
        case .pull(let cursor, let rowCursor):
            out.writeInteger(cursor)
            out.writeInteger(rowCursor)
        case .pullEnd(let m):
            out.writeInteger(m.cursor)
            out.writeInteger(m.rowCursor)
            out.writeInteger(m.rowCount)
            out.writeInteger(m.uncompressedSize)
            out.writeBool(m.isFullSnapshot)
        case .fetch(let keys):
            out.writeFetch(keys)
        case .verify(let digest):
            out.writeDigest(digest)
        case .reconcile(let queries):
            out.writeReconcile(queries)
        case .reconcileResult(let answers):
            out.writeReconcileResult(answers)
        case .verifyResult(let m):
            out.writeDigest(m.digest)
            out.writeBool(m.matches)
        case .error(let m):
            out.writeInteger(m.code.rawValue)
            out.writeString16(m.message)
        case .bye:
            break
        }
        return Frame(type: type, flags: flags, payload: out)
    }

    /// Decodes a frame's payload (Protocol.md §4).
    /// - Throws: `ProtocolError.malformedFrame` when a field is short, out of range or followed by extra bytes.
    public init(frame: Frame) throws {
        var p = frame.payload
        switch frame.type {
        case .hello:
            let minimum = try p.readField(UInt8.self, "minimum version")
            let maximum = try p.readField(UInt8.self, "maximum version")
            let schema = try p.readField(UInt32.self, "schema version")
            let office = try p.readString16("office code")
            let nonce = try p.readBytesField(Authentication.nonceLength, "client nonce")
            let name = try p.readString16("client name")
            let device = try p.readUUIDField("device")
            guard minimum >= 1, minimum <= maximum else {
                throw ProtocolError.malformed("HELLO version range \(minimum)…\(maximum) is empty or starts at 0")
            }
            guard !device.isNil else { throw ProtocolError.malformed("HELLO with the nil device id") }
            self = .hello(
                Hello(
                    minimumVersion: minimum,
                    maximumVersion: maximum,
                    schemaVersion: schema,
                    office: office,
                    clientNonce: nonce,
                    clientName: name,
                    device: device
                )
            )
        case .challenge:
            let version = try p.readField(UInt8.self, "version")
            let nonce = try p.readBytesField(Authentication.nonceLength, "server nonce")
            let schema = try p.readField(UInt32.self, "schema version")
            self = .challenge(Challenge(version: version, serverNonce: nonce, schemaVersion: schema))
        case .auth:
            self = .auth(Auth(mac: try p.readBytesField(Authentication.macLength, "MAC")))
        case .authOK:
            let proof = try p.readBytesField(Authentication.macLength, "server proof")
            let districtEpoch = try p.readUUIDField("district epoch")
            let revision = try p.readField(Int64.self, "reference revision")
            let rowRevision = try p.readField(Int64.self, "row revision")
            let deviceClock = try p.readField(Int64.self, "device clock")
            let next = try CertificateFingerprint(bytes: try p.readBytesField(32, "next certificate"))
            self = .authOK(
                AuthOK(
                    serverProof: proof,
                    districtEpoch: districtEpoch,
                    referenceRevision: revision,
                    rowRevision: rowRevision,
                    deviceClock: deviceClock,
                    nextCertificate: next == .plaintext ? nil : next
                )
            )
        case .pushBegin:
            let epoch = try p.readUUIDField("epoch")
            let from = try p.readField(Int64.self, "from sequence")
            let to = try p.readField(Int64.self, "to sequence")
            let rows = try p.readField(UInt32.self, "row count")
            let snapshot = try p.readBool("full-snapshot flag")
            let size = try p.readField(UInt64.self, "uncompressed size")
            guard !epoch.isNil else { throw ProtocolError.malformed("PUSH_BEGIN with the nil epoch") }
            guard from >= 0, from < to || (snapshot && from == 0 && to == 0) else {
                throw ProtocolError.malformed("PUSH_BEGIN sequence range (\(from), \(to)] is empty or negative")
            }
            guard !snapshot || from == 0 else {
                throw ProtocolError.malformed("a full-snapshot PUSH_BEGIN must start at sequence 0, not \(from)")
            }
            self = .pushBegin(
                PushBegin(
                    epoch: epoch,
                    fromSequence: from,
                    toSequence: to,
                    rowCount: rows,
                    isFullSnapshot: snapshot,
                    uncompressedSize: size
                )
            )
        case .pushData:
            self = .pushData(p, more: frame.flags.contains(.more))
            p.moveReaderIndex(to: p.writerIndex)
        case .pushAck:
            let acked = try p.readField(Int64.self, "acked sequence")
            let rows = try p.readField(UInt32.self, "rows applied")
            let duplicate = try p.readBool("duplicate flag")
            self = .pushAck(PushAck(ackedSequence: acked, rowsApplied: rows, isDuplicate: duplicate))
        case .pushProgress:
            let stored = try p.readField(UInt32.self, "rows stored")
            let rows = try p.readField(UInt32.self, "row count")
            guard stored <= rows else {
                throw ProtocolError.malformed("PUSH_PROGRESS has \(stored) of \(rows) rows stored")
            }
            self = .pushProgress(PushProgress(rowsStored: stored, rowCount: rows))
        case .pull:
            let cursor = try p.readField(Int64.self, "cursor")
            let rowCursor = try p.readField(Int64.self, "row cursor")
            guard cursor >= 0, rowCursor >= 0 else {
                throw ProtocolError.malformed("PULL cursor \(cursor)/\(rowCursor) is negative")
            }
            self = .pull(cursor: cursor, rowCursor: rowCursor)
        case .pullData:
            self = .pullData(p, more: frame.flags.contains(.more))
            p.moveReaderIndex(to: p.writerIndex)
        case .pullEnd:
            let cursor = try p.readField(Int64.self, "cursor")
            let rowCursor = try p.readField(Int64.self, "row cursor")
            let rows = try p.readField(UInt32.self, "row count")
            let size = try p.readField(UInt64.self, "uncompressed size")
            let snapshot = try p.readBool("full-snapshot flag")
            self = .pullEnd(
                PullEnd(
                    cursor: cursor,
                    rowCursor: rowCursor,
                    rowCount: rows,
                    uncompressedSize: size,
                    isFullSnapshot: snapshot
                )
            )
        case .fetch:
            self = .fetch(try p.readFetch())
        case .verify:
            self = .verify(try p.readDigest())
        case .reconcile:
            self = .reconcile(try p.readReconcile())
        case .reconcileResult:
            self = .reconcileResult(try p.readReconcileResult())
        case .verifyResult:
            let digest = try p.readDigest()
            self = .verifyResult(VerifyResult(digest: digest, matches: try p.readBool("match flag")))
        case .error:
            let code = ErrorCode(rawValue: try p.readField(UInt16.self, "error code"))
            self = .error(ErrorMessage(code: code, message: try p.readString16("error message")))
        case .bye:
            self = .bye
        }
        try p.requireFullyRead(frame.type)
    }
}

extension UUID {
    /// The all-zero UUID, which on the wire means "no epoch" (Protocol.md §4.1).
    public static let nilEpoch = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    var isNil: Bool { self == UUID.nilEpoch }
}

extension ByteBuffer {
    mutating func writeDigest(_ digest: SyncDigest) {
        writeInteger(digest.count)
        writeInteger(digest.h1)
        writeInteger(digest.h2)
    }

    mutating func readDigest() throws -> SyncDigest {
        SyncDigest(
            count: try readField(Int64.self, "digest count"),
            h1: try readField(Int64.self, "digest h1"),
            h2: try readField(Int64.self, "digest h2")
        )
    }
}
