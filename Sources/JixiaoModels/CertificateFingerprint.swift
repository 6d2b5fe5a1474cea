/// The SHA-256 digest of a certificate's DER encoding: what an office pins, what `district tls show` prints, and the
/// `tls-server-end-point` channel binding (RFC 5929) the authentication covers (Protocol.md §1.2, §5).
///
/// Written `sha256:` and 64 lowercase hexadecimal digits.
public struct CertificateFingerprint: Hashable, Sendable, CustomStringConvertible {
    /// The 32 digest bytes.
    public let bytes: [UInt8]

    /// The prefix of the written form.
    public static let prefix = "sha256:"

    /// The binding of a connection without TLS (`--plaintext`): 32 zero bytes, never a certificate's digest.
    public static let plaintext = CertificateFingerprint(uncheckedBytes: [UInt8](repeating: 0, count: 32))

    /// Wraps 32 digest bytes.
    /// - Throws: `ModelError` when `bytes` is not 32 bytes long.
    public init(bytes: [UInt8]) throws {
        guard bytes.count == 32 else {
            throw ModelError.invalidValue(tr("model.fingerprint-length", ["n": "\(bytes.count)"]))
        }
        self.bytes = bytes
    }

    private init(uncheckedBytes: [UInt8]) { self.bytes = uncheckedBytes }

    /// Parses `sha256:` and 64 hexadecimal digits (either case; colons between byte pairs and surrounding spaces
    /// are allowed, as some tools print them).
    /// - Throws: `ModelError` naming what is wrong.
    public init(parsing text: String) throws {
        var digits = text.trimmingSpaces().lowercased()
        guard digits.hasPrefix(Self.prefix) else {
            throw ModelError.invalidValue(tr("model.fingerprint-prefix", ["text": text]))
        }
        digits.removeFirst(Self.prefix.count)
        digits.removeAll { $0 == ":" }
        guard digits.utf8.count == 64 else {
            throw ModelError.invalidValue(tr("model.fingerprint-digits"))
        }
        guard let bytes = Hex.bytes(digits) else {
            throw ModelError.invalidValue(tr("model.fingerprint-hex"))
        }
        self.bytes = bytes
    }

    /// `sha256:` and 64 lowercase hexadecimal digits.
    public var description: String { Self.prefix + Hex.string(bytes) }

    /// The first 8 digits, for messages (`sha256:3f9a0c21…`).
    public var short: String { String(description.prefix(Self.prefix.count + 8)) + "…" }
}
