import Foundation
import JixiaoModels

/// HELLO, client → server, the first frame of a session (Protocol.md §4.2).
public struct Hello: Hashable, Sendable {
    /// The lowest protocol version the client speaks.
    public var minimumVersion: UInt8
    /// The highest protocol version the client speaks.
    public var maximumVersion: UInt8
    /// The client's database schema version.
    public var schemaVersion: UInt32
    /// The office code the client claims (proved by AUTH).
    public var office: String
    /// 32 fresh random bytes.
    public var clientNonce: [UInt8]
    /// A free-form client name and version, for the server's log.
    public var clientName: String
    /// The device: the office database's epoch (Protocol.md §4.2, §10.8). Not the nil UUID.
    public var device: UUID

    /// Creates a HELLO.
    public init(
        minimumVersion: UInt8,
        maximumVersion: UInt8,
        schemaVersion: UInt32,
        office: String,
        clientNonce: [UInt8],
        clientName: String,
        device: UUID
    ) {
        self.minimumVersion = minimumVersion
        self.maximumVersion = maximumVersion
        self.schemaVersion = schemaVersion
        self.office = office
        self.clientNonce = clientNonce
        self.clientName = clientName
        self.device = device
    }
}

/// CHALLENGE, server → client (Protocol.md §4.3).
public struct Challenge: Hashable, Sendable {
    /// The protocol version the server chose: the highest both speak.
    public var version: UInt8
    /// 32 fresh random bytes.
    public var serverNonce: [UInt8]
    /// The server's database schema version.
    public var schemaVersion: UInt32

    /// Creates a CHALLENGE.
    public init(version: UInt8, serverNonce: [UInt8], schemaVersion: UInt32) {
        self.version = version
        self.serverNonce = serverNonce
        self.schemaVersion = schemaVersion
    }
}

/// AUTH, client → server: the client's proof that it holds the office secret (Protocol.md §4.4, §5).
public struct Auth: Hashable, Sendable {
    /// HMAC-SHA256 over the client label, office, nonces and version.
    public var mac: [UInt8]

    /// Creates an AUTH.
    public init(mac: [UInt8]) { self.mac = mac }
}

/// AUTH_OK, server → client: the server's own proof, and where the district stands (Protocol.md §4.5).
public struct AuthOK: Hashable, Sendable {
    /// HMAC-SHA256 over the server label, office, nonces and version.
    public var serverProof: [UInt8]
    /// The district database's own epoch: a client that remembers another one talks to a recreated district and
    /// pulls from scratch and pushes everything it holds.
    public var districtEpoch: UUID
    /// The district's current reference revision: a client whose cursor equals it need not pull reference data.
    public var referenceRevision: Int64
    /// The office's current row revision (Protocol.md §10.6): a device whose row cursor equals it has every row.
    public var rowRevision: Int64
    /// The highest clock the district holds from the device's own edits (Protocol.md §10.8.4): a device whose own
    /// clock is behind it is a restored or copied database.
    public var deviceClock: Int64
    /// The fingerprint of the certificate the district has staged to replace its current one (sent as 32 zero
    /// bytes when none): the office pins it as the next accepted certificate (Protocol.md §5.7).
    public var nextCertificate: CertificateFingerprint?

    /// Creates an AUTH_OK.
    public init(
        serverProof: [UInt8],
        districtEpoch: UUID,
        referenceRevision: Int64,
        rowRevision: Int64,
        deviceClock: Int64 = 0,
        nextCertificate: CertificateFingerprint? = nil
    ) {
        self.nextCertificate = nextCertificate
        self.serverProof = serverProof
        self.districtEpoch = districtEpoch
        self.referenceRevision = referenceRevision
        self.rowRevision = rowRevision
        self.deviceClock = deviceClock
    }
}

/// ERROR, either direction: the sender closes the connection after it (Protocol.md §4.14, §7).
public struct ErrorMessage: Hashable, Sendable {
    /// The wire code.
    public var code: ErrorCode
    /// Human text (for notAuthorized it names the offending row).
    public var message: String

    /// Creates an ERROR.
    public init(code: ErrorCode, message: String) {
        self.code = code
        self.message = message
    }

    /// The same error as a throwable value.
    public var error: ProtocolError { ProtocolError(code, message) }
}
