import GRDB
import GRDBSQLite
import JixiaoModels

/// Runs a prepared statement with values bound through the SQLite C API, for the statements a push or a pull runs
/// once per row.
///
/// `Statement.execute(arguments:)` boxes every value as a `DatabaseValue` in a `StatementArguments` array and
/// checks it against the statement before binding: for the 200,000 rows of an initial sync about a third of the
/// time of the row inserts (Docs/Performance.md). Here each value is bound where it is, the statement stepped once
/// and reset. A failure throws the same `DatabaseError` GRDB would, with SQLite's extended code and message.
///
/// Only for statements this file's callers own: GRDB is not told of the bound values, so a statement run here is
/// never run by GRDB without its arguments. No transaction observer is registered on these databases.
struct DirectStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?

    /// The statement of `sql`, prepared once per database connection (GRDB's statement cache).
    init(_ db: Database, cached sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    /// The number of parameters of the statement.
    var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Binds `values` to the first parameters and `extra` to the ones after them; they must be all of them (a
    /// parameter left out would keep the previous row's value).
    func bind(_ values: [SyncValue], then extra: Int64...) throws {
        guard values.count + extra.count == parameterCount else {
            // english: a programmer error, worded as GRDB words it
            throw DatabaseError(
                resultCode: .SQLITE_MISUSE,
                message: "wrong number of statement arguments: \(values.count + extra.count)",
                sql: statement.sql
            )
        }
        var index: Int32 = 0
        for value in values {
            index += 1
            try bind(value, at: index)
        }
        for value in extra {
            index += 1
            try bind(value, at: index)
        }
    }

    /// SQLite copies a transient text at bind time, so the string's storage need not outlive the call.
    private static let transient = unsafeBitCast(-1 as Int, to: sqlite3_destructor_type.self)

    /// Binds `value` to parameter `index` (1-based).
    func bind(_ value: SyncValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let n): code = sqlite3_bind_int64(handle, index, n)
        case .real(let d): code = sqlite3_bind_double(handle, index, d)
        case .text(let s): code = bindText(s, at: index)
        }
        try check(code)
    }

    /// Binds an integer to parameter `index`.
    func bind(_ value: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    /// Binds a text to parameter `index`.
    func bind(_ value: String, at index: Int32) throws {
        try check(bindText(value, at: index))
    }

    private func bindText(_ value: String, at index: Int32) -> Int32 {
        var text = value
        return text.withUTF8 { bytes in
            // An empty buffer may have no address, and a null pointer would bind NULL, not "".
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                return sqlite3_bind_text(handle, index, "", 0, Self.transient)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
            }
        }
    }

    /// Steps the bound statement to its end and resets it for the next row.
    func execute() throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let error = failure(code)
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            throw error
        }
        sqlite3_reset(handle)
    }

    /// Steps a query: true with a row to read, false at its end (the statement is then reset).
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        guard code == SQLITE_DONE else {
            let error = failure(code)
            reset()
            throw error
        }
        reset()
        return false
    }

    /// Resets the statement and clears its bindings (a query left before its end holds its read cursor until then).
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// The integer in column `index` (0-based) of the current row.
    func int64(at index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    /// Whether column `index` (0-based) of the current row is NULL.
    func isNull(at index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }

    /// The text in column `index` (0-based) of the current row; "" for NULL.
    func text(at index: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, index) else { return "" }
        // sqlite3_column_bytes after sqlite3_column_text: the length of the UTF-8 text just made.
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The value in column `index` (0-based) of the current row as it is stored; a blob reads as NULL, as
    /// `RowCodec.values` reads it.
    func value(at index: Int32) -> SyncValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT: .text(text(at: index))
        default: .null
        }
    }

    /// The values of `count` columns from `offset` (0-based) of the current row.
    func values(from offset: Int32, count: Int) -> [SyncValue] {
        (0..<Int32(count)).map { value(at: offset + $0) }
    }

    /// Calls `body` with the bytes of column `index` of the current row as SQLite holds them (a text's UTF-8, a
    /// number as text), nil for NULL: what GRDB's `Row.withUnsafeData` gives.
    func withBytes<T>(at index: Int32, _ body: (UnsafeRawBufferPointer?) throws -> T) rethrows -> T {
        guard sqlite3_column_type(handle, index) != SQLITE_NULL else { return try body(nil) }
        guard let bytes = sqlite3_column_blob(handle, index) else {
            return try body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
        return try body(UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, index))))
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            throw failure(code)
        }
    }

    private func failure(_ code: Int32) -> DatabaseError {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
    }
}

/// One `DirectStatement` per table for a bulk writer, each prepared on first use from the writer's SQL: kept here so
/// that a row's statement is found without building or hashing its SQL text again.
struct TableStatements {
    private let sql: [SyncTable: String]
    private var prepared: [SyncTable: DirectStatement] = [:]

    init(_ sql: [SyncTable: String]) {
        self.sql = sql
    }

    /// The statement of `table`, prepared on `db` the first time.
    mutating func statement(for table: SyncTable, db: Database) throws -> DirectStatement {
        if let statement = prepared[table] { return statement }
        let statement = try DirectStatement(db, cached: sql[table]!)
        prepared[table] = statement
        return statement
    }
}
