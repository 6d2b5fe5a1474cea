import NIOCore

/// The TLS profile every sync connection uses (Protocol.md §1.2): TLS 1.3 only, ALPN `jixiao/2`, the district's
/// self-signed certificate pinned by its SHA-256 fingerprint, and that fingerprint bound into the authentication.
public enum TLSProfile {
    /// The ALPN protocol name both sides offer and require.
    public static let applicationProtocol = "jixiao/2"

    /// How long a closing side waits for the peer's close_notify. Sessions end with BYE or ERROR (§4.14, §4.15), so
    /// a missing close_notify truncates nothing; waiting longer would only hold connection slots.
    public static let shutdownTimeout: TimeAmount = .milliseconds(250)

    /// The key-exchange groups the office offers, by their TLS code points: X25519, then P-256 (Protocol.md §1.5.1).
    /// The district also accepts X25519MLKEM768 from clients that offer it.
    public static let clientGroups: [UInt16] = [0x001D, 0x0017]
}
