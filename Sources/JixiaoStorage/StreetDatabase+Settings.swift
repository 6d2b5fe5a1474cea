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
    public func updateSettings(server: ServerAddress? = nil, secret: OfficeSecret? = nil) throws -> StreetSettings {
        try mapping {
            try queue.write { db in
                var changes: [(String, String)] = []
                if let server { changes.append(("server", server.description)) }
                if let secret { changes.append(("secret", secret.hex)) }
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
}
