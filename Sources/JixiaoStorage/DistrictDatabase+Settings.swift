import GRDB

extension DistrictDatabase {
    /// The district's own settings under `prefix` (e.g. `report.` for the cover and sign-off of reports), by key.
    ///
    /// The settings table also holds the database's internal keys (name, epoch, revisions); only keys under a
    /// prefix a command owns are read or written through these methods.
    /// - Parameter prefix: the keys' common start, e.g. `report.`.
    public func settings(withPrefix prefix: String) throws -> [String: String] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT key, value FROM settings WHERE substr(key, 1, length(?)) = ? ORDER BY key",
                arguments: [prefix, prefix]
            )
            var result: [String: String] = [:]
            for row in rows { result[row["key"]] = row["value"] }
            return result
        }
    }

    /// Sets one of the district's `report.` settings, replacing its value, or removes it when `value` is `nil`.
    /// - Parameters:
    ///   - key: a key under `report.`; the database's internal keys cannot be written here.
    ///   - value: the new value, or `nil` to remove the setting.
    public func setReportSetting(_ key: String, to value: String?) throws {
        precondition(key.hasPrefix("report."), "only report. settings are written through setReportSetting")
        try write { db in
            if let value {
                try db.execute(
                    sql:
                        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    arguments: [key, value]
                )
            } else {
                try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [key])
            }
        }
    }
}
