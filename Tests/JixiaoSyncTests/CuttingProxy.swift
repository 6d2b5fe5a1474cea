import Foundation
import JixiaoProtocol
import NIOCore
import NIOPosix

/// A TCP proxy in front of the server that cuts each connection where its plan says: after the n-th complete
/// frame in one direction, or after n bytes. Fault injection for convergence tests.
final class CuttingProxy: @unchecked Sendable {
    enum Direction: Sendable, CustomStringConvertible {
        case toServer, toClient
        var description: String { self == .toServer ? "client→server" : "server→client" }
    }

    enum Cut: Sendable, CustomStringConvertible {
        case none
        case afterFrames(Direction, Int)
        case afterBytes(Direction, Int)

        var description: String {
            switch self {
            case .none: "no cut"
            case .afterFrames(let d, let n): "\(d) after \(n) frames"
            case .afterBytes(let d, let n): "\(d) after \(n) bytes"
            }
        }

        func rule(_ direction: Direction) -> Rule? {
            switch self {
            case .afterFrames(direction, let n): .frames(n)
            case .afterBytes(direction, let n): .bytes(n)
            default: nil
            }
        }
    }

    enum Rule: Sendable {
        case frames(Int)
        case bytes(Int)
    }

    struct CutError: Error {}

    private let lock = NSLock()
    private var current: Cut = .none
    private var acceptedCount = 0
    private var listener: NIOAsyncChannel<NIOAsyncChannel<ByteBuffer, ByteBuffer>, Never>?
    private var task: Task<Void, any Error>?
    private var targetPort: Int
    /// The server port connections are relayed to; a test that restarts the server moves it.
    var target: Int {
        get { lock.withLock { targetPort } }
        set { lock.withLock { targetPort = newValue } }
    }

    var plan: Cut {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }

    /// How many client connections the proxy has accepted.
    var accepted: Int { lock.withLock { acceptedCount } }

    private var relayedCount = 0
    /// Bytes relayed so far, both directions, every connection: a test aims a kill inside a session with it.
    var relayed: Int { lock.withLock { relayedCount } }

    fileprivate func count(_ bytes: Int) { lock.withLock { relayedCount += bytes } }

    init(target: Int) { self.targetPort = target }

    /// Starts listening on an OS-assigned port and returns it.
    func start() async throws -> Int {
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        lock.withLock { self.listener = listener }
        task = Task {
            try await listener.executeThenClose { inbound in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await connection in inbound {
                        let cut = self.plan
                        self.lock.withLock { self.acceptedCount += 1 }
                        group.addTask { await self.relay(connection, cut: cut) }
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

    private func relay(_ client: NIOAsyncChannel<ByteBuffer, ByteBuffer>, cut: Cut) async {
        do {
            let upstream = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connect(host: "127.0.0.1", port: target) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
            try await client.executeThenClose { clientIn, clientOut in
                try await upstream.executeThenClose { serverIn, serverOut in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask {
                            try await Self.pump(clientIn, to: serverOut, rule: cut.rule(.toServer), proxy: self)
                        }
                        group.addTask {
                            try await Self.pump(serverIn, to: clientOut, rule: cut.rule(.toClient), proxy: self)
                        }
                        try await group.next()
                        group.cancelAll()
                    }
                }
            }
        } catch {
            // A cut or a closed peer ends the relay; both sides are closed by the scopes above.
        }
    }

    private static func pump(
        _ source: NIOAsyncChannelInboundStream<ByteBuffer>,
        to sink: NIOAsyncChannelOutboundWriter<ByteBuffer>,
        rule: Rule?,
        proxy: CuttingProxy
    ) async throws {
        var passed = 0
        var scan = ByteBuffer()
        var framesSeen = 0
        var frameBytes = 0
        for try await var chunk in source {
            var limit: Int?
            switch rule {
            case .bytes(let n):
                limit = n
            case .frames(let n):
                scan.writeImmutableBuffer(chunk)
                while framesSeen < n {
                    let before = scan.readerIndex
                    guard (try scan.readFrame()) != nil else { break }
                    framesSeen += 1
                    frameBytes += scan.readerIndex - before
                }
                if framesSeen == n { limit = frameBytes }
            case nil:
                break
            }
            if let limit, passed + chunk.readableBytes >= limit {
                let keep = limit - passed
                if keep > 0 { try await sink.write(chunk.readSlice(length: keep)!) }
                throw CutError()
            }
            passed += chunk.readableBytes
            proxy.count(chunk.readableBytes)
            try await sink.write(chunk)
        }
    }
}
