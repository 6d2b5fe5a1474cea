import Foundation
import GRDB
import JixiaoModels

extension DistrictDatabase {
    /// What the district remembers of an office's syncing.
    /// - Throws: `StorageError.notFound` for an office that is not enrolled.
    public func syncState(office: String) throws -> OfficeSyncState {
        try read { db in try Self.syncState(db, office: office) }
    }

    static func syncState(_ db: Database, office: String) throws -> OfficeSyncState {
        guard
            let row = try Row.fetchOne(
                db,
                sql:
                    "SELECT epoch, acked_seq, ref_cursor, last_sync_at, last_result, agreed_n, agreed_h1, agreed_h2 FROM office_sync WHERE office = ?",
                arguments: [office]
            )
        else { throw StorageError.notFound(tr("storage.no-office", ["code": office])) }
        let agreed: SyncDigest? =
            (row[5] as Int64?).map { SyncDigest(count: $0, h1: row[6] ?? 0, h2: row[7] ?? 0) }
        return OfficeSyncState(
            epoch: row[0],
            ackedSequence: row[1],
            referenceCursor: row[2],
            lastSyncAt: row[3],
            lastResult: row[4],
            agreedDigest: agreed
        )
    }

    /// Applies one push whose changes carry no versions (tests and tools that seed a district), each as an edit made
    /// on top of what the district holds: nothing conflicts, and a later change of a row replaces it.
    ///
    /// - Parameters:
    ///   - office: the authenticated office (never taken from the rows).
    ///   - epoch: the pushing device's id.
    ///   - toSequence: the highest sequence the push contains (echoed as the acknowledged sequence).
    ///   - changes: the changes.
    /// - Throws: as `applyPush(office:device:toSequence:changes:)`.
    public func applyPush(
        office: String,
        epoch: String,
        fromSequence: Int64,
        toSequence: Int64,
        changes: [SyncChange],
        fullSnapshot: Bool
    ) throws -> PushOutcome {
        for change in changes { try Self.authorize(change, office: office) }
        return try applyPush(office: office, device: epoch, session: "", toSequence: toSequence, sequential: true) {
            sink in
            for change in changes { try sink(change) }
        }
    }

    /// Applies one push of a device in one transaction, row by row by the rows' versions (Protocol.md §10.6).
    ///
    /// A change whose version the district already holds is a replay and writes nothing, so a push is idempotent by
    /// its content, whatever sequence range it claims. A copy (base equal to version) is stored only when the
    /// district holds no version of the row. An edit made on the version the district holds replaces it; an edit
    /// made on another version is a conflict: the greater version wins (clock, then device id), and the loser is kept
    /// in the conflicts table (unless both say the same). Nothing is deleted but by a tombstone.
    /// - Parameters:
    ///   - office: the authenticated office (never taken from the rows).
    ///   - device: the pushing device's id.
    ///   - session: the session, as the audit trail names it (when it started).
    ///   - toSequence: the highest sequence the push contains (echoed as the acknowledged sequence).
    ///   - produce: calls its argument with each change.
    /// - Throws: `StorageError.notAuthorized` naming the first row that is not the office's own data,
    ///   `.invalidData` for a row that breaks the plan's rules; nothing is written then.
    public func applyPush(
        office: String,
        device: String,
        session: String = "",
        toSequence: Int64,
        changes produce: ((SyncChange) throws -> Void) throws -> Void
    ) throws -> PushOutcome {
        try applyPush(
            office: office,
            device: device,
            session: session,
            toSequence: toSequence,
            sequential: false,
            changes: produce
        )
    }

