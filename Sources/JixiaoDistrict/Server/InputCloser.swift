import NIOCore
import NIOTLS

/// Lets the session timer end a connection's input under TLS: `close(mode: .input)` reaches this handler instead of
/// the TLS handler (which does not support it), and this handler ends the input as a peer's half-closure would
/// (`ChannelEvent.inputClosed`), dropping whatever arrives afterwards. The connection stays open for the session's
/// last message (ERROR timeout), which the TLS layer still encrypts and sends.
final class InputCloser: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var inputClosed = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !inputClosed else { return }
        context.fireChannelRead(data)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .some(.inputClosed) = event as? ChannelEvent {
            guard !inputClosed else { return }
            inputClosed = true
        }
        context.fireUserInboundEventTriggered(event)
    }

    func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
        guard mode == .input else { return context.close(mode: mode, promise: promise) }
        if !inputClosed {
            inputClosed = true
            context.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        }
        promise?.succeed(())
    }
}

/// Completes its future when the connection's TLS handshake has finished (or fails it when the connection ends or the
/// handshake takes longer than `timeout`), so the server can answer a connection it refuses (ERROR overloaded) only
/// once that answer can be encrypted and delivered.
final class HandshakeSignal: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let promise: EventLoopPromise<Void>
    private var timer: Scheduled<Void>?
    private var done = false

    /// The handshake's end.
    var completed: EventLoopFuture<Void> { promise.futureResult }

    init(eventLoop: any EventLoop, timeout: TimeAmount) {
        self.promise = eventLoop.makePromise(of: Void.self)
        self.timeout = timeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let timeout = self.timeout
        timer = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) { [self] in
            finish(.failure(ChannelError.connectTimeout(timeout)))
        }
    }

    private let timeout: TimeAmount

    private func finish(_ result: Result<Void, any Error>) {
        guard !done else { return }
        done = true
        timer?.cancel()
        promise.completeWith(result)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? TLSUserEvent, case .handshakeCompleted = event { finish(.success(())) }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(.failure(error))
        context.fireErrorCaught(error)
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish(.failure(ChannelError.eof))
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        finish(.failure(ChannelError.eof))
    }
}
