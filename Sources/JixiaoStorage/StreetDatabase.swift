import Foundation
import GRDB
import JixiaoModels

/// The street office's SQLite file: its settings, the reference data received from the district, its own rows,
/// the change log and the digest.
///
/// Every write goes through `write(_:)`, one transaction: the change log and the digest are updated by triggers in
/// that same transaction, so a change can never be stored without being recorded for the next sync.
public final class StreetDatabase: Sendable {
    /// The file's path.
    public let path: String
    let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Creates a new office database (mode 0600) holding `settings`; refuses to overwrite an existing file.
    /// - Throws: `StorageError` (file exists, folder not writable…).
    public static func create(at path: String, settings: StreetSettings) throws -> StreetDatabase {
        try DatabaseFile.createEmpty(at: path, privateFile: true)
        do {
            let database = try open(at: path)
            try database.mapping {
                try database.queue.write { db in
                    let epoch = settings.epoch.isEmpty ? DatabaseFile.newEpoch() : settings.epoch
                    var pairs = [
                        ("office", settings.office), ("server", settings.server.description),
                        ("secret", settings.secret.hex), ("epoch", epoch), ("created_at", DatabaseFile.now()),
                        ("acked_seq", "0"), ("ref_cursor", "0"), ("district_epoch", ""),
                    ]
                    if let pin = settings.pin { pairs.append(("pin", pin.description)) }
                    for (key, value) in pairs {
                        try db.execute(sql: "INSERT INTO settings (key, value) VALUES (?, ?)", arguments: [key, value])
                    }
                }
            }
            return database
        } catch {
            // Nothing half-written: a file that could not be set up is removed.
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
    }

    /// Opens an existing office database, upgrading an older schema.
    /// - Parameter missingHint: what to do when there is no file at `path`; the caller knows how its users create
    ///   one (the command line names its `init` command).
    /// - Throws: `StorageError` for a missing, corrupt, foreign or newer file.
    public static func open(
        at path: String,
        missingHint: String = tr("file.missing-hint")
    ) throws -> StreetDatabase {
        try DatabaseFile.requireExisting(path, hint: missingHint, side: .street)
        let queue = try DatabaseFile.mapping(path) {
            try DatabaseQueue(
                path: path,
                configuration: DatabaseFile.configuration(label: "street", memoryMapped: true)
            )
        }
        try DatabaseFile.prepare(queue, side: .street, migrator: StreetSchema.migrator, path: path)
        return StreetDatabase(path: path, queue: queue)
    }

    /// Runs `body` mapping SQLite errors to `StorageError`.
    func mapping<T>(_ body: () throws -> T) throws -> T { try DatabaseFile.mapping(path, body) }

    // MARK: Settings

    /// The settings recorded by `street init`.
    public func settings() throws -> StreetSettings {
        try read { db in try Self.settings(db, path: path) }
    }

    static func settings(_ db: Database, path: String) throws -> StreetSettings {
        let values = try settingsDictionary(db)
        guard let office = values["office"], let server = values["server"], let secret = values["secret"],
            let epoch = values["epoch"]
        else { throw StorageError.invalidData(tr("storage.no-office-settings", ["path": path])) }
        func fingerprint(_ key: String) throws -> CertificateFingerprint? {
            guard let text = values[key] else { return nil }
            do {
                return try CertificateFingerprint(parsing: text)
            } catch {
                throw StorageError.invalidData(tr("storage.setting-not-fingerprint", ["path": path, "key": key]))
            }
        }
        return StreetSettings(
            office: office,
            server: try ServerAddress(parsing: server),
            secret: try OfficeSecret(hex: secret),
            epoch: epoch,
            pin: try fingerprint("pin"),
            nextPin: try fingerprint("next_pin")
        )
    }

    static func settingsDictionary(_ db: Database) throws -> [String: String] {
        var values: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM settings") { values[row[0]] = row[1] }
        return values
    }

    // MARK: Writing

    /// Runs `body` in one transaction: everything it writes is committed together, or nothing is.
    /// - Throws: what `body` throws (after rolling back), or a `StorageError`.
    public func write<T>(_ body: (StreetWriter) throws -> T) throws -> T {
        let office = try settings().office
        return try mapping {
            try queue.write { db in try body(StreetWriter(db: db, office: office)) }
        }
    }

    // MARK: Reading

    /// Runs `body` with a read-only view, in one consistent snapshot.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try mapping { try queue.read(body) }
    }

