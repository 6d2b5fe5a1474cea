import GRDB
import JixiaoModels

extension StreetDatabase {
    /// Changes where this office database syncs to and with which secret, in one transaction; the office's rows,
    /// its change log and its epoch stay as they are, so the next sync goes on from where the last one ended.
    /// - Parameters:
    ///   - server: the new district address, or `nil` to keep it.
    ///   - secret: the new office secret (after `district office rotate-secret`), or `nil` to keep it.
    /// - Returns: the settings now stored.
    /// - Throws: `StorageError` when the file cannot be written.
    @discardableResult
    public func updateSettings(
        server: ServerAddress? = nil,
        secret: OfficeSecret? = nil,
        pin: CertificateFingerprint? = nil
    ) throws -> StreetSettings {
        try mapping {
            try queue.write { db in
                var changes: [(String, String)] = []
                if let server { changes.append(("server", server.description)) }
                if let secret { changes.append(("secret", secret.hex)) }
                if let pin {
                    changes.append(("pin", pin.description))
                    try db.execute(sql: "DELETE FROM settings WHERE key = 'next_pin'")
                }
                for (key, value) in changes {
                    try db.execute(
                        sql: "INSERT INTO settings (key, value) VALUES (?, ?) "
                            + "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        arguments: [key, value]
                    )
                }
                return try Self.settings(db, path: path)
            }
        }
    }

    /// After a successful authentication over a certificate, in one transaction: pins it when the office had no pin
    /// (first use), makes it the pin when it is the staged successor, and remembers the successor the district
    /// announced (or forgets one it no longer announces).
    /// - Returns: The pin before and after.
    @discardableResult
    public func recordCertificate(
        seen: CertificateFingerprint,
        announced: CertificateFingerprint?
    ) throws -> (before: CertificateFingerprint?, after: CertificateFingerprint) {
        try mapping {
            try queue.write { db in
                let settings = try Self.settings(db, path: path)
                var pin = settings.pin ?? seen
                var next = settings.nextPin
                if seen == next {
                    pin = seen
                    next = nil
                }
                next = announced == pin ? nil : announced
                let upsert =
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                try db.execute(sql: upsert, arguments: ["pin", pin.description])
                if let next {
                    try db.execute(sql: upsert, arguments: ["next_pin", next.description])
                } else {
                    try db.execute(sql: "DELETE FROM settings WHERE key = 'next_pin'")
                }
                return (settings.pin, pin)
            }
        }
    }
}