    private func applyPush(
        office: String,
        device: String,
        session: String,
        toSequence: Int64,
        sequential: Bool,
        changes produce: ((SyncChange) throws -> Void) throws -> Void
    ) throws -> PushOutcome {
        // A large push touches far more pages (rows, indexes, versions, the audit trail) than SQLite's default 2 MB
        // cache keeps: raise it for this transaction, its seal and its commit, as the street side does for a bulk
        // insert.
        try write(cacheSize: Self.pushCacheSize) { db in
            _ = try Self.syncState(db, office: office)
            try AuditTrail.state(db, actor: "sync", device: device, session: session)
            var revision = try Self.rowRevision(db, office: office)
            let now = ISO8601DateFormatter().string(from: Date())
            var applied = 0
            var held = 0
            var conflicts = 0
            var refused = 0
            // The office's locked projects and years (Docs/Review.md): a pushed change of one is kept, not applied.
            var locks = try Self.locks(db, office: office)
            let districtDevice = locks.isEmpty ? "" : try Self.districtEpoch(db)
            var firstRevision: Int64?
            // Whether every revision taken is a row of this device (none went to a conflict, a refusal, a
            // re-stamped winner or a review), so that the session's pull reads none of them.
            var onlyOwnRows = true
            var deviceClock: Int64 = 0
            let rules = RowRules(reference: try ReferenceQueries.load(db, deletedFilter: "deleted = 0"), office: office)
            // An office the district holds no row of (its first push, a rebuilt district) has no version to look up:
            // skip the per-row lookup. A key appears once per push (the session refuses a second), so a row of
            // this push never meets another of it.
            let holdsRows =
                try Bool.fetchOne(
                    db,
                    sql: "SELECT EXISTS (SELECT 1 FROM office_rows WHERE office = ?)",
                    arguments: [office]
                ) ?? true
            // Nothing of the office held (and nothing locked): its rows are inserted without per-row triggers.
            var firstPush: FirstPushWriter?
            if !holdsRows, locks.isEmpty, try FirstPushWriter.holdsNothing(db, office: office) {
                firstPush = try FirstPushWriter.begin(db, office: office)
            }
            try produce { pushed in
                try Self.authorize(pushed, office: office)
                try Self.check(pushed, against: rules)
                if pushed.version.device == device && pushed.version != pushed.base {
                    deviceClock = max(deviceClock, pushed.version.clock)
                }
                let current = holdsRows ? try Self.storedVersion(db, office: office, change: pushed) : nil
                var change = pushed
                if sequential && change.version.isNone {
                    change.version = RowVersion(clock: revision + 1, device: device)
                    change.base = current?.version ?? .none
                }
                if let current {
                    if current.version == change.version {
                        // A replay of the version the district holds: nothing to write, unless the district's row
                        // drifted from it behind the protocol's back (a manual edit, a bad restore), which it repairs.
                        if Self.holds(current, change: change) {
                            held += 1
                            return
                        }
                    } else if change.version == change.base {
                        // A copy of an older version: the district's newer one stays (the device pulls it).
                        held += 1
                        return
                    }
                }
                if !locks.isEmpty, change.table != .submissions {
                    var keys = [try Self.lockKey(db, change: change)]
                    if let current, !current.deleted, let source = current.lockSource {
                        keys.append(try Self.lockKey(db, table: change.table, code: source.code, year: source.year))
                    }
                    if let lock = keys.lazy.compactMap({ $0 }).compactMap({ locks[$0] }).first {
                        onlyOwnRows = false
                        revision += 1
                        firstRevision = firstRevision ?? revision
                        try Self.refuse(
                            db,
                            office: office,
                            change: change,
                            current: current,
                            lock: lock,
                            districtDevice: districtDevice,
                            revision: revision,
                            at: now
                        )
                        refused += 1
                        return
                    }
                }
                let concurrent =
                    !sequential && current != nil && current!.version != change.base
                    && current!.version != change.version && current!.version.device != device
                let wins = !concurrent || change.version > current!.version
                revision += 1
                firstRevision = firstRevision ?? revision
                if wins {
                    if concurrent, let current {
                        let loser = try Self.storedChange(db, office: office, change: change, deleted: current.deleted)
                        if !Self.sameContent(loser, change) {
                            onlyOwnRows = false
                            revision += 1
                            try Self.recordConflict(
                                db,
                                office: office,
                                loser: loser,
                                loserVersion: current.version,
                                winner: change,
                                revision: revision,
                                at: now
                            )
                            conflicts += 1
                        }
                    }
                    if firstPush != nil, FirstPushWriter.takes(change) {
                        try firstPush!.insert(change, db: db)
                    } else {
                        try Self.apply(change, office: office, db: db)
                    }
                    try Self.storeVersion(db, office: office, change: change, revision: revision)
                    applied += 1
                    if change.table == .submissions {
                        onlyOwnRows = false
                        revision += 1
                        if let review = try Self.submitted(db, office: office, change: change, revision: revision) {
                            locks[LockKey(project: review.project, year: review.year)] = review
                        }
                    }
                } else if let current {
                    onlyOwnRows = false
                    let winner = try Self.storedChange(db, office: office, change: change, deleted: current.deleted)
                    if !Self.sameContent(winner, change) {
                        try Self.recordConflict(
                            db,
                            office: office,
                            loser: change,
                            loserVersion: change.version,
                            winner: winner,
                            winnerVersion: current.version,
                            revision: revision,
                            at: now
                        )
                        conflicts += 1
                    }
                    // The winner takes a new revision, so the device that pushed the loser pulls it back.
                    try db.cachedStatement(
                        sql: "UPDATE office_rows SET rev = ? WHERE office = ? AND tbl = ? AND row_id = ?"
                    )
                    .execute(arguments: [revision, office, change.table.rawValue, change.key])
                }
            }
            try firstPush?.finish(db)
            try db.execute(
                sql: "UPDATE office_sync SET row_rev = ? WHERE office = ?",
                arguments: [revision, office]
            )
            try db.execute(
                sql: """
                    INSERT INTO devices (office, device, first_sync_at, last_sync_at, rows_pushed, max_clock)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (office, device) DO UPDATE SET rows_pushed = rows_pushed + excluded.rows_pushed,
                      max_clock = max(max_clock, excluded.max_clock)
                    """,
                arguments: [office, device, now, now, applied, deviceClock]
            )
            return PushOutcome(
                ackedSequence: toSequence,
                applied: applied,
                duplicate: applied == 0 && conflicts == 0 && refused == 0 && held > 0,
                conflicts: conflicts,
                refused: refused,
                revisions: firstRevision.map { PushedRevisions(range: $0...revision, onlyOwnRows: onlyOwnRows) }
            )
        }
    }

