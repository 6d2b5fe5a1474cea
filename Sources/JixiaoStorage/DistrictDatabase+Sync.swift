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
        else { throw StorageError.notFound("no office with code \(office)") }
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

    /// Applies one push from an office in one transaction and returns the new acknowledged sequence.
    ///
    /// The idempotency key is (office, epoch, sequence range): a push ending at or below the acknowledged sequence
    /// of the same epoch writes nothing and is acknowledged again. A full snapshot upserts every row it carries and
    /// adopts its epoch; it deletes nothing (deletes travel only as tombstones).
    /// - Parameters:
    ///   - office: the authenticated office (never taken from the rows).
    ///   - epoch: the office database's epoch.
    ///   - fromSequence: the sequence the push continues from (exclusive).
    ///   - toSequence: the highest sequence it contains.
    ///   - changes: the changes, in sequence order.
    ///   - fullSnapshot: whether `changes` are every row the office holds.
    /// - Throws: `StorageError.notAuthorized` naming the first row that is not the office's own data (nothing is
    ///   written), `.sequenceGap` when the push does not continue from what was acknowledged (or comes from an
    ///   epoch the district does not know: the office must send a full snapshot), `.invalidData` for malformed rows.
    public func applyPush(
        office: String,
        epoch: String,
        fromSequence: Int64,
        toSequence: Int64,
        changes: [SyncChange],
        fullSnapshot: Bool
    ) throws -> PushOutcome {
        for change in changes { try Self.authorize(change, office: office) }
        return try applyPush(
            office: office,
            epoch: epoch,
            fromSequence: fromSequence,
            toSequence: toSequence,
            fullSnapshot: fullSnapshot
        ) {
            sink in
            for change in changes { try sink(change) }
        }
    }

    /// Applies one push whose changes `produce` hands over one at a time, inside the transaction: the server
    /// streams a push from its compressed bytes, so a large push never sits in memory as parsed rows.
    ///
    /// The same rules as `applyPush(office:epoch:fromSequence:toSequence:changes:fullSnapshot:)`; a row refused part-way,
    /// or an error thrown by `produce`, rolls the whole push back.
    /// - Parameter produce: calls its argument with each change, in sequence order.
    public func applyPush(
        office: String,
        epoch: String,
        fromSequence: Int64,
        toSequence: Int64,
        fullSnapshot: Bool,
        changes produce: ((SyncChange) throws -> Void) throws -> Void
    ) throws -> PushOutcome {
        try write { db in
            let state = try Self.syncState(db, office: office)
            if !fullSnapshot {
                let knownEpoch = state.epoch == epoch || (state.epoch.isEmpty && fromSequence == 0)
                guard knownEpoch else {
                    throw StorageError.sequenceGap(
                        "the district does not know epoch \(epoch) of office \(office): send a full snapshot"
                    )
                }
                if toSequence <= state.ackedSequence && state.epoch == epoch {
                    return PushOutcome(ackedSequence: state.ackedSequence, applied: 0, duplicate: true)
                }
                guard fromSequence <= state.ackedSequence || (state.epoch.isEmpty && fromSequence == 0) else {
                    throw StorageError.sequenceGap(
                        "push from sequence \(fromSequence) but the district acknowledged \(state.ackedSequence): resend from there"
                    )
                }
            }
            // A full snapshot only upserts (Protocol.md §10.3.4): it never deletes a row it does not mention, so an
            // empty or partial snapshot (a new device, a relay that swapped the push) cannot wipe the office.
            var applied = 0
            let rules = RowRules(reference: try ReferenceQueries.load(db, deletedFilter: "deleted = 0"), office: office)
            try produce { change in
                try Self.authorize(change, office: office)
                try Self.check(change, against: rules)
                try Self.apply(change, office: office, db: db)
                applied += 1
            }
            let acked = fullSnapshot ? toSequence : max(toSequence, state.ackedSequence)
            try db.execute(
                sql: "UPDATE office_sync SET epoch = ?, acked_seq = ? WHERE office = ?",
                arguments: [epoch, acked, office]
            )
            return PushOutcome(ackedSequence: acked, applied: applied, duplicate: false)
        }
    }

    /// Refuses a change the office may not write, naming the row.
    static func authorize(_ change: SyncChange, office: String) throws {
        guard change.table.isOfficeOwned else {
            throw StorageError.notAuthorized(
                "push refused: \(change.table) row \"\(change.key)\" is reference data that only the district writes"
            )
        }
        let rowOffice = change.operation == .upsert && change.values.count > 1 ? change.values[1].text : change.office
        guard change.office == office, rowOffice == office else {
            throw StorageError.notAuthorized(
                "push refused: \(change.table) row \"\(change.key)\" belongs to office \(rowOffice == office ? change.office : rowOffice), not \(office)"
            )
        }
        if change.operation == .upsert {
            let spec = TableSpec.of(change.table)
            try spec.check(change.values, key: change.key)
            guard spec.key(of: change.values) == change.key else {
                throw StorageError.invalidData("\(change.table) row \"\(change.key)\": key does not match its values")
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
