import Foundation
import GRDB
import JixiaoModels

/// One stored TLS identity of the district: its private key and its self-signed certificate.
public struct StoredTLSIdentity: Hashable, Sendable {
    /// Which of the two a row is.
    public enum Slot: String, Hashable, Sendable {
        /// The certificate `district serve` presents.
        case current
        /// The certificate staged by `district tls rotate --stage`, announced to offices until it is activated.
        case next
    }

    /// The private key as PEM (PKCS #8); never printed, logged or exported.
    public var privateKeyPEM: String
    /// The certificate, DER-encoded.
    public var certificateDER: [UInt8]
    /// When it was created, ISO 8601.
    public var createdAt: String

    /// Creates a record.
    public init(privateKeyPEM: String, certificateDER: [UInt8], createdAt: String) {
        self.privateKeyPEM = privateKeyPEM
        self.certificateDER = certificateDER
        self.createdAt = createdAt
    }
}

/// The district's current and staged TLS identities, read together.
public struct StoredTLSIdentities: Hashable, Sendable {
    /// The certificate `district serve` presents; `nil` in a database made before TLS (until one is created).
    public var current: StoredTLSIdentity?
    /// The staged successor, if any.
    public var next: StoredTLSIdentity?
}

extension DistrictDatabase {
    /// The current and the staged TLS identity, in one read.
    public func tlsIdentities() throws -> StoredTLSIdentities {
        try read { db in
            var found = StoredTLSIdentities()
            for row in try Row.fetchAll(
                db,
                sql: "SELECT slot, private_key_pem, certificate_der, created_at FROM tls_identity"
            ) {
                let slot: String = row["slot"]
                let data: Data? = row["certificate_der"]
                let record = StoredTLSIdentity(
                    privateKeyPEM: row["private_key_pem"],
                    certificateDER: data.map { [UInt8]($0) } ?? [],
                    createdAt: row["created_at"]
                )
                switch StoredTLSIdentity.Slot(rawValue: slot) {
                case .current: found.current = record
                case .next: found.next = record
                case nil: throw StorageError.invalidData(tr("storage.tls-slot", ["slot": slot]))
                }
            }
            return found
        }
    }

    /// Stores `identity` in `slot`, replacing what was there.
    /// - Parameter onlyIfEmpty: store it only when the slot holds nothing (two processes creating the first identity
    ///   at once keep the same one).
    /// - Returns: The identities after the write.
    @discardableResult
    public func storeTLSIdentity(
        _ identity: StoredTLSIdentity,
        as slot: StoredTLSIdentity.Slot,
        onlyIfEmpty: Bool = false
    ) throws -> StoredTLSIdentities {
        try write { db in
            try db.execute(
                sql:
                    "INSERT INTO tls_identity (slot, private_key_pem, certificate_der, created_at) VALUES (?, ?, ?, ?) "
                    + (onlyIfEmpty
                        ? "ON CONFLICT (slot) DO NOTHING"
                        : "ON CONFLICT (slot) DO UPDATE SET private_key_pem = excluded.private_key_pem, "
                            + "certificate_der = excluded.certificate_der, created_at = excluded.created_at"),
                arguments: [slot.rawValue, identity.privateKeyPEM, Data(identity.certificateDER), identity.createdAt]
            )
            if db.changesCount > 0 {
                try AuditTrail.record(
                    db,
                    action: slot == .current ? "tls.create" : "tls.stage",
                    note: "certificate \(AuditTrail.fingerprint(identity.certificateDER))"
                )
            }
        }
        return try tlsIdentities()
    }

    /// Makes the staged identity the current one, in one transaction.
    /// - Returns: The new current identity.
    /// - Throws: `StorageError.notFound` when nothing is staged.
    public func activateStagedTLSIdentity() throws -> StoredTLSIdentity {
        try write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT private_key_pem, certificate_der, created_at FROM tls_identity WHERE slot = 'next'"
                )
            else { throw StorageError.notFound(tr("storage.no-staged-certificate")) }
            let data: Data = row["certificate_der"]
            let staged = StoredTLSIdentity(
                privateKeyPEM: row["private_key_pem"],
                certificateDER: [UInt8](data),
                createdAt: row["created_at"]
            )
            try db.execute(sql: "DELETE FROM tls_identity WHERE slot = 'current'")
            try db.execute(sql: "UPDATE tls_identity SET slot = 'current' WHERE slot = 'next'")
            try AuditTrail.record(
                db,
                action: "tls.activate",
                note: "certificate \(AuditTrail.fingerprint(staged.certificateDER))"
            )
            return staged
        }
    }

    /// Removes the staged identity (a cancelled rotation). Returns whether one was staged.
    @discardableResult
    public func discardStagedTLSIdentity() throws -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM tls_identity WHERE slot = 'next'")
            let discarded = db.changesCount > 0
            if discarded { try AuditTrail.record(db, action: "tls.cancel", note: "the staged certificate was removed") }
            return discarded
        }
    }
}
