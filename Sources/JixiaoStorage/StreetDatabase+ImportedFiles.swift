import Crypto
import Foundation
import GRDB
import JixiaoModels

/// A file the office imported: what kind of rows it held, its content hash, its name and when.
///
/// Kept only in the office's street.db (table `imported_files`, never synced), so that importing the same file a
/// second time, which would count its expenditures twice, is refused unless the clerk says `--again`.
public struct ImportedFile: Hashable, Sendable {
    /// `expenses` or `values`, the `street import` subcommand.
    public var kind: String
    /// The SHA-256 of the file's bytes, lowercase hex (`ImportedFile.contentHash`).
    public var hash: String
    /// The file's name as given on the command line, for the refusal message.
    public var name: String
    /// How many rows it held.
    public var rows: Int
    /// When it was imported.
    public var importedAt: Date

    public init(kind: String, hash: String, name: String, rows: Int, importedAt: Date) {
        self.kind = kind
        self.hash = hash
        self.name = name
        self.rows = rows
        self.importedAt = importedAt
    }

    /// The SHA-256 of `bytes`, lowercase hex: the same file's content gives the same hash whatever its name.
    public static func contentHash(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

extension StreetDatabase {
    /// The last import of a file of `kind` with the content hash `hash`, or `nil` when there was none.
    /// - Throws: `StorageError` when the file cannot be read.
    public func importedFile(kind: String, hash: String) throws -> ImportedFile? {
        try read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT kind, hash, name, rows, imported_at FROM imported_files WHERE kind = ? AND hash = ?",
                arguments: [kind, hash]
            ).map { row in
                ImportedFile(
                    kind: row["kind"],
                    hash: row["hash"],
                    name: row["name"],
                    rows: row["rows"],
                    importedAt: Date(timeIntervalSince1970: row["imported_at"])
                )
            }
        }
    }
}

extension StreetWriter {
    /// Records that `file` was imported, in the import's own transaction (so a refused or failed import leaves no
    /// record); a later import of the same content replaces the record.
    /// - Throws: `StorageError` when the row cannot be written.
    public func recordImport(_ file: ImportedFile) throws {
        try db.execute(
            sql: """
                INSERT INTO imported_files (kind, hash, name, rows, imported_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (kind, hash) DO UPDATE SET
                  name = excluded.name, rows = excluded.rows, imported_at = excluded.imported_at
                """,
            arguments: [file.kind, file.hash, file.name, file.rows, file.importedAt.timeIntervalSince1970]
        )
    }
}
