import Foundation
import GRDB
import JixiaoModels

/// The district's SQLite file: offices and secrets, reference data with revisions, every office's rows, per-office
/// digests and sync state.
///
/// WAL mode with a pool of readers: the server writes while `district status` and `district report` read a
/// consistent snapshot, in this process or another.
public final class DistrictDatabase: Sendable {
    /// The file's path.
    public let path: String
    let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Creates a new district database; refuses to overwrite an existing file.
    /// - Parameter name: the district's name, e.g. 开福区.
    public static func create(at path: String, name: String) throws -> DistrictDatabase {
        try DatabaseFile.createEmpty(at: path, privateFile: true)
        do {
            let database = try open(at: path)
            try database.write { db in
                for (key, value) in [
                    ("name", name), ("epoch", DatabaseFile.newEpoch()), ("created_at", DatabaseFile.now()),
                    ("ref_rev", "0"),
                ] {
                    try db.execute(sql: "INSERT INTO settings (key, value) VALUES (?, ?)", arguments: [key, value])
                }
            }
            return database
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
    }

    /// Opens an existing district database, upgrading an older schema.
    /// - Parameter missingHint: what to do when there is no file at `path`; the caller knows how its users create
    ///   one (the command line names its `init` command).
    /// - Throws: `StorageError` for a missing, corrupt, foreign or newer file.
    public static func open(
        at path: String,
        missingHint: String = tr("file.missing-hint")
    ) throws -> DistrictDatabase {
        try DatabaseFile.requireExisting(path, hint: missingHint, side: .district)
        let pool = try DatabaseFile.mapping(path) {
            try DatabasePool(path: path, configuration: DatabaseFile.configuration(label: "district"))
        }
        try DatabaseFile.prepare(pool, side: .district, migrator: DistrictSchema.migrator, path: path)
        return DistrictDatabase(path: path, pool: pool)
    }

    /// Runs `body` in one write transaction (commit, or roll back on error). The audit trail records the change as
    /// this process's user's (`body` may state another actor, as a sync does) and seals it before the commit.
    /// - Parameter cacheSize: SQLite's page cache for this transaction (a `PRAGMA cache_size` value), kept until it
    ///   has committed: the seal reads back every audit entry the body wrote, and the commit writes every page.
    func write<T>(cacheSize: Int? = nil, _ body: (Database) throws -> T) throws -> T {
        try DatabaseFile.mapping(path) {
            try pool.writeWithoutTransaction { db in
                var previousCache: Int?
                if let cacheSize {
                    previousCache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                    try db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
                }
                defer { if let previousCache { try? db.execute(sql: "PRAGMA cache_size = \(previousCache)") } }
                var result: T?
                try db.inTransaction(.immediate) {
                    try AuditTrail.state(db, actor: Self.actor)
                    result = try body(db)
                    try AuditTrail.seal(db)
                    return .commit
                }
                return result!
            }
        }
    }

    /// The login name of the user running this process, as the audit trail names them.
    static let actor: String = {
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["LOGNAME"] ?? environment["USER"], !name.isEmpty { return name }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }()

    /// Runs `body` in one read transaction: a consistent snapshot even while the server writes.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try DatabaseFile.mapping(path) { try pool.read(body) }
    }

    /// The district's name.
    public func name() throws -> String { try setting("name") ?? "" }

    /// The database's epoch: a random id minted at creation (a restored backup keeps it; a new file does not).
    public func epoch() throws -> String { try setting("epoch") ?? "" }

    func setting(_ key: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key]) }
    }

    /// `PRAGMA integrity_check`: `["ok"]` when sound.
    public func integrityCheck() throws -> [String] { try DatabaseFile.integrityCheck(pool, path: path) }

    /// Copies the whole database to a new file (mode 0600) with SQLite's online backup API, while others keep
    /// writing.
    /// - Throws: `StorageError.fileExists` rather than overwrite.
    public func backup(to destination: String) throws {
        // The copy holds every office's secret: created mode 0600 like the original.
        try DatabaseFile.createEmpty(at: destination, privateFile: true)
        do {
            try DatabaseFile.mapping(destination) {
                let target = try DatabaseQueue(path: destination)
                try pool.backup(to: target)
                try target.close()
            }
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: destination + suffix) }
            throw error
        }
    }
}
