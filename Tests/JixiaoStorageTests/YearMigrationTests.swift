import Foundation
import GRDB
import JixiaoModels
import JixiaoTestSupport
import Testing

@testable import JixiaoStorage

/// The `v5-years` migrations on files written before codes were unique within a year: every reference row and
/// narrative takes its project's year, the narratives' row hashes cover the new column, and the digests move with
/// them, so an office and its district that both migrated still agree without a repair and push nothing for it.
@Suite("Years migration")
struct YearMigrationTests {
    /// A narrative's hash as schema 1 computed it: five columns, no year.
    static func oldHash(_ values: [SyncValue]) -> RowHash { TableSpec.hash(table: .narratives, values: values) }

    static let oldNarrative: [SyncValue] = [
        .text("n1"), .text("wangluyuan"), .text("JD2021"), .text("highlights"), .text("亮点"),
    ]

    @Test("a street file of schema 1 gets the years; the digest matches the rows; nothing enters the change log")
    func street() throws {
        let folder = TemporaryFolder()
        let path = folder.file("street.db")
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(DatabaseFile.Side.street.rawValue)")
        }
        try StreetSchema.migrator.migrate(queue, upTo: "street-v4-imported-files")
        let old = Self.oldHash(Self.oldNarrative)
        try queue.write { db in
            for (key, value) in [
                ("office", "wangluyuan"), ("server", "127.0.0.1:7420"), ("secret", Fixtures.settings.secret.hex),
                ("epoch", "e1"), ("acked_seq", "0"), ("ref_cursor", "7"), ("district_epoch", ""),
            ] {
                try db.execute(sql: "INSERT INTO settings VALUES (?, ?)", arguments: [key, value])
            }
            try db.execute(
                sql: """
                    INSERT INTO projects VALUES ('JD2021', 2021, '禁毒', '禁毒办', '', '', '[]');
                    INSERT INTO funds VALUES ('JD2021', 'BJ', '本级', 100, 100);
                    INSERT INTO categories VALUES ('JD2021', 'XC', '宣传');
                    INSERT INTO indicators VALUES ('JD01', 'JD2021', '案件', '产出指标', '数量指标', '起', '10',
                      'higher', 5, 'sum', '', '[]', 'year');
                    """
            )
            try db.execute(
                sql: "INSERT INTO narratives VALUES ('n1', 'wangluyuan', 'JD2021', 'highlights', '亮点', ?, ?)",
                arguments: [old.h1, old.h2]
            )
            // The narrative was pushed and acknowledged: nothing pending.
            try db.execute(sql: "DELETE FROM changes")
        }
        try queue.close()

        let db = try StreetDatabase.open(at: path)
        let reference = try db.reference()
        #expect(reference.funds.map(\.year) == [2021])
        #expect(reference.categories.map(\.year) == [2021])
        #expect(reference.indicator("JD01", year: 2021)?.unit == "起")
        let narratives = try db.narratives()
        #expect(narratives.map(\.year) == [2021])
        #expect(try db.digest() == db.recomputedDigest())
        #expect(try db.digest().count == 1)
        #expect(try db.pendingCount() == 0)
        #expect(try db.syncState().referenceCursor == 7)
        // The triggers are back: a new narrative of another year enters the digest and the change log.
        _ = try db.write { w in try w.setNarrative(project: "JD2021", year: 2022, section: .highlights, text: "新") }
        #expect(try db.narratives(project: "JD2021", year: 2022).count == 1)
        #expect(try db.digest() == db.recomputedDigest())
        #expect(try db.pendingCount() == 1)
    }

    @Test("a district file of schema 1 gets the years; each office's digest and agreed digest follow the rows")
    func district() throws {
        let folder = TemporaryFolder()
        let path = folder.file("district.db")
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(DatabaseFile.Side.district.rawValue)")
        }
        try DistrictSchema.migrator.migrate(queue, upTo: "district-v4-tls-identity")
        let old = Self.oldHash(Self.oldNarrative)
        try queue.write { db in
            for (key, value) in [("name", "开福区"), ("epoch", "d1"), ("created_at", "2021-01-01"), ("ref_rev", "4")] {
                try db.execute(sql: "INSERT INTO settings VALUES (?, ?)", arguments: [key, value])
            }
            try db.execute(
                sql: """
                    INSERT INTO offices VALUES ('wangluyuan', '望麓园街道', 'street', 1, x'00', '2021-01-01');
                    INSERT INTO projects VALUES ('JD2021', 2021, '禁毒', '禁毒办', '', '', '[]', 1, 0);
                    INSERT INTO funds VALUES ('JD2021', 'BJ', '本级', 100, 100, 2, 0);
                    INSERT INTO categories VALUES ('JD2021', 'XC', '宣传', 3, 0);
                    INSERT INTO indicators VALUES ('JD01', 'JD2021', '案件', '产出指标', '数量指标', '起', '10',
                      'higher', 5, 'sum', '', '[]', 'year', 4, 0);
                    """
            )
            try db.execute(
                sql: "INSERT INTO narratives VALUES ('wangluyuan', 'n1', 'JD2021', 'highlights', '亮点', ?, ?)",
                arguments: [old.h1, old.h2]
            )
            try db.execute(
                sql: """
                    INSERT INTO office_sync (office, agreed_n, agreed_h1, agreed_h2)
                    SELECT office, n, h1, h2 FROM office_digest WHERE office = 'wangluyuan'
                    """
            )
        }
        try queue.close()

        let db = try DistrictDatabase.open(at: path)
        let reference = try db.reference(year: 2021)
        #expect(reference.projects.map(\.code) == ["JD2021"])
        #expect(reference.funds(of: "JD2021", year: 2021).map(\.code) == ["BJ"])
        #expect(reference.indicators(of: "JD2021", year: 2021).map(\.code) == ["JD01"])
        #expect(try db.narratives().map(\.year) == [2021])
        let recomputed = try db.recomputedDigest(office: "wangluyuan")
        #expect(recomputed.count == 1)
        #expect(try db.digest(office: "wangluyuan") == recomputed)
        #expect(try db.syncState(office: "wangluyuan").agreedDigest == recomputed)
        // Revisions are kept: an office that pulled up to 4 pulls nothing for the migration.
        #expect(try db.referenceChanges(since: 4).changes.isEmpty)
        #expect(try db.referenceChanges(since: 0).changes.map(\.key).contains("JD2021/BJ/2021"))
        // The same codes in a second year are a second plan, not a change of the first.
        try db.writeReference { writer in
            try writer.upsert(Project(code: "JD2021", year: 2022, name: "禁毒", department: "禁毒办"))
            try writer.upsert(
                Fund(project: "JD2021", year: 2022, code: "BJ", name: "本级", initialBudget: .zero, adjustedBudget: .zero)
            )
        }
        #expect(try db.projectYears(code: "JD2021") == [2021, 2022])
        #expect(try db.reference(year: 2021).funds.first?.initialBudget == Money(fen: 100))
        #expect(try db.reference(year: 2022).funds.first?.initialBudget == .zero)
    }
}