    /// The page cache of a push's transaction, in KiB (negative: SQLite's unit for a size): 256 MiB. Pages are
    /// allocated as they are used, so small pushes stay small (50 offices of 10,000 rows at once peak at 107 MiB in
    /// all); a 200,000-row first push fills about 200 MB of it (rows, indexes, versions, 64 MiB of audit entries),
    /// which a 64 MiB cache spilled and read back (Docs/Performance.md).
    static let pushCacheSize = -262_144

    /// Refuses a change the office may not write, naming the row.
    static func authorize(_ change: SyncChange, office: String) throws {
        guard change.table.isOfficeOwned else {
            throw StorageError.notAuthorized(
                tr("storage.push-reference", ["table": "\(change.table)", "key": change.key])
            )
        }
        let rowOffice = change.operation == .upsert && change.values.count > 1 ? change.values[1].text : change.office
        guard change.office == office, rowOffice == office else {
            throw StorageError.notAuthorized(
                tr(
                    "storage.push-other-office",
                    [
                        "table": "\(change.table)", "key": change.key,
                        "owner": rowOffice == office ? change.office : rowOffice, "office": office,
                    ]
                )
            )
        }
        if change.operation == .upsert {
            let spec = TableSpec.of(change.table)
            try spec.check(change.values, key: change.key)
            guard spec.key(of: change.values) == change.key else {
                throw StorageError.invalidData(
                    tr("storage.key-mismatch", ["table": "\(change.table)", "key": change.key])
                )
            }
        }
    }

    static func apply(_ change: SyncChange, office: String, db: Database) throws {
        let spec = TableSpec.of(change.table)
        switch change.operation {
        case .upsert:
            let hash = TableSpec.hash(table: change.table, values: change.values)
            let sql =
                RowCodec.districtRowUpsert[change.table]
                ?? RowCodec.upsertSQL(spec, conflictColumns: ["office", "id"], extraColumns: ["rh1", "rh2"])
            try db.cachedStatement(sql: sql)
                .execute(arguments: StatementArguments(RowCodec.arguments(change.values) + [hash.h1, hash.h2]))
        case .delete:
            try db.cachedStatement(sql: "DELETE FROM \(change.table.sqlName) WHERE office = ? AND id = ?")
                .execute(arguments: [office, change.key])
        }
    }

    /// The digest of the office's rows held by the district (maintained by triggers; no table scan).
    public func digest(office: String) throws -> SyncDigest {
        try read { db in try Self.digest(db, office: office) }
    }

