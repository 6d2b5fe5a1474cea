import Foundation
import GRDB
import JixiaoModels

/// Opening, creating and migrating a Jixiao SQLite file; shared by the street and district databases.
enum DatabaseFile {
    /// Which side a file belongs to, recorded in `PRAGMA application_id` so one is never opened as the other.
    enum Side: Int32 {
        case street = 0x4A58_5354  // "JXST"
        case district = 0x4A58_4453  // "JXDS"

        var name: String { self == .street ? tr("storage.side.street") : tr("storage.side.district") }
    }

    /// The connection settings both sides use: foreign keys, WAL, a busy timeout for concurrent processes; with
    /// `memoryMapped`, reads through a memory map (the street).
    static func configuration(label: String, memoryMapped: Bool = false) -> Configuration {
        var config = Configuration()
        config.label = label
        config.foreignKeysEnabled = true
        config.journalMode = .wal
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Statement journals in memory, on both sides. Every write of an office row fires triggers (the change
            // log and digest at the street, the digest and the audit trail at the district), so SQLite journals
            // each statement's pages to undo it alone; as a file, that journal took 1.9 million `pwrite` calls in a
            // 100,000-row street import, and 2.6 million in a 200,000-row push into the district (0.5 million
            // without the audit trail's triggers). A statement's journal holds only the pages it changed. It must be
            // set before a transaction starts (SQLite decides where the journal goes when the transaction begins).
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            if memoryMapped {
                // Pages read through a memory map, not copied by a `pread` each: a first push reads the office's
                // rows in key order across the whole file, and the copies were a sixth of the street's CPU time (its
                // system time fell from 1.5 s to 0.8 s for 200,000 rows). Up to 1 GiB of address space; WAL frames
                // are still read as before. Not for the district: its mapped pages count in the server's resident
                // memory (50 offices at once peaked at 185 MiB against 103 MiB without).
                try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            }
        }
        return config
    }

    /// Runs `body`, mapping GRDB errors to `StorageError`s naming `path`.
    static func mapping<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw StorageError.wrap(error, path: path)
        }
    }

    /// Creates an empty file (mode 0600 when `privateFile`), refusing to overwrite one.
    static func createEmpty(at path: String, privateFile: Bool) throws {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: path) else { throw StorageError.fileExists(path) }
        let attributes: [FileAttributeKey: Any] = privateFile ? [.posixPermissions: 0o600] : [:]
        guard manager.createFile(atPath: path, contents: nil, attributes: attributes) else {
            throw StorageError.cannotCreate(path)
        }
    }

    /// Checks the file's side and version, then applies pending migrations (each in its own transaction).
    static func prepare(_ writer: any DatabaseWriter, side: Side, migrator: DatabaseMigrator, path: String) throws {
        try mapping(path) {
            let applicationID = try writer.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0 }
            let isEmpty = try writer.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0
            }
            if applicationID == 0 && isEmpty {
                try writer.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA application_id = \(side.rawValue)")
                }
            } else if applicationID != side.rawValue {
                throw StorageError.notJixiaoFile(path, expected: side.name)
            }
            if try writer.read({ db in try migrator.hasBeenSuperseded(db) }) {
                throw StorageError.newerVersion(path)
            }
            try migrator.migrate(writer)
        }
    }

    /// Fails unless a file exists at `path`, and refuses one shorter than SQLite's 100-byte header but not empty.
    ///
    /// SQLite takes such a file (a byte of text) for an empty database and would write a schema over it; a longer
    /// file that is not a database SQLite refuses itself. An empty file is what `createEmpty` leaves for `open`.
    static func requireExisting(_ path: String, hint: String, side: Side) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw StorageError.missingFile(path, hint: hint) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return }  // SQLite reports the permissions
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 100)) ?? Data()
        guard start.isEmpty || start.count == 100 else { throw StorageError.notJixiaoFile(path, expected: side.name) }
    }

    /// `PRAGMA integrity_check`: `["ok"]` when the file is sound, else SQLite's findings.
    static func integrityCheck(_ reader: any DatabaseReader, path: String) throws -> [String] {
        try mapping(path) { try reader.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } }
    }

    /// A new random epoch (lowercase UUID).
    static func newEpoch() -> String { UUID().uuidString.lowercased() }

    /// Now, ISO 8601 in UTC with seconds (`2021-06-26T08:30:00Z`).
    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    /// A counter kept as text in a settings table (`acked_seq`, `ref_cursor`, `ref_rev`): 0 when the key is absent.
    /// - Throws: `StorageError.invalidData` naming the key when the text is not a number; a guessed 0 would make
    ///   a sync resend or skip changes.
    static func counter(_ text: String?, key: String) throws -> Int64 {
        guard let text else { return 0 }
        guard let value = Int64(text) else {
            throw StorageError.invalidData(
                tr("storage.setting-not-number", ["key": key, "text": text])
            )
        }
        return value
    }
}
