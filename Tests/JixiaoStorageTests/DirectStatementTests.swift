import Foundation
import GRDB
import JixiaoModels
import Testing

@testable import JixiaoStorage

/// `DirectStatement` binds through the SQLite C API what GRDB's `execute(arguments:)` would bind: the same stored
/// values, the same errors, and the statement usable again after a failure.
@Suite("Direct statements")
struct DirectStatementTests {
    static let create = """
        CREATE TABLE t (k TEXT PRIMARY KEY NOT NULL, n INTEGER, r REAL, s TEXT NOT NULL, x INTEGER NOT NULL)
        """
    static let insert = "INSERT INTO t (k, n, r, s, x) VALUES (?, ?, ?, ?, ?)"

    @Test("every value kind is stored as GRDB stores it; an empty text is \"\", not NULL")
    func values() throws {
        let rows: [[SyncValue]] = [
            [.text("a"), .integer(-(1 << 62)), .real(0.1), .text(""), .integer(0)],
            [.text("长沙市潮宗劳务派遣有限公司"), .null, .null, .text("专干补贴（二季度）"), .integer(1)],
            [.text("c"), .integer(Int64.max), .real(-1e300), .text("a'b"), .integer(2)],
        ]
        let direct = try DatabaseQueue()
        let grdb = try DatabaseQueue()
        for queue in [direct, grdb] { try queue.write { try $0.execute(sql: Self.create) } }
        try direct.write { db in
            let statement = try DirectStatement(db, cached: Self.insert)
            for (x, row) in rows.enumerated() {
                try statement.bind(Array(row.dropLast()), then: Int64(x))
                try statement.execute()
            }
        }
        try grdb.write { db in
            for row in rows {
                try db.execute(sql: Self.insert, arguments: StatementArguments(RowCodec.databaseValues(row)))
            }
        }
        let query = "SELECT k, n, r, s, x, typeof(n), typeof(r), typeof(s), length(s) FROM t ORDER BY x"
        let written = try direct.read { try Row.fetchAll($0, sql: query) }
        #expect(written == (try grdb.read { try Row.fetchAll($0, sql: query) }))
        #expect(written.map { $0[3] as String } == ["", "专干补贴（二季度）", "a'b"])
    }

    @Test("a failing row throws GRDB's error with SQLite's code; the statement then takes the next row")
    func failure() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: Self.create)
            let statement = try DirectStatement(db, cached: Self.insert)
            try statement.bind([.text("a"), .integer(1), .null, .text("s")], then: 0)
            try statement.execute()
            try statement.bind([.text("a"), .integer(2), .null, .text("s")], then: 0)
            #expect {
                try statement.execute()
            } throws: { error in
                guard let error = error as? DatabaseError else { return false }
                return error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY && error.sql == Self.insert
            }
            try statement.bind([.text("b"), .null, .null, .null], then: 0)
            #expect {
                try statement.execute()
            } throws: { ($0 as? DatabaseError)?.extendedResultCode == .SQLITE_CONSTRAINT_NOTNULL }
            // Too few or too many values are refused before anything is bound: none keeps the last row's.
            #expect(throws: DatabaseError.self) { try statement.bind([.text("c")], then: 0) }
            #expect(throws: DatabaseError.self) {
                try statement.bind([.text("c"), .null, .null, .text("")], then: 0, 1)
            }
            try statement.bind([.text("c"), .integer(3), .null, .text("s")], then: 0)
            try statement.execute()
            #expect(try String.fetchAll(db, sql: "SELECT k FROM t ORDER BY k") == ["a", "c"])
        }
    }

    @Test("a query steps through its rows and reads them in place; reset ends it early")
    func query() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: Self.create)
            try db.execute(sql: "INSERT INTO t VALUES ('a', 7, NULL, '', 1), ('b', NULL, 2.5, '禁毒', 2)")
            let select = try DirectStatement(db, cached: "SELECT x, n, s FROM t WHERE x >= ? ORDER BY x")
            try select.bind(1, at: 1)
            var seen: [String] = []
            while try select.step() {
                let n = select.withBytes(at: 1) { $0.map { String(decoding: $0, as: UTF8.self) } ?? "NULL" }
                let s = select.withBytes(at: 2) { String(decoding: $0!, as: UTF8.self) }
                seen.append("\(select.int64(at: 0)) \(n) \(s)")
            }
            #expect(seen == ["1 7 ", "2 NULL 禁毒"])
            try select.bind(2, at: 1)
            #expect(try select.step())
            select.reset()
            // Nothing left open: the write can go on.
            try db.execute(sql: "DELETE FROM t")
        }
    }
}
