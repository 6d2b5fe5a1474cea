import Foundation
import GRDB
import JixiaoModels

extension DistrictDatabase {
    /// Enrols an office with its secret.
    /// - Throws: `StorageError.invalidData` if the code is taken.
    public func addOffice(_ office: Office, secret: OfficeSecret) throws {
        try write { db in
            guard
                try Bool.fetchOne(
                    db,
                    sql: "SELECT EXISTS (SELECT 1 FROM offices WHERE code = ?)",
                    arguments: [office.code]
                ) != true
            else { throw StorageError.invalidData(tr("storage.office-exists", ["code": office.code])) }
            try db.execute(
                sql: "INSERT INTO offices (code, name, kind, enabled, secret, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    office.code, office.name, office.kind.rawValue, office.enabled, Data(secret.bytes),
                    DatabaseFile.now(),
                ]
            )
            try db.execute(sql: "INSERT INTO office_sync (office) VALUES (?)", arguments: [office.code])
            try AuditTrail.record(
                db,
                action: "office.add",
                office: office.code,
                note: "\(office.name) (\(office.kind.rawValue))"
            )
        }
    }

    /// Every enrolled office with its last sync and the rows held, by code.
    public func offices() throws -> [OfficeListing] {
        try read { db in try Self.officeRecords(db) }
    }

    /// Every enrolled office with its last sync and the rows held, inside the caller's transaction.
    static func officeRecords(_ db: Database) throws -> [OfficeListing] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT o.code, o.name, o.kind, o.enabled, s.last_sync_at, s.last_result, coalesce(d.n, 0)
                FROM offices o LEFT JOIN office_sync s ON s.office = o.code LEFT JOIN office_digest d ON d.office = o.code
                ORDER BY o.code
                """
        ).map { row in
            OfficeListing(office: try office(row), lastSyncAt: row[4], lastResult: row[5], rowsHeld: row[6])
        }
    }

    /// The office in a row's first four columns (code, name, kind, enabled).
    /// - Throws: `StorageError.invalidData` naming the office when its kind is unknown.
    static func office(_ row: Row) throws -> Office {
        let code: String = row[0]
        let kind: String = row[2]
        guard let parsed = Office.Kind(rawValue: kind) else {
            throw StorageError.invalidData(
                tr("storage.office-kind", ["code": code, "kind": kind])
            )
        }
        return Office(code: code, name: row[1], kind: parsed, enabled: row[3])
    }

    /// One office, if enrolled.
    public func office(_ code: String) throws -> Office? {
        try offices().first { $0.office.code == code }?.office
    }

    /// The office's current secret, if enrolled.
    /// - Throws: `StorageError.invalidData` naming the office when the stored secret has the wrong length.
    public func secret(of code: String) throws -> OfficeSecret? {
        try read { db in try Self.secret(db, office: code) }
    }

    static func secret(_ db: Database, office code: String) throws -> OfficeSecret? {
        guard let bytes = try Data.fetchOne(db, sql: "SELECT secret FROM offices WHERE code = ?", arguments: [code])
        else { return nil }
        do {
            return try OfficeSecret(bytes: Array(bytes))
        } catch {
            throw StorageError.invalidData(
                tr("storage.office-secret", ["code": code])
            )
        }
    }

    /// What the sync server needs to authenticate an office and continue its sync, read in one transaction (so a
    /// secret rotated or an office disabled meanwhile is seen whole or not at all).
    /// - Returns: `nil` when no office has that code.
    /// - Parameter device: the device the session names (HELLO), whose revocation the record reports.
    public func authenticationRecord(office code: String, device: String = "") throws -> OfficeAuthenticationRecord? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT code, name, kind, enabled FROM offices WHERE code = ?",
                    arguments: [code]
                ),
                let secret = try Self.secret(db, office: code)
            else { return nil }
            return OfficeAuthenticationRecord(
                office: try Self.office(row),
                secret: secret,
                syncState: try Self.syncState(db, office: code),
                referenceRevision: try DatabaseFile.counter(
                    String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'ref_rev'"),
                    key: "ref_rev"
                ),
                rowRevision: try Self.rowRevision(db, office: code),
                isDeviceRevoked: try Self.isDeviceRevoked(db, office: code, device: device),
                deviceClock: try Self.deviceClock(db, office: code, device: device)
            )
        }
    }

    /// Enables or disables an office; a disabled office cannot sync.
    /// - Throws: `StorageError.notFound` for an unknown code.
    public func setEnabled(_ enabled: Bool, office code: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE offices SET enabled = ? WHERE code = ?", arguments: [enabled, code])
            guard db.changesCount > 0 else { throw StorageError.notFound(tr("storage.no-office", ["code": code])) }
            try AuditTrail.record(db, action: enabled ? "office.enable" : "office.disable", office: code, note: "")
        }
    }

    /// Replaces an office's secret; the old one stops working at once.
    /// - Throws: `StorageError.notFound` for an unknown code.
    public func setSecret(_ secret: OfficeSecret, office code: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE offices SET secret = ? WHERE code = ?", arguments: [Data(secret.bytes), code])
            guard db.changesCount > 0 else { throw StorageError.notFound(tr("storage.no-office", ["code": code])) }
            try AuditTrail.record(
                db,
                action: "office.rotate-secret",
                office: code,
                note: "the secret itself is not recorded"
            )
        }
    }
}
