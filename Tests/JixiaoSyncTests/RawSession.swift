import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import NIOCore
import NIOPosix
import NIOSSL

/// A hand-driven connection for tests that must send what a real client never would.
struct RawSession {
    var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    var buffer = ByteBuffer()
    var bytesSent = 0
    /// The certificate the server presented, as the channel binding (`.plaintext` without TLS).
    let peer: PeerCertificate
    /// The device this session names in HELLO (`authenticate` may choose it); pushes are this device's.
    var device = UUID()

    /// The fingerprint of the server's certificate, filled in during the TLS handshake.
    final class PeerCertificate: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: CertificateFingerprint?
        var binding: CertificateFingerprint { lock.withLock { seen ?? .plaintext } }
        func record(_ fingerprint: CertificateFingerprint) { lock.withLock { seen = fingerprint } }
    }

    /// A TLS 1.3 client context that accepts any certificate (the tests check the binding, not the pin).
    static let tlsContext: NIOSSLContext = {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv13
        configuration.applicationProtocols = [TLSProfile.applicationProtocol]
        configuration.trustRoots = .certificates([])
        configuration.certificateVerification = .noHostnameVerification
        return try! NIOSSLContext(configuration: configuration)
    }()

    /// Connects to 127.0.0.1:`port` (from `source`, another loopback address such as 127.0.0.2, when given) over TLS
    /// (unless `plaintext`) and runs `body` with the session; closes afterwards.
    static func run<T: Sendable>(
        port: Int,
        from source: String? = nil,
        plaintext: Bool = false,
        _ body: (inout RawSession) async throws -> T
    ) async throws -> T {
        var bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        if let source { bootstrap = bootstrap.bind(to: try SocketAddress(ipAddress: source, port: 0)) }
        let peer = PeerCertificate()
        let channel =
            try await bootstrap
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if !plaintext {
                        try channel.pipeline.syncOperations.addHandler(
                            try NIOSSLClientHandler(context: tlsContext, serverHostname: nil) { certificates, promise in
                                if let der = try? certificates.first?.toDERBytes() {
                                    peer.record(Authentication.fingerprint(ofCertificateDER: der))
                                }
                                promise.succeed(.certificateVerified)
                            }
                        )
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(
                        wrappingChannelSynchronously: channel,
                        configuration: .init(isOutboundHalfClosureEnabled: true)
                    )
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            var session = RawSession(iterator: inbound.makeAsyncIterator(), outbound: outbound, peer: peer)
            return try await body(&session)
        }
    }

    mutating func send(_ message: Message) async throws {
        var bytes = ByteBuffer()
        bytes.writeFrame(message.frame)
        bytesSent += bytes.readableBytes
        try await outbound.write(bytes)
    }

    mutating func send(bytes: [UInt8]) async throws {
        bytesSent += bytes.count
        try await outbound.write(ByteBuffer(bytes: bytes))
    }

    /// Half-closes the connection: the server sees the end of its input.
    func finishSending() {
        outbound.finish()
    }

    /// The next message, or `nil` once the server closed the connection.
    mutating func receive() async throws -> Message? {
        while true {
            if let frame = try buffer.readFrame() { return try Message(frame: frame) }
            let next: ByteBuffer?
            do { next = try await iterator.next() } catch { return nil }
            guard var bytes = next else { return nil }
            buffer.writeBuffer(&bytes)
        }
    }

    /// Reads until the server closes; returns the ERROR it sent, if any.
    mutating func receiveError() async throws -> ErrorMessage? {
        while let message = try await receive() {
            if case .error(let error) = message { return error }
        }
        return nil
    }

    /// HELLO, CHALLENGE, AUTH, AUTH_OK.
    /// - Throws: the server's ERROR as a `ProtocolError`.
    mutating func authenticate(office: String, secret: [UInt8], device: UUID? = nil) async throws -> AuthOK {
        let nonce = Authentication.randomBytes(32)
        if let device { self.device = device }
        try await send(
            .hello(
                Hello(
                    minimumVersion: ProtocolVersion.current,
                    maximumVersion: ProtocolVersion.current,
                    schemaVersion: 3,
                    office: office,
                    clientNonce: nonce,
                    clientName: "raw-test",
                    device: self.device
                )
            )
        )
        guard case .challenge(let challenge) = try await receive() else {
            throw ProtocolError(.unexpectedMessage, "no CHALLENGE")
        }
        try await send(
            .auth(
                Auth(
                    mac: Authentication.clientMAC(
                        secret: secret,
                        office: office,
                        clientNonce: nonce,
                        serverNonce: challenge.serverNonce,
                        version: challenge.version,
                        binding: peer.binding
                    )
                )
            )
        )
        switch try await receive() {
        case .authOK(let ok): return ok
        case .error(let error): throw error.error
        default: throw ProtocolError(.unexpectedMessage, "no AUTH_OK")
        }
    }

    /// Sends a push of `changes` as this session's device and returns the server's answer. A change without a version
    /// gets one of this device, clock `1_000 + its index`, so the same push sent again carries the same versions.
    mutating func push(
        _ changes: [SyncChange],
        from: Int64,
        to: Int64,
        snapshot: Bool = false
    ) async throws -> Message? {
        let device = self.device.uuidString.lowercased()
        let stamped = changes.enumerated().map { index, change in
            var change = change
            if change.version.isNone { change.version = RowVersion(clock: 1_000 + Int64(index), device: device) }
            return change
        }
        let set = try CompressedChangeSet(changes: stamped)
        try await send(
            .pushBegin(
                PushBegin(
                    epoch: self.device,
                    fromSequence: from,
                    toSequence: to,
                    rowCount: set.rowCount,
                    isFullSnapshot: snapshot,
                    uncompressedSize: set.uncompressedSize
                )
            )
        )
        for message in set.messages(.pushData) { try await send(message) }
        return try await receive()
    }
}

/// An expenditure change of `office` with a valid row.
func expenditureChange(office: String, id: String = UUID().uuidString.lowercased(), amount: Int64 = 100) -> SyncChange {
    let values = Expenditure(
        id: id,
        office: office,
        project: "JD2021",
        category: "C1",
        fund: "F1",
        amount: Money(fen: amount),
        date: "2021-05-01",
        voucher: "R\(amount)"
    ).syncValues
    return SyncChange(table: .expenditures, operation: .upsert, key: id, office: office, values: values)
}
