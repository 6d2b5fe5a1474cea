import Foundation
import GRDB
import JixiaoModels

/// Writes an office's own rows inside one `StreetDatabase.write` transaction.
///
/// Every row gets the office's code and its row hash here; triggers record the change and update the digest.
public final class StreetWriter {
    let db: Database
    /// The office whose rows these are.
    public let office: String

    init(db: Database, office: String) {
        self.db = db
        self.office = office
    }

    /// A new lowercase UUID for a row.
    public static func newID() -> String { UUID().uuidString.lowercased() }

    private func upsert(_ spec: TableSpec, _ values: [SyncValue]) throws {
        let hash = TableSpec.hash(table: spec.table, values: values)
        let sql =
            RowCodec.streetRowUpsert[spec.table]
            ?? RowCodec.upsertSQL(spec, conflictColumns: ["id"], extraColumns: ["rh1", "rh2"])
        let statement = try db.cachedStatement(sql: sql)
        try statement.execute(arguments: StatementArguments(RowCodec.arguments(values) + [hash.h1, hash.h2]))
    }

    private func delete(_ table: SyncTable, id: String) throws -> Bool {
        try db.cachedStatement(sql: "DELETE FROM \(table.sqlName) WHERE id = ?").execute(arguments: [id])
        return db.changesCount > 0
    }

    /// Inserts an expenditure (its `office` is set to this office). Use `StreetWriter.newID()` for a new id.
    public func insert(_ expenditure: Expenditure) throws {
        var row = expenditure
        row.office = office
        let values = row.syncValues
        let hash = TableSpec.hash(table: .expenditures, values: values)
        let statement = try db.cachedStatement(
            sql:
                "INSERT INTO expenditures (\(TableSpec.expenditures.columnList), rh1, rh2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        try statement.execute(arguments: StatementArguments(RowCodec.arguments(values) + [hash.h1, hash.h2]))
    }

    /// Replaces an existing expenditure.
    /// - Throws: `StorageError.notFound` when there is no expenditure with that id.
    public func update(_ expenditure: Expenditure) throws {
        guard
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM expenditures WHERE id = ?)",
                arguments: [expenditure.id]
            ) == true
        else { throw StorageError.notFound("no expenditure with id \(expenditure.id)") }
        var row = expenditure
        row.office = office
        try upsert(.expenditures, row.syncValues)
    }

    /// Deletes an expenditure, leaving a tombstone for the next sync.
    /// - Throws: `StorageError.notFound` when there is no expenditure with that id.
    public func deleteExpenditure(id: String) throws {
        guard try delete(.expenditures, id: id) else { throw StorageError.notFound("no expenditure with id \(id)") }
    }

    /// Sets the value of an indicator for a period (and label): an upsert that keeps the row's id.
    /// - Returns: the row's id.
    @discardableResult
    public func set(_ value: IndicatorValue) throws -> String {
        var row = value
        row.office = office
        if let existing = try String.fetchOne(
            db,
            sql: "SELECT id FROM indicator_values WHERE indicator = ? AND period = ? AND label = ?",
            arguments: [value.indicator, value.period.description, value.label]
        ) {
            row.id = existing
        } else if row.id.isEmpty {
            row.id = Self.newID()
        }
        try upsert(.indicatorValues, row.syncValues)
        return row.id
    }

    /// Deletes the value of an indicator for a period and label.
    /// - Returns: whether there was one.
    @discardableResult
    public func deleteValue(indicator: String, period: Period, label: String = "") throws -> Bool {
        guard
            let id = try String.fetchOne(
                db,
                sql: "SELECT id FROM indicator_values WHERE indicator = ? AND period = ? AND label = ?",
                arguments: [indicator, period.description, label]
            )
        else { return false }
        return try delete(.indicatorValues, id: id)
    }

    /// Sets a project's narrative for a section (replacing its text, keeping its id).
    /// - Returns: the row's id.
    @discardableResult
    public func setNarrative(project: String, section: Narrative.Section, text: String) throws -> String {
        let id =
            try String.fetchOne(
                db,
                sql: "SELECT id FROM narratives WHERE project = ? AND section = ?",
                arguments: [project, section.rawValue]
            ) ?? Self.newID()
        try upsert(
            .narratives,
            Narrative(id: id, office: office, project: project, section: section, text: text).syncValues
        )
        return id
    }

    /// Deletes a project's narrative for a section.
    /// - Returns: whether there was one.
    @discardableResult
    public func deleteNarrative(project: String, section: Narrative.Section) throws -> Bool {
        guard
            let id = try String.fetchOne(
                db,
                sql: "SELECT id FROM narratives WHERE project = ? AND section = ?",
                arguments: [project, section.rawValue]
            )
        else { return false }
        return try delete(.narratives, id: id)
    }
}
