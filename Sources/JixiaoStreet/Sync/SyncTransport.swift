import JixiaoModels
import JixiaoProtocol
import NIOConcurrencyHelpers
import NIOCore
import NIOSSL
import NIOTLS

/// How the client secures a connection (Protocol.md §1.2): TLS 1.3 with ALPN `jixiao/2`, accepting only the
/// certificate the office pinned (or the staged successor it was told of), and learning the fingerprint of the
/// certificate it saw for the channel binding.
struct SyncTransport: Sendable {
    /// The fingerprints this office accepts; empty accepts any (a database enrolled without a pin pins on first use:
    /// the binding still makes a relay fail the authentication).
    var accepted: [CertificateFingerprint]
    /// Without TLS (`street sync --plaintext`, loopback only).
    var plaintext: Bool

    /// What a handshake found, filled in by the verification callback on the connection's event loop.
    final class Observation: Sendable {
        private let seenBox = NIOLockedValueBox<CertificateFingerprint?>(nil)
        var seen: CertificateFingerprint? { seenBox.withLockedValue { $0 } }
        func record(_ fingerprint: CertificateFingerprint) { seenBox.withLockedValue { $0 = fingerprint } }
    }

    /// The TLS client context. Trust roots are not consulted: the pin decides.
    static let context: NIOSSLContext? = {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv13
        configuration.maximumTLSVersion = .tlsv13
        configuration.applicationProtocols = [TLSProfile.applicationProtocol]
        configuration.trustRoots = .certificates([])
        // The custom callback below replaces the chain and host name checks; it runs only when verification is on.
        configuration.certificateVerification = .noHostnameVerification
        configuration.shutdownTimeout = TLSProfile.shutdownTimeout
        // Classical key exchange: the post-quantum hybrid (X25519MLKEM768, swift-nio-ssl's default) adds about
        // 2.3 KB of key shares to every handshake, more than a whole delta sync (Performance.md).
        configuration.curves = TLSProfile.clientGroups.map { NIOTLSCurve(rawValue: $0) }
        return try? NIOSSLContext(configuration: configuration)
    }()

    /// Adds the TLS handler and a handshake waiter in front of the frame codec.
    /// - Returns: The future of the handshake: the fingerprint of the certificate the server presented.
    func addHandlers(
        to channel: any Channel,
        observation: Observation
    ) throws -> EventLoopFuture<CertificateFingerprint> {
        guard !plaintext else { return channel.eventLoop.makeSucceededFuture(.plaintext) }
        guard let context = Self.context else { throw SyncError.tlsFailed(tr("sync.tls-setup")) }
        let accepted = self.accepted
        let handler = try NIOSSLClientHandler(context: context, serverHostname: nil) { certificates, promise in
            guard let leaf = certificates.first, let der = try? leaf.toDERBytes() else {
                return promise.succeed(.failed)
            }
            let fingerprint = Authentication.fingerprint(ofCertificateDER: der)
            observation.record(fingerprint)
            promise.succeed(accepted.isEmpty || accepted.contains(fingerprint) ? .certificateVerified : .failed)
        }
        let waiter = HandshakeWaiter(promise: channel.eventLoop.makePromise(), observation: observation)
        try channel.pipeline.syncOperations.addHandler(handler)
        try channel.pipeline.syncOperations.addHandler(waiter)
        return waiter.promise.futureResult
    }
}

/// Fulfils its promise when the TLS handshake completes with ALPN `jixiao/2`, and fails it when the connection
/// breaks or TLS fails first.
private final class HandshakeWaiter: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    let promise: EventLoopPromise<CertificateFingerprint>
    let observation: SyncTransport.Observation
    private var done = false

    init(promise: EventLoopPromise<CertificateFingerprint>, observation: SyncTransport.Observation) {
        self.promise = promise
        self.observation = observation
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? TLSUserEvent, case .handshakeCompleted(let negotiated) = event, !done {
            done = true
            if negotiated == TLSProfile.applicationProtocol, let seen = observation.seen {
                promise.succeed(seen)
            } else {
                promise.fail(
                    SyncError.tlsFailed(tr("sync.alpn", ["protocol": TLSProfile.applicationProtocol]))
                )
                context.close(promise: nil)
            }
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if !done {
            done = true
            promise.fail(error)
        }
        context.fireErrorCaught(error)
    }

    func channelInactive(context: ChannelHandlerContext) {
        if !done {
            done = true
            promise.fail(ChannelError.eof)
        }
        context.fireChannelInactive()
    }

    /// A channel that never became active (the connection failed) removes its handlers without channelInactive.
    func handlerRemoved(context: ChannelHandlerContext) {
        if !done {
            done = true
            promise.fail(ChannelError.eof)
        }
    }
}
