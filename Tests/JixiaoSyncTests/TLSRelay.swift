import Foundation
import JixiaoDistrict
import JixiaoProtocol
import NIOCore
import NIOPosix
import NIOSSL

/// A relay between an office and the district, as an attacker on the path would run one.
///
/// `.terminate` ends the office's TLS with a certificate of its own and opens its own TLS to the district (accepting
/// whatever it presents), passing the decrypted bytes both ways: what a relay that wants to read or rewrite the
/// traffic must do. `.tap` passes the encrypted bytes through and records them, and can flip one byte of the
/// office's stream at a given offset.
final class TLSRelay: @unchecked Sendable {
    enum Mode: Sendable {
        case terminate(certificateDER: [UInt8], privateKeyPEM: String)
        case tap(flipAt: Int?)
    }

    private let lock = NSLock()
    private var listener: NIOAsyncChannel<NIOAsyncChannel<ByteBuffer, ByteBuffer>, Never>?
    private var task: Task<Void, any Error>?
    private var capturedBytes: [UInt8] = []
    let target: Int
    let mode: Mode

    /// Every byte that passed, both directions, in arrival order.
    var captured: [UInt8] { lock.withLock { capturedBytes } }

    init(target: Int, mode: Mode) {
        self.target = target
        self.mode = mode
    }

    /// A relay with a fresh certificate of its own.
    static func terminating(target: Int) throws -> TLSRelay {
        let identity = try DistrictIdentity.make(districtName: "relay")
        return TLSRelay(
            target: target,
            mode: .terminate(certificateDER: identity.certificateDER, privateKeyPEM: identity.privateKeyPEM)
        )
    }

    /// Starts listening on an OS-assigned port and returns it.
    func start() async throws -> Int {
        var serverContext: NIOSSLContext?
        if case .terminate(let der, let pem) = mode {
            var configuration = TLSConfiguration.makeServerConfiguration(
                certificateChain: [.certificate(try NIOSSLCertificate(bytes: der, format: .der))],
                privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(pem.utf8), format: .pem))
            )
            configuration.minimumTLSVersion = .tlsv13
            configuration.applicationProtocols = [TLSProfile.applicationProtocol]
            serverContext = try NIOSSLContext(configuration: configuration)
        }
        let context = serverContext
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let context {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        lock.withLock { self.listener = listener }
        task = Task {
            try await listener.executeThenClose { inbound in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await connection in inbound {
                        group.addTask { await self.relay(connection) }
                    }
                }
            }
        }
        return listener.channel.localAddress!.port!
    }

    func stop() async {
        lock.withLock { listener }?.channel.close(promise: nil)
        _ = try? await task?.value
    }

    private func relay(_ client: NIOAsyncChannel<ByteBuffer, ByteBuffer>) async {
        let terminating: Bool
        if case .terminate = mode { terminating = true } else { terminating = false }
        do {
            let upstream = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connect(host: "127.0.0.1", port: target) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if terminating {
                            try channel.pipeline.syncOperations.addHandler(
                                try NIOSSLClientHandler(context: RawSession.tlsContext, serverHostname: nil) { _, p in
                                    p.succeed(.certificateVerified)
                                }
                            )
                        }
                        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
            var flip: Int?
            if case .tap(let at) = mode { flip = at }
            let flipAt = flip
            try await client.executeThenClose { clientIn, clientOut in
                try await upstream.executeThenClose { serverIn, serverOut in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { try await self.pump(clientIn, to: serverOut, flipAt: flipAt) }
                        group.addTask { try await self.pump(serverIn, to: clientOut, flipAt: nil) }
                        try await group.next()
                        group.cancelAll()
                    }
                }
            }
        } catch {
            // A closed side ends the relay.
        }
    }

    private func pump(
        _ source: NIOAsyncChannelInboundStream<ByteBuffer>,
        to sink: NIOAsyncChannelOutboundWriter<ByteBuffer>,
        flipAt: Int?
    ) async throws {
        var passed = 0
        for try await var chunk in source {
            let bytes = Array(chunk.readableBytesView)
            lock.withLock { capturedBytes += bytes }
            if let flipAt, passed <= flipAt, flipAt < passed + bytes.count {
                let index = chunk.readerIndex + flipAt - passed
                chunk.setInteger(chunk.getInteger(at: index, as: UInt8.self)! ^ 0x01, at: index)
            }
            passed += bytes.count
            try await sink.write(chunk)
        }
    }
}
