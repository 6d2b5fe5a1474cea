import Foundation
import GRDB
import JixiaoModels

/// The project and year an office row belongs to: the unit a review locks.
struct LockKey: Hashable {
    var project: String
    var year: Int
}

/// What a review action did.
public struct ReviewOutcome: Hashable, Sendable {
    /// The review after the action.
    public var review: ReviewRecord
    /// The state before it.
    public var previous: ReviewState
    /// For a reopen: the refused changes applied, and those the office's rows had moved past (superseded).
    public var applied: Int = 0
    public var superseded: Int = 0
}

extension DistrictDatabase {
    /// The reviews the district holds (an office, project and year never acted on is a draft and has none), by
    /// office, project and year.
    /// - Parameters:
    ///   - office: only this office's.
    ///   - state: only those in this state.
    public func reviews(office: String? = nil, state: ReviewState? = nil) throws -> [ReviewRecord] {
        try read { db in
            try Self.reviews(db, office: office, after: 0).filter { state == nil || $0.state == state }
        }
    }

    static func reviews(_ db: Database, office: String?, after revision: Int64) throws -> [ReviewRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT office, project, year, state, by_name, note, at FROM reviews
                WHERE (? IS NULL OR office = ?) AND rev > ? ORDER BY office, project, year
                """,
            arguments: [office, office, revision]
        ).map(Self.review)
    }

    private static func review(_ row: Row) -> ReviewRecord {
        ReviewRecord(
            office: row[0],
            project: row[1],
            year: row[2],
            state: ReviewState(rawValue: row[3]) ?? .draft,
            by: row[4],
            note: row[5],
            at: row[6]
        )
    }

    /// The year of `project` a review action means: `year` when the plan has it, else the plan's latest year of
    /// the project.
    /// - Throws: `StorageError.notFound` for a project (or a year of it) the plan does not have.
    static func reviewYear(_ db: Database, project: String, year: Int?) throws -> Int {
        let years = try Int.fetchAll(
            db,
            sql: "SELECT year FROM projects WHERE code = ? AND deleted = 0 ORDER BY year",
            arguments: [project]
        )
        guard let latest = years.last else {
            throw StorageError.notFound(tr("review.no-project", ["project": project]))
        }
        guard let year else { return latest }
        guard years.contains(year) else {
            throw StorageError.notFound(
                tr(
                    "review.no-project-year",
                    ["project": project, "year": "\(year)", "years": years.map(String.init).joined(separator: ", ")]
                )
            )
        }
        return year
    }

    /// Takes a review action of the district (approve, return, reopen) in one transaction, by the state machine of
    /// `ReviewState`, and records it in the audit trail. A reopen applies the office's refused changes of the
    /// project and year that no later change of their row superseded, each as a new version (so every device of
    /// the office pulls it).
    /// - Parameters:
    ///   - action: `approve`, `return` or `reopen` (a `submit` comes from the office's push).
    ///   - by: the reviewer's name, as the office sees it.
    ///   - note: the note; for a return, the reason.
    /// - Throws: `StorageError.notFound` for an unknown office or project, `.reviewState` for an action the state
    ///   does not allow (the message names the state).
    public func review(
        _ action: ReviewAction,
        office: String,
        project: String,
        year: Int?,
        by: String,
        note: String
    ) throws -> ReviewOutcome {
        try write { db in
            _ = try Self.syncState(db, office: office)
            let year = try Self.reviewYear(db, project: project, year: year)
            let key = LockKey(project: project, year: year)
            let previous = try Self.reviewState(db, office: office, key: key)
            let next: ReviewState
            do throws(ReviewRefusal) {
                next = try previous.after(action)
            } catch {
                throw StorageError.reviewState(
                    tr(
                        "review.refused",
                        ["office": office, "project": project, "year": "\(year)", "reason": error.description]
                    )
                )
            }
            var revision = try Self.rowRevision(db, office: office) + 1
            let record = ReviewRecord(
                office: office,
                project: project,
                year: year,
                state: next,
                by: by,
                note: note,
                at: DatabaseFile.now()
            )
            try Self.storeReview(db, record, revision: revision)
            try AuditTrail.record(
                db,
                action: "review.\(action)",
                office: office,
                note: "\(project)/\(year) \(previous) → \(next), by \(by)\(note.isEmpty ? "" : ": \(note)")"
            )
            var outcome = ReviewOutcome(review: record, previous: previous)
            if action == .reopen {
                let result = try Self.applyRefused(db, office: office, key: key, revision: &revision)
                outcome.applied = result.applied
                outcome.superseded = result.superseded
            }
            try db.execute(sql: "UPDATE office_sync SET row_rev = ? WHERE office = ?", arguments: [revision, office])
            return outcome
        }
    }

    static func reviewState(_ db: Database, office: String, key: LockKey) throws -> ReviewState {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT state FROM reviews WHERE office = ? AND project = ? AND year = ?"),
            arguments: [office, key.project, key.year]
        ).flatMap(ReviewState.init(rawValue:)) ?? .draft
    }

    static func storeReview(_ db: Database, _ record: ReviewRecord, revision: Int64) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO reviews (office, project, year, state, by_name, note, at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (office, project, year) DO UPDATE SET state = excluded.state, by_name = excluded.by_name,
                  note = excluded.note, at = excluded.at, rev = excluded.rev
                """
        ).execute(
            arguments: [
                record.office, record.project, record.year, record.state.rawValue, record.by, record.note, record.at,
                revision,
            ]
        )
    }

    /// A submission row a push applied: the office's 上报, which moves a draft or returned review to submitted.
    /// A submission the state does not allow (already submitted, or approved before the office learned of it) moves
    /// nothing; the row is kept all the same.
    /// - Returns: the new review when the state moved.
    static func submitted(
        _ db: Database,
        office: String,
        change: SyncChange,
        revision: Int64
    ) throws -> ReviewRecord? {
        guard change.operation == .upsert else { return nil }
        let values = change.values
        let key = LockKey(project: values[2].text, year: Int(values[3].integer))
        let previous = try reviewState(db, office: office, key: key)
        guard let next = try? previous.after(.submit) else { return nil }
        let record = ReviewRecord(
            office: office,
            project: key.project,
            year: key.year,
            state: next,
            by: office,
            note: values[4].text,
            at: DatabaseFile.now()
        )
        try storeReview(db, record, revision: revision)
        try AuditTrail.record(
            db,
            action: "review.submit",
            office: office,
            note: "\(key.project)/\(key.year) \(previous) → \(next)\(record.note.isEmpty ? "" : ": \(record.note)")"
        )
        return record
    }

    /// The office's locked projects and years (submitted or approved), for a push.
    static func locks(_ db: Database, office: String) throws -> [LockKey: ReviewRecord] {
        var locks: [LockKey: ReviewRecord] = [:]
        for record in try reviews(db, office: office, after: 0) where record.state.isLocked {
            locks[LockKey(project: record.project, year: record.year)] = record
        }
        return locks
    }

    /// The project and year a row's values belong to: an expenditure's project and its date's year, a value's
    /// indicator's project in its period's year, a narrative's project and year. `nil` for other tables, or when
    /// the plan does not say (a row the rules refuse anyway).
    static func lockKey(_ db: Database, change: SyncChange) throws -> LockKey? {
        guard change.operation == .upsert else { return nil }
        let values = change.values
        switch change.table {
        case .expenditures: return try lockKey(db, table: change.table, code: values[2].text, year: values[6].text)
        case .indicatorValues: return try lockKey(db, table: change.table, code: values[2].text, year: values[3].text)
        case .narratives: return LockKey(project: values[2].text, year: Int(values[5].integer))
        default: return nil
        }
    }

    /// The lock key from a row's project (an indicator value's indicator) and the text its year starts (a date, a
    /// period, a year).
    static func lockKey(_ db: Database, table: SyncTable, code: String, year text: String) throws -> LockKey? {
        guard let year = Int(text.prefix(4)) else { return nil }
        guard table == .indicatorValues else { return LockKey(project: code, year: year) }
        let project = try String.fetchOne(
            db.cachedStatement(sql: "SELECT project FROM indicators WHERE code = ? AND year = ?"),
            arguments: [code, year]
        )
        return project.map { LockKey(project: $0, year: year) }
    }

    /// Keeps a pushed change of a locked project and year instead of applying it (Protocol.md §10.10): the district's
    /// row stays, re-stamped with a new version of the district's (a tombstone when it holds none), so the device
    /// that pushed the change pulls it back in the same session; the change goes to `refused_changes`.
    static func refuse(
        _ db: Database,
        office: String,
        change: SyncChange,
        current: StoredVersion?,
        lock: ReviewRecord,
        districtDevice: String,
        revision: Int64,
        at time: String
    ) throws {
        let kept = RowVersion(
            clock: max(current?.version.clock ?? 0, change.version.clock) + 1,
            device: districtDevice
        )
        let live = current.map { !$0.deleted && $0.hash != nil } ?? false
        try storeVersion(
            db,
            office: office,
            change: SyncChange(
                table: change.table,
                operation: live ? .upsert : .delete,
                key: change.key,
                office: office,
                values: [],
                version: kept
            ),
            revision: revision
        )
        try db.cachedStatement(
            sql: """
                INSERT INTO refused_changes (office, project, year, tbl, row_id, op, clock, device, row_values, row_text,
                  kept_clock, kept_device, recorded_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                office, lock.project, lock.year, change.table.rawValue, change.key, change.operation.rawValue,
                change.version.clock, change.version.device, RefusedValues.encode(change.values),
                ConflictRecord.describe(change), kept.clock, kept.device, time, revision,
            ]
        )
        try AuditTrail.record(
            db,
            action: "sync.refused",
            office: office,
            note: "\(change.table.sqlName) \(change.key): \(lock.project)/\(lock.year) is \(lock.state)"
        )
    }

    /// Applies the refused changes of a reopened project and year: of each row the latest refused change, when the
    /// district's row is still the version it kept at the refusal; the others are marked superseded.
    private static func applyRefused(
        _ db: Database,
        office: String,
        key: LockKey,
        revision: inout Int64
    ) throws -> (applied: Int, superseded: Int) {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, tbl, row_id, op, clock, row_values, kept_clock, kept_device FROM refused_changes
                WHERE office = ? AND project = ? AND year = ? AND state = 'refused' ORDER BY id
                """,
            arguments: [office, key.project, key.year]
        )
        var latest: [String: Row] = [:]
        for row in rows { latest["\(row[1] as Int64)/\(row[2] as String)"] = row }
        let device = try districtEpoch(db)
        var applied = 0
        var superseded = 0
        for row in rows {
            let id: Int64 = row[0]
            let rowKey = "\(row[1] as Int64)/\(row[2] as String)"
            revision += 1
            guard let table = SyncTable(rawValue: UInt8(row[1] as Int64)), (latest[rowKey]?[0] as Int64?) == id else {
                try markRefused(db, id: id, state: "superseded", revision: revision)
                superseded += 1
                continue
            }
            let probe = SyncChange(table: table, operation: .upsert, key: row[2], office: office, values: [])
            let current = try storedVersion(db, office: office, change: probe)
            let kept = RowVersion(clock: row[6], device: row[7])
            guard current?.version == kept else {
                try markRefused(db, id: id, state: "superseded", revision: revision)
                superseded += 1
                continue
            }
            let operation = SyncChange.Operation(rawValue: UInt8(row[3] as Int64)) ?? .upsert
            let version = RowVersion(clock: max(kept.clock, row[4] as Int64) + 1, device: device)
            let change = SyncChange(
                table: table,
                operation: operation,
                key: row[2],
                office: office,
                values: operation == .upsert ? try RefusedValues.decode(row[5]) : [],
                version: version,
                base: version
            )
            try apply(change, office: office, db: db)
            try storeVersion(db, office: office, change: change, revision: revision)
            try markRefused(db, id: id, state: "applied", revision: revision)
            applied += 1
        }
        return (applied, superseded)
    }

    private static func markRefused(_ db: Database, id: Int64, state: String, revision: Int64) throws {
        try db.execute(
            sql: "UPDATE refused_changes SET state = ?, rev = ? WHERE id = ?",
            arguments: [state, revision, id]
        )
    }

    /// The district's epoch: the device id of the versions the district itself writes (a refusal, a reopen).
    static func districtEpoch(_ db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'epoch'") ?? ""
    }

    /// The refused changes the district kept, of one office or of all, oldest first.
    public func refusedChanges(office: String? = nil) throws -> [RefusedChange] {
        try read { db in try Self.refusedChanges(db, office: office, after: 0) }
    }

    static func refusedChanges(_ db: Database, office: String?, after revision: Int64) throws -> [RefusedChange] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, office, project, year, tbl, row_id, op, clock, device, row_text, state, recorded_at
                FROM refused_changes WHERE (? IS NULL OR office = ?) AND rev > ? ORDER BY id
                """,
            arguments: [office, office, revision]
        ).map { row in
            RefusedChange(
                id: String(row[0] as Int64),
                office: row[1],
                project: row[2],
                year: row[3],
                table: SyncTable(rawValue: UInt8(row[4] as Int64)).map(\.sqlName) ?? "table \(row[4] as Int64)",
                key: row[5],
                operation: (row[6] as Int64) == 2 ? "delete" : "edit",
                version: RowVersion(clock: row[7], device: row[8]),
                values: row[9],
                state: row[10],
                recordedAt: row[11]
            )
        }
    }
}

extension ReviewRecord {
    /// The record as a pulled row of the `reviews` table (Protocol.md §10.10, TableSpec.reviews).
    var change: SyncChange {
        SyncChange(
            table: .reviews,
            operation: .upsert,
            key: "\(project)/\(year)",
            office: office,
            values: [
                .text("\(project)/\(year)"), .text(office), .text(project), .integer(Int64(year)),
                .text(state.rawValue), .text(by), .text(note), .text(at),
            ]
        )
    }

    /// A pulled `reviews` row back as a record.
    init(values: [SyncValue]) {
        self.init(
            office: values[1].text,
            project: values[2].text,
            year: Int(values[3].integer),
            state: ReviewState(rawValue: values[4].text) ?? .draft,
            by: values[5].text,
            note: values[6].text,
            at: values[7].text
        )
    }
}

extension RefusedChange {
    /// The record as a pulled row of the `refused_changes` table (Protocol.md §10.10, TableSpec.refusedChanges).
    var change: SyncChange {
        SyncChange(
            table: .refusedChanges,
            operation: .upsert,
            key: id,
            office: office,
            values: [
                .text(id), .text(office), .text(project), .integer(Int64(year)), .text(table), .text(key),
                .text(operation), .text(version.text), .text(values), .text(state), .text(recordedAt),
            ]
        )
    }

    /// A pulled `refused_changes` row back as a record.
    init(values: [SyncValue]) {
        self.init(
            id: values[0].text,
            office: values[1].text,
            project: values[2].text,
            year: Int(values[3].integer),
            table: values[4].text,
            key: values[5].text,
            operation: values[6].text,
            version: RowVersion(text: values[7].text),
            values: values[8].text,
            state: values[9].text,
            recordedAt: values[10].text
        )
    }
}

/// A refused row's values as the district keeps them to apply at a reopen: a JSON array of `[tag, text]` pairs
/// (`n` null, `i` integer, `r` real as its bit pattern, `t` text), so every value comes back exactly.
enum RefusedValues {
    static func encode(_ values: [SyncValue]) -> String {
        let pairs: [[String]] = values.map { value in
            switch value {
            case .null: ["n", ""]
            case .integer(let n): ["i", String(n)]
            case .real(let d): ["r", String(d.bitPattern)]
            case .text(let s): ["t", s]
            }
        }
        let data = (try? JSONEncoder().encode(pairs)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [SyncValue] {
        let pairs = try JSONDecoder().decode([[String]].self, from: Data(text.utf8))
        return try pairs.map { pair in
            guard pair.count == 2 else { throw StorageError.invalidData(tr("storage.refused-unreadable")) }
            switch pair[0] {
            case "n": return .null
            case "i":
                guard let n = Int64(pair[1]) else { break }
                return .integer(n)
            case "r":
                guard let bits = UInt64(pair[1]) else { break }
                return .real(Double(bitPattern: bits))
            case "t": return .text(pair[1])
            default: break
            }
            throw StorageError.invalidData(tr("storage.refused-unreadable"))
        }
    }
}
