import JixiaoProtocol
import NIOCore

/// Where and how `SyncServer` listens, and its limits (Protocol.md §6).
public struct SyncServerConfiguration: Sendable {
    /// The address to bind, e.g. `127.0.0.1` or `0.0.0.0`.
    public var host: String
    /// The port; 0 lets the system choose (tests).
    public var port: Int
    /// The most simultaneous connections; more are answered with ERROR overloaded.
    public var maximumConnections: Int
    /// The most simultaneous connections from one peer address; more are answered with ERROR overloaded.
    public var maximumConnectionsPerPeer: Int
    /// From accept to AUTH_OK.
    public var handshakeTimeout: TimeAmount
    /// The longest silence while the server waits for the client.
    public var idleTimeout: TimeAmount
    /// The most bytes one push may inflate to.
    public var messageLimit: Int
    /// The first delay after a failed authentication of an office; it doubles with each further failure.
    public var authenticationFailureDelay: TimeAmount
    /// The longest delay after failed authentications.
    public var maximumAuthenticationFailureDelay: TimeAmount
    /// Serve without TLS (`district serve --plaintext`): only on a loopback address, for debugging on one machine.
    public var plaintext: Bool
    /// How long storing a push may take before PUSH_PROGRESS tells the client how far it is, and the least time
    /// between two (Protocol.md §4.8.2).
    public var pushProgressDelay: TimeAmount = .seconds(1)
    public var pushProgressInterval: TimeAmount = .milliseconds(500)
    /// How long, in all, storing a push as it arrives (Protocol.md §10.3.7) may wait for slices that have not come: the writer is the
    /// district's only one, so a slower client's push is rolled back and stored once it is all here.
    public var pushPatience: Duration = .seconds(2)

    /// Creates a configuration; the defaults are Protocol.md §6's.
    public init(
        host: String = "127.0.0.1",
        port: Int = 7420,
        maximumConnections: Int = 64,
        maximumConnectionsPerPeer: Int = 16,
        handshakeTimeout: TimeAmount = .seconds(10),
        idleTimeout: TimeAmount = .seconds(60),
        messageLimit: Int = 256 * 1024 * 1024,
        authenticationFailureDelay: TimeAmount = .milliseconds(250),
        maximumAuthenticationFailureDelay: TimeAmount = .seconds(8),
        plaintext: Bool = false
    ) {
        self.plaintext = plaintext
        self.host = host
        self.port = port
        self.maximumConnections = maximumConnections
        self.maximumConnectionsPerPeer = maximumConnectionsPerPeer
        self.handshakeTimeout = handshakeTimeout
        self.idleTimeout = idleTimeout
        self.messageLimit = messageLimit
        self.authenticationFailureDelay = authenticationFailureDelay
        self.maximumAuthenticationFailureDelay = maximumAuthenticationFailureDelay
    }
}
