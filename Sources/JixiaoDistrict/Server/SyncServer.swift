import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import Logging
import NIOCore
import NIOPosix
import NIOSSL

/// The district's sync server: accepts office connections over TCP and runs one `ServerSession` per connection
/// against the district database (Protocol.md).
///
/// Call `run()` (it returns after `shutdown()`), or `start()` then `run()` to learn the bound port first. Each
/// connection is a child task of a discarding task group that catches and logs its own errors, so one
/// connection's failure never affects another. `shutdown()` stops accepting and closes every connection; a
/// push that is being applied finishes its transaction first (it runs to completion on the thread pool).
public final class SyncServer: Sendable {
    typealias Connection = NIOAsyncChannel<Frame, Frame>

    /// The configuration.
    public let configuration: SyncServerConfiguration
    let database: DistrictDatabase
    let logger: Logger
    let registry = ServerRegistry()
    private let listener = LockedBox<NIOAsyncChannel<Connection, Never>?>(nil)
    private let schemaVersion: UInt32
    private let districtEpoch: UUID
    /// The TLS context presenting the district's current certificate; `nil` with `plaintext`.
    private let tlsContext: NIOSSLContext?
    /// The current certificate's fingerprint (the channel binding), `.plaintext` without TLS.
    public let channelBinding: CertificateFingerprint
    /// The staged certificate's fingerprint, announced in AUTH_OK.
    let nextCertificate: CertificateFingerprint?

    /// The schema version the sync protocol carries (Protocol.md §11.2).
    public static let schemaVersion: UInt32 = 3

    /// Creates a server for `database`, presenting the district's current certificate (created first when the
    /// database has none). A certificate rotated while the server runs is used from its next start.
    /// - Throws: `StorageError` when the database cannot be read; `DistrictError.invalidInput` for plaintext on an
    ///   address other than loopback.
    public init(database: DistrictDatabase, configuration: SyncServerConfiguration, logger: Logger) throws {
        self.database = database
        self.configuration = configuration
        self.logger = logger
        self.schemaVersion = Self.schemaVersion
        self.districtEpoch = UUID(uuidString: try database.epoch()) ?? UUID.nilEpoch
        if configuration.plaintext {
            guard ServerAddress.isLoopback(configuration.host) else {
                throw DistrictError.invalidInput(tr("district.serve.plaintext-remote"))
            }
            tlsContext = nil
            channelBinding = .plaintext
            nextCertificate = nil
        } else {
            let identities = try DistrictIdentity.ensure(in: database)
            guard let current = identities.current else {
                throw DistrictError.storage(tr("district.tls.none"))
            }
            tlsContext = try DistrictIdentity.serverContext(current)
            channelBinding = DistrictIdentity.fingerprint(of: current)
            nextCertificate = identities.next.map(DistrictIdentity.fingerprint(of:))
        }
    }

    /// Binds the listening socket.
    /// - Returns: The port bound (the system's choice when the configuration says 0).
    /// - Throws: when the address cannot be bound (in use, not local…).
    @discardableResult
    public func start() async throws -> Int {
        if let bound = listener.get() { return bound.channel.localAddress?.port ?? configuration.port }
        let tlsContext = self.tlsContext
        let handshakeTimeout = configuration.handshakeTimeout
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            // A client that sends and then shuts down its side still gets the ERROR its bytes deserve.
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .bind(host: configuration.host, port: configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tlsContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tlsContext))
                        try channel.pipeline.syncOperations.addHandler(
                            HandshakeSignal(eventLoop: channel.eventLoop, timeout: handshakeTimeout)
                        )
                    }
                    try channel.pipeline.syncOperations.addHandler(InputCloser())
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(FrameDecoder(), maximumBufferSize: 2 * Frame.maximumPayloadLength)
                    )
                    try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(FrameEncoder()))
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        listener.set(channel)
        if registry.isStopping { try? await channel.channel.close().get() }
        return channel.channel.localAddress?.port ?? configuration.port
    }

    /// The bound port, once `start()` returned.
    public var port: Int? { listener.get()?.channel.localAddress?.port }

    /// Accepts connections until `shutdown()`, then waits for the open sessions to end.
    /// - Throws: when binding fails.
    public func run() async throws {
        try await start()
        guard let listener = listener.get() else { return }
        logger.notice(
            "listening on \(configuration.host):\(port ?? configuration.port)",
            metadata: [
                "tls": "\(tlsContext == nil ? "off (plaintext)" : "TLS 1.3, certificate \(channelBinding)")"
            ]
        )
        try await listener.executeThenClose { inbound in
            try await withThrowingDiscardingTaskGroup { group in
                for try await connection in inbound {
                    group.addTask { await self.serve(connection) }
                }
            }
        }
        logger.notice("stopped")
    }

    /// Stops accepting, closes the open connections, and lets `run()` return once their tasks have ended.
    public func shutdown() {
        let open = registry.stop()
        listener.get()?.channel.close(promise: nil)
        for channel in open { channel.close(promise: nil) }
    }

    func sessionConfiguration() -> ServerSession.Configuration {
        ServerSession.Configuration(
            versions: ProtocolVersion.supported,
            schemaVersion: schemaVersion,
            districtEpoch: districtEpoch,
            handshakeTimeout: configuration.handshakeTimeout,
            idleTimeout: configuration.idleTimeout,
            messageLimit: configuration.messageLimit,
            channelBinding: channelBinding,
            nextCertificate: nextCertificate
        )
    }
}

/// The server's blocking work, on threads of its own rather than `NIOThreadPool.singleton` (which street code in the
/// same process uses too). A push holds its thread while it waits for the database's single writer and while it is
/// stored, so pushes and the session records (writes) run on `storing`, and the office lookups, pulls and digests
/// on `reading` never queue behind them.
enum ServerThreads {
    static let storing = started(threads: 2)
    static let reading = started(threads: max(4, System.coreCount))

    /// A pool that lives as long as the process (a static, never deinitialised).
    private static func started(threads: Int) -> NIOThreadPool {
        let pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
        return pool
    }
}
