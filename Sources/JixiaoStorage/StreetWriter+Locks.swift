import Foundation
import GRDB
import JixiaoModels

/// A project and year of the office that is read-only at the office: submitted (by this office, synced or not)
/// or approved, as the office last learned from the district (Docs/Review.md).
public struct OfficeReview: Hashable, Sendable {
    /// The review as the district last sent it, or this office's own submission not yet synced (`pending`).
    public var record: ReviewRecord
    /// Whether this is the office's own submission that no sync has taken to the district yet.
    public var pending: Bool
}

extension StreetWriter {
    /// Refuses a write of the office's rows of `project` in `year` while they are submitted or approved.
    /// - Throws: `StorageError.reviewState` saying who locked it, when, and what to do.
    public func requireUnlocked(project: String, year: Int) throws {
        guard let lock = try locks()[LockKey(project: project, year: year)] else { return }
        throw Self.lockedError(lock)
    }

    /// The refusal of a write of a locked project and year.
    static func lockedError(_ lock: OfficeReview) -> StorageError {
        let arguments = [
            "project": lock.record.project, "year": "\(lock.record.year)", "time": Self.displayTime(lock.record.at),
        ]
        switch (lock.record.state, lock.pending) {
        case (.approved, _): return StorageError.reviewState(tr("review.locked-approved", arguments))
        case (_, true): return StorageError.reviewState(tr("review.locked-pending", arguments))
        default: return StorageError.reviewState(tr("review.locked-submitted", arguments))
        }
    }

    /// An ISO 8601 time as a clerk reads it: local time with its offset (`2026-12-01 14:52 +08:00`).
    static func displayTime(_ iso: String) -> String {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = parser.date(from: iso) ?? ISO8601DateFormatter().date(from: iso) else { return iso }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        // english: a date pattern
        formatter.dateFormat = "yyyy-MM-dd HH:mm xxx"
        return formatter.string(from: date)
    }

    /// The office's locked projects and years, read once per transaction.
    func locks() throws -> [LockKey: OfficeReview] {
        if let cached = lockCache.value { return cached }
        let locks = try Self.locks(db)
        lockCache.value = locks
        return locks
    }

    static func locks(_ db: Database) throws -> [LockKey: OfficeReview] {
        var locks: [LockKey: OfficeReview] = [:]
        for review in try StreetDatabase.reviews(db) where review.record.state.isLocked {
            locks[LockKey(project: review.record.project, year: review.record.year)] = review
        }
        return locks
    }

    /// Refuses a write of an indicator's value for `period` while its project of that year is locked.
    func requireUnlocked(indicator: String, period: Period) throws {
        guard !(try locks().isEmpty) else { return }
        guard
            let project = try String.fetchOne(
                db.cachedStatement(sql: "SELECT project FROM indicators WHERE code = ? AND year = ?"),
                arguments: [indicator, period.year]
            )
        else { return }
        try requireUnlocked(project: project, year: period.year)
    }

    /// Refuses a change of the stored expenditure `id` while its project and year are locked.
    func requireUnlocked(expenditure id: String) throws {
        guard !(try locks().isEmpty) else { return }
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT project, date FROM expenditures WHERE id = ?"),
                arguments: [id]
            )
        else { return }
        try requireUnlocked(project: row[0], year: Int((row[1] as String).prefix(4)) ?? 0)
    }

    /// Records the office's 上报 of `project` in `year` (a `submissions` row, pushed at the next sync), by the state
    /// machine of `ReviewState` from the state the office knows.
    /// - Throws: `StorageError.reviewState` when the state does not allow a submission (already submitted,
    ///   approved).
    public func submit(project: String, year: Int, note: String) throws {
        let key = LockKey(project: project, year: year)
        let current = try StreetDatabase.reviews(db).first {
            LockKey(project: $0.record.project, year: $0.record.year) == key
        }
        let state = current?.record.state ?? .draft
        do throws(ReviewRefusal) {
            _ = try state.after(.submit)
        } catch {
            if let current, current.record.state.isLocked { throw Self.lockedError(current) }
            throw StorageError.reviewState(error.description)
        }
        let values: [SyncValue] = [
            .text("\(project)/\(year)"), .text(office), .text(project), .integer(Int64(year)), .text(note),
            .text(DatabaseFile.now()),
        ]
        let hash = TableSpec.hash(table: .submissions, values: values)
        try db.cachedStatement(sql: RowCodec.streetRowUpsert[.submissions]!)
            .execute(arguments: StatementArguments(RowCodec.arguments(values) + [hash.h1, hash.h2]))
        lockCache.value = nil
    }
}

/// The writer's cache of the office's locks (a class, so the writer's methods can fill it).
final class LockCache {
    var value: [LockKey: OfficeReview]?
}

extension StreetDatabase {
    /// The review of each project and year as the office knows it: the district's last word, or the office's own
    /// submission when it is newer (not yet synced, or synced after that word), by project and year.
    public func reviews() throws -> [OfficeReview] {
        try read { db in try Self.reviews(db) }
    }

    static func reviews(_ db: Database) throws -> [OfficeReview] {
        var result: [LockKey: OfficeReview] = [:]
        let spec = TableSpec.reviews
        for row in try Row.fetchAll(db, sql: "SELECT \(spec.columnList) FROM reviews") {
            let record = ReviewRecord(values: RowCodec.values(row, count: spec.columns.count))
            result[LockKey(project: record.project, year: record.year)] = OfficeReview(record: record, pending: false)
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT s.office, s.project, s.year, s.note, s.submitted_at FROM submissions s
                WHERE EXISTS (SELECT 1 FROM changes c WHERE c.tbl = 4 AND c.row_id = s.id)
                """
        ) {
            let record = ReviewRecord(
                office: row[0],
                project: row[1],
                year: row[2],
                state: .submitted,
                by: row[0],
                note: row[3],
                at: row[4]
            )
            result[LockKey(project: record.project, year: record.year)] = OfficeReview(record: record, pending: true)
        }
        return result.values.sorted {
            ($0.record.project, $0.record.year) < ($1.record.project, $1.record.year)
        }
    }

    /// The changes of this office the district refused because their project and year were locked, oldest first.
    public func refusedChanges() throws -> [RefusedChange] {
        try read { db in
            let spec = TableSpec.refusedChanges
            return try Row.fetchAll(
                db,
                sql: "SELECT \(spec.columnList) FROM refused_changes ORDER BY CAST(id AS INTEGER)"
            ).map { RefusedChange(values: RowCodec.values($0, count: spec.columns.count)) }
        }
    }
}
