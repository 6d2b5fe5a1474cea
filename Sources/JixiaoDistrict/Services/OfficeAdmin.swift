import JixiaoModels
import JixiaoStorage

/// The office lifecycle after enrolment: a new secret, disabling and enabling.
///
/// The server reads the office's secret and `enabled` flag from the database at every connection, so a change
/// takes effect at the next handshake: a rotated secret invalidates the old one at once.
public enum OfficeAdmin {
    /// Replaces the office's secret with a fresh random one and returns it (to print once, never stored in clear
    /// anywhere else).
    /// - Throws: `DistrictError.notFound` for an office that is not enrolled.
    public static func rotateSecret(office code: String, in database: DistrictDatabase) throws -> OfficeSecret {
        let secret = OfficeSecret.random()
        try setSecret(secret, office: code, in: database)
        return secret
    }

    /// Gives the office `secret`; the old one stops working at once.
    /// - Throws: `DistrictError.notFound` for an office that is not enrolled.
    public static func setSecret(_ secret: OfficeSecret, office code: String, in database: DistrictDatabase) throws {
        try mapNotFound(code, database) { try database.setSecret(secret, office: code) }
    }

    /// Enables or disables the office; a disabled office cannot sync.
    /// - Returns: whether the flag changed (false when it already had that value).
    /// - Throws: `DistrictError.notFound` for an office that is not enrolled.
    @discardableResult
    public static func setEnabled(_ enabled: Bool, office code: String, in database: DistrictDatabase) throws -> Bool {
        let before = try mapNotFound(code, database) { () throws -> Office in
            guard let office = try database.office(code) else { throw StorageError.notFound(code) }
            return office
        }
        guard before.enabled != enabled else { return false }
        try mapNotFound(code, database) { try database.setEnabled(enabled, office: code) }
        return true
    }

    /// Refuses an office code that is not enrolled, for listings filtered by office (which would otherwise print
    /// an empty table and succeed).
    /// - Throws: `DistrictError.notFound` naming the enrolled codes; `StorageError` if the database cannot be read.
    public static func requireEnrolled(_ code: String, in database: DistrictDatabase) throws {
        guard try database.office(code) == nil else { return }
        throw try unknown(code, database)
    }

    /// The refusal for an unknown office: the enrolled codes, so the clerk can see the typo.
    private static func unknown(_ code: String, _ database: DistrictDatabase) throws -> DistrictError {
        let codes = try database.offices().map(\.office.code)
        return DistrictError.notFound(
            codes.isEmpty
                ? tr("office.unknown-none", ["code": code])
                : tr("office.unknown", ["code": code, "known": codes.joined(separator: ", ")])
        )
    }

    private static func mapNotFound<T>(_ code: String, _ database: DistrictDatabase, _ body: () throws -> T) throws -> T
    {
        do {
            return try body()
        } catch let error as StorageError where error.code == .notFound {
            throw try unknown(code, database)
        }
    }
}