    static func digest(_ db: Database, office: String) throws -> SyncDigest {
        try Row.fetchOne(db, sql: "SELECT n, h1, h2 FROM office_digest WHERE office = ?", arguments: [office])
            .map { SyncDigest(count: $0[0], h1: $0[1], h2: $0[2]) } ?? .empty
    }

    /// Recomputes an office's digest from its rows (for `district verify`; a sync never needs it).
    public func recomputedDigest(office: String) throws -> SyncDigest {
        try read { db in try Self.recomputedDigest(db, office: office) }
    }

    static func recomputedDigest(_ db: Database, office: String) throws -> SyncDigest {
        var digest = SyncDigest.empty
        for table in StreetDatabase.ownedTables {
            let spec = TableSpec.of(table)
            let cursor = try Row.fetchCursor(
                db,
                sql: "SELECT \(spec.columnList) FROM \(table.sqlName) WHERE office = ?",
                arguments: [office]
            )
            while let row = try cursor.next() {
                digest.toggle(
                    TableSpec.hash(table: table, values: RowCodec.values(row, count: spec.columns.count)),
                    counting: 1
                )
            }
        }
        return digest
    }

    /// Row counts the district holds for an office: expenditures, indicator values, narratives.
    public func rowCounts(office: String) throws -> (expenditures: Int, values: Int, narratives: Int) {
        try read { db in try Self.rowCounts(db, office: office) }
    }

    static func rowCounts(_ db: Database, office: String) throws -> (expenditures: Int, values: Int, narratives: Int) {
        func count(_ table: SyncTable) throws -> Int {
            try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.sqlName) WHERE office = ?", arguments: [office])
                ?? 0
        }
        return (try count(.expenditures), try count(.indicatorValues), try count(.narratives))
    }

    /// Every enrolled office's row counts, maintained digest, recomputed digest and agreed digest, all read in one
    /// read transaction: a sync that commits meanwhile is either wholly in it or wholly out, so the two digests of
    /// an office never disagree because of it.
    public func verificationSnapshot() throws -> [OfficeVerification] {
        try read { db in
            try Self.officeRecords(db).map { record in
                let code = record.office.code
                let counts = try Self.rowCounts(db, office: code)
                return OfficeVerification(
                    office: code,
                    expenditures: counts.expenditures,
                    values: counts.values,
                    narratives: counts.narratives,
                    current: try Self.digest(db, office: code),
                    recomputed: try Self.recomputedDigest(db, office: code),
                    agreed: try Self.syncState(db, office: code).agreedDigest
                )
            }
        }
    }

    /// Records the end of a session: the log line, the office's last sync, and (when both digests matched) the
    /// agreed digest and the reference cursor the office confirmed.
    public func record(_ session: DistrictSessionRecord, agreedDigest: SyncDigest?, referenceCursor: Int64?) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO sync_sessions (office, started_at, finished_at, result, ok, rows_in, rows_out, bytes_in, bytes_out)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    session.office, session.startedAt, session.finishedAt, session.result, session.ok, session.rowsIn,
                    session.rowsOut, session.bytesIn, session.bytesOut,
                ]
            )
            try db.execute(
                sql: "UPDATE office_sync SET last_sync_at = ?, last_result = ? WHERE office = ?",
                arguments: [session.finishedAt, session.result, session.office]
            )
            if !session.device.isEmpty {
                try db.execute(
                    sql: """
                        INSERT INTO devices (office, device, first_sync_at, last_sync_at, sessions) VALUES (?, ?, ?, ?, 1)
                        ON CONFLICT (office, device) DO UPDATE SET last_sync_at = excluded.last_sync_at,
                          sessions = sessions + 1
                        """,
                    arguments: [session.office, session.device, session.startedAt, session.finishedAt]
                )
            }
            if let agreedDigest {
                try db.execute(
                    sql: "UPDATE office_sync SET agreed_n = ?, agreed_h1 = ?, agreed_h2 = ? WHERE office = ?",
                    arguments: [agreedDigest.count, agreedDigest.h1, agreedDigest.h2, session.office]
                )
            }
            if let referenceCursor {
                try db.execute(
                    sql: "UPDATE office_sync SET ref_cursor = ? WHERE office = ?",
                    arguments: [referenceCursor, session.office]
                )
            }
        }
    }
}
