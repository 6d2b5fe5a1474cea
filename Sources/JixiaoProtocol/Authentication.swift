import Crypto
import Foundation
import JixiaoModels

/// The challenge–response computations of Protocol.md §5: HMAC-SHA256 keyed with the office's 32-byte secret.
///
/// The secret never crosses the wire. The client proves it holds the secret with the client label; the server
/// answers with the server label, so a client also knows it reached the real district. Both MACs cover the
/// channel binding: the SHA-256 of the TLS certificate the client saw (`tls-server-end-point`, RFC 5929), which the
/// server checks against its own, so a relay that terminates TLS with another certificate fails on both sides.
public enum Authentication {
    /// Nonces are 32 bytes.
    public static let nonceLength = 32
    /// MACs (HMAC-SHA256) are 32 bytes.
    public static let macLength = 32
    /// Office secrets are 32 bytes (256 bits).
    public static let secretLength = 32
    /// The label in front of the client's MAC input.
    public static let clientLabel = "jixiao-auth-v2"
    /// The label in front of the server's proof input.
    public static let serverLabel = "jixiao-server-v2"

    /// The MAC input: label ‖ u16 office length ‖ office ‖ client nonce ‖ server nonce ‖ version ‖ binding (§5.1).
    public static func input(
        label: String,
        office: String,
        clientNonce: [UInt8],
        serverNonce: [UInt8],
        version: UInt8,
        binding: CertificateFingerprint
    )
        -> [UInt8]
    {
        let officeBytes = Array(office.utf8)
        var bytes = Array(label.utf8)
        bytes.append(UInt8(truncatingIfNeeded: officeBytes.count >> 8))
        bytes.append(UInt8(truncatingIfNeeded: officeBytes.count))
        bytes += officeBytes
        bytes += clientNonce
        bytes += serverNonce
        bytes.append(version)
        bytes += binding.bytes
        return bytes
    }

    /// The client's AUTH MAC (§5.1).
    public static func clientMAC(
        secret: [UInt8],
        office: String,
        clientNonce: [UInt8],
        serverNonce: [UInt8],
        version: UInt8,
        binding: CertificateFingerprint
    ) -> [UInt8] {
        mac(
            secret: secret,
            input(
                label: clientLabel,
                office: office,
                clientNonce: clientNonce,
                serverNonce: serverNonce,
                version: version,
                binding: binding
            )
        )
    }

    /// The server's AUTH_OK proof (§5.2).
    public static func serverProof(
        secret: [UInt8],
        office: String,
        clientNonce: [UInt8],
        serverNonce: [UInt8],
        version: UInt8,
        binding: CertificateFingerprint
    ) -> [UInt8] {
        mac(
            secret: secret,
            input(
                label: serverLabel,
                office: office,
                clientNonce: clientNonce,
                serverNonce: serverNonce,
                version: version,
                binding: binding
            )
        )
    }

    /// Whether `mac` is the expected 32 bytes, compared in constant time.
    public static func isValid(_ mac: [UInt8], expected: [UInt8]) -> Bool {
        guard mac.count == expected.count else { return false }
        var difference: UInt8 = 0
        for index in mac.indices { difference |= mac[index] ^ expected[index] }
        return difference == 0
    }

    /// `count` bytes from the system's cryptographically secure generator.
    public static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// A fresh office secret.
    public static func newSecret() -> [UInt8] { randomBytes(secretLength) }

    /// A secret as 64 lowercase hexadecimal digits, the form a clerk types (§5.3).
    public static func hexString(_ bytes: [UInt8]) -> String {
        bytes.map { hex($0) }.joined()
    }

    /// Parses a secret written as 64 hexadecimal digits (either case, surrounding spaces ignored).
    /// - Returns: the 32 bytes, or `nil` when the text is not 64 hexadecimal digits.
    public static func secret(fromHex text: String) -> [UInt8]? {
        let digits = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        guard digits.count == secretLength * 2 else { return nil }
        func value(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: c - 0x30
            case 0x61...0x66: c - 0x61 + 10
            case 0x41...0x46: c - 0x41 + 10
            default: nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(secretLength)
        for i in stride(from: 0, to: digits.count, by: 2) {
            guard let hi = value(digits[i]), let lo = value(digits[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
        }
        return out
    }

    private static func mac(secret: [UInt8], _ input: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: input, using: SymmetricKey(data: secret)))
    }

    /// The channel binding of a certificate: the SHA-256 of its DER encoding (`tls-server-end-point` for the
    /// ECDSA-with-SHA-256 certificates districts use).
    public static func fingerprint(ofCertificateDER der: [UInt8]) -> CertificateFingerprint {
        // SHA-256 is always 32 bytes.
        try! CertificateFingerprint(bytes: Array(SHA256.hash(data: der)))
    }
}
