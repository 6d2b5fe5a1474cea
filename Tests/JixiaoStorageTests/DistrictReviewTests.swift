import Foundation
import JixiaoModels
import JixiaoTestSupport
import Testing

@testable import JixiaoStorage

/// The district's review in storage (Docs/Review.md): submissions from pushes, the district's actions, the push's
/// refusals for a locked project and year, and the reopen that applies them.
@Suite("District review: states, refused changes, reopen")
struct DistrictReviewTests {
    static let device = "00000000-0000-4000-8000-00000000000a"
    static let other = "00000000-0000-4000-8000-00000000000b"

    /// A district with JD2021 of 2021 and of 2022 (each with its fund and category) and office wangluyuan.
    func makeDistrict(_ folder: TemporaryFolder) throws -> DistrictDatabase {
        let db = try DistrictDatabase.create(at: folder.file("district.db"), name: "开福区")
        try db.writeReference { writer in
            for year in [2021, 2022] {
                var project = Fixtures.project
                project.year = year
                var fund = Fixtures.fund
                fund.year = year
                var category = Fixtures.category
                category.year = year
                try writer.upsert(project)
                try writer.upsert(fund)
                try writer.upsert(category)
            }
        }
        try db.addOffice(Office(code: "wangluyuan", name: "望麓园街道", kind: .street), secret: .random())
        return db
    }

    func expense(
        _ n: Int,
        year: Int = 2021,
        amount: Int64? = nil,
        clock: Int64,
        base: RowVersion = .none,
        device: String = device
    )
        -> SyncChange
    {
        var e = Fixtures.expenditure(n)
        e.date = "\(year)-06-26"
        if let amount { e.amount = Money(fen: amount) }
        return SyncChange(
            table: .expenditures,
            operation: .upsert,
            key: e.id,
            office: "wangluyuan",
            values: e.syncValues,
            version: RowVersion(clock: clock, device: device),
            base: base
        )
    }

    func submission(clock: Int64, note: String = "请审核") -> SyncChange {
        SyncChange(
            table: .submissions,
            operation: .upsert,
            key: "JD2021/2021",
            office: "wangluyuan",
            values: [
                .text("JD2021/2021"), .text("wangluyuan"), .text("JD2021"), .integer(2021), .text(note),
                .text("2021-12-20T08:00:00Z"),
            ],
            version: RowVersion(clock: clock, device: Self.device)
        )
    }

    func push(_ db: DistrictDatabase, _ device: String, _ changes: [SyncChange]) throws -> PushOutcome {
        try db.applyPush(office: "wangluyuan", device: device, toSequence: 1) { sink in
            for change in changes { try sink(change) }
        }
    }

