import Crypto
import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import NIOSSL
import SwiftASN1
import X509

/// The district's TLS identity: a P-256 key pair and a self-signed certificate kept in the district database
/// (Protocol.md §1.2). Offices pin the certificate's SHA-256 fingerprint; nobody else needs to trust it, so no
/// certificate authority is involved.
public enum DistrictIdentity {
    /// How long a new certificate is valid. Offices check the pin, not the dates; the dates are for other tools.
    static let validity: TimeInterval = 20 * 365 * 24 * 3600

    /// Makes a new key pair and a self-signed certificate for the district called `districtName`.
    /// - Throws: `DistrictError.storage` when the certificate cannot be built (it never should).
    public static func make(districtName: String, now: Date = Date()) throws -> StoredTLSIdentity {
        let key = P256.Signing.PrivateKey()
        let certificateKey = Certificate.PrivateKey(key)
        do {
            let name = try DistinguishedName {
                OrganizationName("Jixiao")
                // english: the certificate's name, read by programs
                CommonName("Jixiao district server \(districtName.isEmpty ? "-" : districtName)")
            }
            let certificate = try Certificate(
                version: .v3,
                serialNumber: Certificate.SerialNumber(),
                publicKey: certificateKey.publicKey,
                notValidBefore: now.addingTimeInterval(-24 * 3600),
                notValidAfter: now.addingTimeInterval(validity),
                issuer: name,
                subject: name,
                signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.notCertificateAuthority)
                    Critical(KeyUsage(digitalSignature: true))
                    try ExtendedKeyUsage([.serverAuth])
                },
                issuerPrivateKey: certificateKey
            )
            var serializer = DER.Serializer()
            try serializer.serialize(certificate)
            return StoredTLSIdentity(
                privateKeyPEM: key.pemRepresentation,
                certificateDER: serializer.serializedBytes,
                createdAt: ISO8601DateFormatter().string(from: now)
            )
        } catch {
            throw DistrictError.storage(tr("district.tls.cannot-make", ["reason": "\(error)"]))
        }
    }

    /// The current and staged identities, creating the current one first if the database has none (a database
    /// made before TLS, or by a test). Two processes doing this at once keep the same identity.
    public static func ensure(in database: DistrictDatabase) throws -> StoredTLSIdentities {
        let stored = try database.tlsIdentities()
        if stored.current != nil { return stored }
        let identity = try make(districtName: try database.name())
        return try database.storeTLSIdentity(identity, as: .current, onlyIfEmpty: true)
    }

    /// The fingerprint offices pin: the SHA-256 of the certificate's DER encoding.
    public static func fingerprint(of identity: StoredTLSIdentity) -> CertificateFingerprint {
        Authentication.fingerprint(ofCertificateDER: identity.certificateDER)
    }

    /// The current certificate's fingerprint (creating the identity when there is none yet).
    public static func currentFingerprint(in database: DistrictDatabase) throws -> CertificateFingerprint {
        guard let current = try ensure(in: database).current else {
            throw DistrictError.storage(tr("tls.none"))
        }
        return fingerprint(of: current)
    }

    /// Stages a new certificate (replacing one already staged): offices learn its fingerprint from their next
    /// syncs until `activate(in:)` switches to it.
    public static func stage(in database: DistrictDatabase) throws -> StoredTLSIdentities {
        _ = try ensure(in: database)
        return try database.storeTLSIdentity(try make(districtName: try database.name()), as: .next)
    }

    /// Makes the staged certificate the current one.
    /// - Throws: `DistrictError.notFound` when nothing is staged.
    public static func activate(in database: DistrictDatabase) throws -> StoredTLSIdentity {
        do {
            return try database.activateStagedTLSIdentity()
        } catch let error as StorageError where error.code == .notFound {
            throw DistrictError.notFound(tr("tls.none-staged"))
        }
    }

    /// The TLS 1.3 server context presenting `identity`, offering ALPN `jixiao/2` (Protocol.md §1.2).
    static func serverContext(_ identity: StoredTLSIdentity) throws -> NIOSSLContext {
        do {
            var configuration = TLSConfiguration.makeServerConfiguration(
                certificateChain: [.certificate(try NIOSSLCertificate(bytes: identity.certificateDER, format: .der))],
                privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(identity.privateKeyPEM.utf8), format: .pem))
            )
            configuration.minimumTLSVersion = .tlsv13
            configuration.maximumTLSVersion = .tlsv13
            configuration.applicationProtocols = [TLSProfile.applicationProtocol]
            // The protocol ends with BYE or ERROR, so a missing close_notify truncates nothing: do not hold a
            // connection slot waiting for one (NIOSSL's default is 5 s).
            configuration.shutdownTimeout = TLSProfile.shutdownTimeout
            return try NIOSSLContext(configuration: configuration)
        } catch {
            // The message names the cause, never the key.
            throw DistrictError.storage(tr("district.tls.unusable", ["reason": "\(type(of: error))"]))
        }
    }
}
