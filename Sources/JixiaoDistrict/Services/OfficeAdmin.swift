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
        try mapNotFound(code) { try database.setSecret(secret, office: code) }
        return secret
    }

    /// Enables or disables the office; a disabled office cannot sync.
    /// - Returns: whether the flag changed (false when it already had that value).
    /// - Throws: `DistrictError.notFound` for an office that is not enrolled.
    @discardableResult
    public static func setEnabled(_ enabled: Bool, office code: String, in database: DistrictDatabase) throws -> Bool {
        let before = try mapNotFound(code) { () throws -> Office in
            guard let office = try database.office(code) else { throw StorageError.notFound(code) }
            return office
        }
        guard before.enabled != enabled else { return false }
        try mapNotFound(code) { try database.setEnabled(enabled, office: code) }
        return true
    }

    private static func mapNotFound<T>(_ code: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StorageError where error.code == .notFound {
            throw DistrictError.notFound("no office with code \(code) is enrolled (see `district office list`)")
        }
    }
}