    /// The reference data received from the district (empty before the first sync).
    public func reference() throws -> ReferenceData {
        try read { db in try ReferenceQueries.load(db, deletedFilter: "") }
    }

    /// One expenditure.
    public func expenditure(id: String) throws -> Expenditure? {
        try read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT \(TableSpec.expenditures.columnList) FROM expenditures WHERE id = ?",
                arguments: [id]
            ).map { Expenditure(syncValues: RowCodec.values($0, count: TableSpec.expenditures.columns.count)) }
        }
    }

    /// The stored expenditures among `ids`, by id, looked up in one read transaction (an import of an export asks
    /// for every row's id).
    public func expenditures(ids: [String]) throws -> [String: Expenditure] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            // An office with no expenditures yet (a first import of an export from another database): no lookups.
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM expenditures)") == true else { return [:] }
            let statement = try db.cachedStatement(
                sql: "SELECT \(TableSpec.expenditures.columnList) FROM expenditures WHERE id = ?"
            )
            var found: [String: Expenditure] = [:]
            for id in ids {
                if let row = try Row.fetchOne(statement, arguments: [id]) {
                    found[id] = Expenditure(
                        syncValues: RowCodec.values(row, count: TableSpec.expenditures.columns.count)
                    )
                }
            }
            return found
        }
    }

    /// Expenditures, optionally of one project and within one period, by date then voucher.
    public func expenditures(project: String? = nil, period: Period? = nil) throws -> [Expenditure] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let project {
            conditions.append("project = ?")
            arguments.append(project)
        }
        if let period {
            conditions.append("date BETWEEN ? AND ?")
            arguments.append(period.firstDay)
            arguments.append(period.lastDay)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT \(TableSpec.expenditures.columnList) FROM expenditures \(filter) ORDER BY date, voucher, id",
                arguments: StatementArguments(arguments)
            ).map { Expenditure(syncValues: RowCodec.values($0, count: TableSpec.expenditures.columns.count)) }
        }
    }

    /// The expenditure that already uses a voucher number in a project in `year` (by its date; ignoring `id`), if
    /// any; `nil` for an empty voucher, which is never a duplicate.
    public func voucherOwner(_ voucher: String, project: String, year: Int, excluding id: String = "") throws -> String?
    {
        try read { db in
            try String.fetchOne(
                db,
                // `voucher <> ''` lets SQLite use the partial index expenditures_voucher; without it the query
                // scans every row of the project (a bound parameter never proves the index's condition).
                sql: """
                    SELECT id FROM expenditures WHERE project = ? AND voucher = ? AND voucher <> '' AND id <> ?
                      AND date BETWEEN ? AND ?
                    ORDER BY id LIMIT 1
                    """,
                arguments: [project, voucher, id, "\(year)-01-01", "\(year)-12-31"]
            )
        }
    }

    /// Indicator values, optionally of one project's indicators and within one period.
    public func values(project: String? = nil, period: Period? = nil) throws -> [IndicatorValue] {
        let filter = project == nil ? "" : "WHERE indicator IN (SELECT code FROM indicators WHERE project = ?)"
        let all = try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT \(TableSpec.indicatorValues.columnList) FROM indicator_values \(filter) ORDER BY indicator, period, label",
                arguments: project.map { [$0] } ?? []
            ).map {
                try IndicatorValue(syncValues: RowCodec.values($0, count: TableSpec.indicatorValues.columns.count))
            }
        }
        guard let period else { return all }
        return all.filter { period.contains($0.period) }
    }

    /// The narratives, optionally of one project (of every year, or of `year`).
    public func narratives(project: String? = nil, year: Int? = nil) throws -> [Narrative] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let project {
            conditions.append("project = ?")
            arguments.append(project)
        }
        if let year {
            conditions.append("year = ?")
            arguments.append(year)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT \(TableSpec.narratives.columnList) FROM narratives \(filter) ORDER BY project, year, section",
                arguments: StatementArguments(arguments)
            ).map { try Narrative(syncValues: RowCodec.values($0, count: TableSpec.narratives.columns.count)) }
        }
    }

    /// `PRAGMA integrity_check`: `["ok"]` when sound.
    public func integrityCheck() throws -> [String] { try DatabaseFile.integrityCheck(queue, path: path) }
}

@available(*, unavailable)
extension StreetWriter: Sendable {}