    @Test("a submission moves draft to submitted; approve, return and reopen follow the state machine")
    func actions() throws {
        let folder = TemporaryFolder()
        let db = try makeDistrict(folder)
        // Approving a draft is refused, naming the state.
        let draft = #expect(throws: StorageError.self) {
            try db.review(.approve, office: "wangluyuan", project: "JD2021", year: 2021, by: "李", note: "")
        }
        #expect(draft?.code == .reviewState)
        #expect(draft?.message.contains("only a submitted one can") == true, "\(String(describing: draft))")
        let unknown = #expect(throws: StorageError.self) {
            try db.review(.approve, office: "wangluyuan", project: "XX", year: nil, by: "李", note: "")
        }
        #expect(unknown?.code == .notFound)
        // Without a year: the plan's latest year of the project (2022, a draft here).
        let latest = #expect(throws: StorageError.self) {
            try db.review(.approve, office: "wangluyuan", project: "JD2021", year: nil, by: "李", note: "")
        }
        #expect(latest?.message.contains("JD2021 of 2022") == true, "\(String(describing: latest))")
        _ = try push(db, Self.device, [submission(clock: 1_000)])
        #expect(try db.reviews().map(\.state) == [.submitted])
        #expect(try db.reviews().first?.note == "请审核")
        let returned = try db.review(
            .return,
            office: "wangluyuan",
            project: "JD2021",
            year: 2021,
            by: "李",
            note: "缺凭证"
        )
        #expect(returned.previous == .submitted && returned.review.state == .returned && returned.review.year == 2021)
        _ = try push(
            db,
            Self.device,
            [submission(clock: 2_000, note: "已补").withBase(RowVersion(clock: 1_000, device: Self.device))]
        )
        #expect(try db.reviews(state: .submitted).count == 1)
        _ = try db.review(.approve, office: "wangluyuan", project: "JD2021", year: 2021, by: "李", note: "")
        // A second submission while approved moves nothing.
        _ = try push(
            db,
            Self.device,
            [submission(clock: 3_000).withBase(RowVersion(clock: 2_000, device: Self.device))]
        )
        #expect(try db.reviews().map(\.state) == [.approved])
        // Every action is in the audit trail.
        let actions = try db.auditEntries(AuditFilter(office: "wangluyuan")).map(\.action)
        for action in ["review.submit", "review.return", "review.approve"] {
            #expect(actions.contains(action), "\(actions)")
        }
    }

    @Test(
        "a push's change of a locked project and year is refused and kept; the rest of the push applies; reopen applies it"
    )
    func refusedThenReopened() throws {
        let folder = TemporaryFolder()
        let db = try makeDistrict(folder)
        let v1 = RowVersion(clock: 1_000, device: Self.device)
        _ = try push(db, Self.device, [expense(1, amount: 10_000, clock: 1_000), submission(clock: 1_001)])
        _ = try db.review(.approve, office: "wangluyuan", project: "JD2021", year: 2021, by: "李", note: "")
        // The other device edits row 1 (locked), adds row 2 of 2021 (locked) and row 3 of 2022 (open), in one push.
        let outcome = try push(
            db,
            Self.other,
            [
                expense(1, amount: 15_000, clock: 5_000, base: v1, device: Self.other),
                expense(2, amount: 20_000, clock: 5_001, device: Self.other),
                expense(3, year: 2022, amount: 30_000, clock: 5_002, device: Self.other),
            ]
        )
        #expect(outcome.refused == 2 && outcome.applied == 1 && !outcome.duplicate, "\(outcome)")
        let held = try db.expenditures(office: "wangluyuan")
        #expect(held.map(\.amount.fen).sorted() == [10_000, 30_000])
        let refused = try db.refusedChanges()
        #expect(refused.map(\.state) == ["refused", "refused"])
        #expect(refused.map(\.year) == [2021, 2021] && refused[0].values.contains("amount=15000"))
        // The pushing device pulls the district's rows back: row 1 at a new version of the district's, row 2 as a
        // tombstone, even though they took revisions of its own push; and the review and the refusals.
        let epoch = try db.epoch()
        let pulled = try db.pullChanges(
            office: "wangluyuan",
            referenceCursor: 1_000,
            rowCursor: 0,
            skipping: outcome.revisions,
            device: Self.other
        ).changes
        let row1 = try #require(pulled.first { $0.key == Fixtures.expenditure(1).id })
        #expect(row1.operation == .upsert && row1.version.device == epoch && row1.version.clock == 5_001)
        let row2 = try #require(pulled.first { $0.key == Fixtures.expenditure(2).id })
        #expect(row2.operation == .delete && row2.version.device == epoch)
        #expect(!pulled.contains { $0.key == Fixtures.expenditure(3).id })
        #expect(pulled.filter { $0.table == .refusedChanges }.count == 2)
        #expect(pulled.filter { $0.table == .reviews }.count == 1)

        let reopened = try db.review(.reopen, office: "wangluyuan", project: "JD2021", year: 2021, by: "李", note: "")
        #expect(reopened.applied == 2 && reopened.superseded == 0 && reopened.review.state == .draft)
        #expect(try db.expenditures(office: "wangluyuan").map(\.amount.fen).sorted() == [15_000, 20_000, 30_000])
        #expect(try db.refusedChanges().map(\.state) == ["applied", "applied"])
        #expect(try db.digest(office: "wangluyuan") == (try db.recomputedDigest(office: "wangluyuan")))
        // Open again: the next edit applies.
        let after = try db.pullChanges(office: "wangluyuan", referenceCursor: 1_000, rowCursor: 0).changes
        let applied = try #require(after.first { $0.key == Fixtures.expenditure(1).id })
        let next = try push(
            db,
            Self.other,
            [expense(1, amount: 16_000, clock: 9_000, base: applied.version, device: Self.other)]
        )
        #expect(next.applied == 1 && next.refused == 0)
    }

    @Test("of two refused edits of one row, a reopen applies the later and marks the earlier superseded")
    func superseded() throws {
        let folder = TemporaryFolder()
        let db = try makeDistrict(folder)
        _ = try push(db, Self.device, [expense(1, amount: 10_000, clock: 1_000), submission(clock: 1_001)])
        _ = try db.review(.approve, office: "wangluyuan", project: "JD2021", year: 2021, by: "李", note: "")
        let current = try #require(
            try db.pullChanges(office: "wangluyuan", referenceCursor: 1_000, rowCursor: 0).changes.first {
                $0.key == Fixtures.expenditure(1).id
            }
        ).version
        _ = try push(db, Self.other, [expense(1, amount: 17_000, clock: 7_000, base: current, device: Self.other)])
        _ = try push(
            db,
            Self.other,
            [
                expense(
                    1,
                    amount: 18_000,
                    clock: 8_000,
                    base: RowVersion(clock: 7_000, device: Self.other),
                    device: Self.other
                )
            ]
        )
        let outcome = try db.review(.reopen, office: "wangluyuan", project: "JD2021", year: 2021, by: "李", note: "")
        #expect(outcome.applied == 1 && outcome.superseded == 1, "\(outcome)")
        #expect(try db.expenditures(office: "wangluyuan").map(\.amount.fen) == [18_000])
    }
}

extension SyncChange {
    func withBase(_ base: RowVersion) -> SyncChange {
        var copy = self
        copy.base = base
        return copy
    }
}
