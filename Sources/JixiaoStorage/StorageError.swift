import GRDB
import JixiaoModels

/// An error from a Jixiao database file: missing, locked, read-only, corrupt, from a newer version, or a refused
/// write.
///
/// Keeps SQLite's extended result code, message and SQL when SQLite raised it (no row values: they may be personal
/// data). `description` says what a clerk or admin can do about it.
public struct StorageError: CodedError {
    /// What kind of error this is; also a `catch` pattern (`catch StorageError.Code.missingFile`).
    public struct Code: ErrorCodeType {
        public typealias Owner = StorageError
        private enum Base: String, Hashable, Sendable {
            case missingFile, fileExists, notJixiaoFile, newerVersion, corrupt, locked, readOnly, constraint, notFound,
                notAuthorized, sequenceGap, invalidData, sqlite, reviewState
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The code of `StorageError.missingFile`.
        public static let missingFile = Code(.missingFile)
        /// The code of `StorageError.fileExists`.
        public static let fileExists = Code(.fileExists)
        /// The code of `StorageError.notJixiaoFile`.
        public static let notJixiaoFile = Code(.notJixiaoFile)
        /// The code of `StorageError.newerVersion`.
        public static let newerVersion = Code(.newerVersion)
        /// The code of `StorageError.corrupt`.
        public static let corrupt = Code(.corrupt)
        /// The code of `StorageError.locked`.
        public static let locked = Code(.locked)
        /// The code of `StorageError.readOnly`.
        public static let readOnly = Code(.readOnly)
        /// The code of `StorageError.constraint`.
        public static let constraint = Code(.constraint)
        /// The code of `StorageError.notFound`.
        public static let notFound = Code(.notFound)
        /// The code of `StorageError.notAuthorized`.
        public static let notAuthorized = Code(.notAuthorized)
        /// The code of `StorageError.sequenceGap`.
        public static let sequenceGap = Code(.sequenceGap)
        /// The code of `StorageError.invalidData`.
        public static let invalidData = Code(.invalidData)
        /// The code of `StorageError.sqlite`.
        public static let sqlite = Code(.sqlite)
        /// The code of `StorageError.reviewState`.
        public static let reviewState = Code(.reviewState)

        public var description: String { base.rawValue }
    }

    /// What kind of error this is.
    public let code: Code
    /// The human message.
    public let message: String
    /// SQLite's extended result code, when SQLite raised the error.
    public let extendedResultCode: Int32?
    /// The SQL that failed, when SQLite raised the error.
    public let sql: String?
    /// The underlying error, if any.
    public let underlying: (any Error & Sendable)?

    private init(
        _ code: Code,
        _ message: String,
        extendedResultCode: Int32? = nil,
        sql: String? = nil,
        underlying: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.extendedResultCode = extendedResultCode
        self.sql = sql
        self.underlying = underlying
    }

    public var description: String { message }

    /// No file at the path.
    public static func missingFile(_ path: String, hint: String) -> StorageError {
        StorageError(.missingFile, tr("storage.missing-file", ["path": path, "hint": hint]))
    }
    /// Creation refused: the file exists. Callers add how their users choose another path.
    public static func fileExists(_ path: String) -> StorageError {
        StorageError(.fileExists, tr("storage.file-exists", ["path": path]))
    }
    /// Creation failed: the folder is missing or cannot be written.
    public static func cannotCreate(_ path: String) -> StorageError {
        StorageError(.readOnly, tr("storage.cannot-create", ["path": path]))
    }
    /// The file is a SQLite database of something else, or of the other side.
    public static func notJixiaoFile(_ path: String, expected: String) -> StorageError {
        StorageError(.notJixiaoFile, tr("storage.not-jixiao", ["path": path, "expected": expected]))
    }
    /// The file was written by a newer Jixiao.
    public static func newerVersion(_ path: String) -> StorageError {
        StorageError(
            .newerVersion,
            tr("storage.newer-version", ["path": path])
        )
    }
    /// A row the caller asked for does not exist.
    public static func notFound(_ message: String) -> StorageError { StorageError(.notFound, message) }
    /// A sync tried to write what the office does not own.
    public static func notAuthorized(_ message: String) -> StorageError { StorageError(.notAuthorized, message) }
    /// A push does not continue from the acknowledged sequence.
    public static func sequenceGap(_ message: String) -> StorageError { StorageError(.sequenceGap, message) }
    /// Values that cannot be stored (wrong column count, wrong type).
    public static func invalidData(_ message: String) -> StorageError { StorageError(.invalidData, message) }
    /// A review action its state does not allow, or a change of a project and year that is submitted or approved.
    public static func reviewState(_ message: String) -> StorageError { StorageError(.reviewState, message) }

    /// A stored row that cannot be read back: the message names the table and the row (office and key, never
    /// the row's personal values), so an admin can find it.
    static func invalidRow(_ table: SyncTable, key: String, office: String? = nil, _ problem: String) -> StorageError {
        let owner = office.map { tr("storage.of-office", ["office": $0]) } ?? ""
        return StorageError(
            .invalidData,
            tr("storage.invalid-row", ["table": table.sqlName, "key": key, "owner": owner, "problem": problem])
        )
    }

    /// Maps any error thrown by GRDB to a `StorageError`, naming the file.
    static func wrap(_ error: any Error, path: String) -> any Error {
        if error is StorageError { return error }
        guard let db = error as? DatabaseError else { return error }
        let extended = db.extendedResultCode.rawValue
        let primary = db.resultCode
        let sqliteMessage = db.message ?? "SQLite error \(extended)"  // english: SQLite's own words
        switch primary {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StorageError(
                .corrupt,
                tr("storage.corrupt", ["path": path, "reason": sqliteMessage]),
                extendedResultCode: extended,
                sql: db.sql,
                underlying: db
            )
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StorageError(
                .locked,
                tr("storage.locked", ["path": path, "reason": sqliteMessage]),
                extendedResultCode: extended,
                sql: db.sql,
                underlying: db
            )
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return StorageError(
                .readOnly,
                tr("storage.read-only", ["path": path, "reason": sqliteMessage]),
                extendedResultCode: extended,
                sql: db.sql,
                underlying: db
            )
        case .SQLITE_CONSTRAINT:
            return StorageError(
                .constraint,
                tr("storage.constraint", ["reason": sqliteMessage]),
                extendedResultCode: extended,
                sql: db.sql,
                underlying: db
            )
        default:
            return StorageError(
                .sqlite,
                tr("storage.sqlite", ["path": path, "reason": sqliteMessage]),
                extendedResultCode: extended,
                sql: db.sql,
                underlying: db
            )
        }
    }
}
