import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoTestSupport
import Testing

/// Runs the built `district` binary against a database in a fresh temporary folder.
struct DistrictCLI {
    /// What a run printed and returned.
    typealias Result = BuiltBinary.Result

    let folder: URL
    var databasePath: String { folder.appendingPathComponent("district.db").path }

    /// A new temporary folder; `init` creates the database unless `initialize` is false.
    init(initialize: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-district-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if initialize {
            let result = try run("init", "--name", "开福区")
            guard result.status == 0 else { throw CLIError(message: "init failed: \(result.stderr)") }
        }
    }

    /// The built binary: `.build/debug/district` of this package.
    static let binary: URL = BuiltBinary("district").url

    /// Runs `district ARGS…` with `JIXIAO_DISTRICT_DB` pointing at this folder's database.
    @discardableResult
    func run(_ arguments: String...) throws -> Result { try run(arguments) }

    /// Runs `district ARGS…` with `JIXIAO_DISTRICT_DB` pointing at this folder's database, in 北京时间
    /// (`TZ=Asia/Shanghai`, so local times differ from UTC).
    @discardableResult
    func run(_ arguments: [String]) throws -> Result { try run(arguments, environment: [:]) }

    /// Runs `district ARGS…` as `run(_:)` does, with `environment`'s changes on top (e.g. `LANG`, `COLUMNS`).
    func run(_ arguments: [String], environment: [String: String?]) throws -> Result {
        var merged: [String: String?] = [
            "JIXIAO_DISTRICT_DB": databasePath, "JIXIAO_LOG_LEVEL": nil, "TZ": "Asia/Shanghai",
        ]
        merged.merge(environment) { _, new in new }
        return try BuiltBinary("district").run(arguments, environment: merged, in: folder)
    }

    /// Writes `text` to a file in the folder and returns its path.
    func file(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// Opens the database through the storage API (for seeding and checking).
    func database() throws -> DistrictDatabase { try DistrictDatabase.open(at: databasePath) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

struct CLIError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Seeds office rows the way a sync would: an enrolled office, a push, a recorded session.
enum Seed {
    static func office(_ db: DistrictDatabase, _ code: String, _ name: String) throws -> OfficeSecret {
        let secret = OfficeSecret.random()
        try db.addOffice(Office(code: code, name: name, kind: .street), secret: secret)
        return secret
    }

    static func expenditure(
        _ office: String,
        _ project: String,
        _ category: String,
        _ fund: String,
        _ yuan: String,
        _ date: String,
        id: String = UUID().uuidString.lowercased()
    ) throws -> SyncChange {
        let row = Expenditure(
            id: id,
            office: office,
            project: project,
            category: category,
            fund: fund,
            amount: try Money(parsing: yuan),
            date: date,
            voucher: "V-\(id.prefix(4))",
            payee: "收款方",
            note: ""
        )
        return SyncChange(table: .expenditures, operation: .upsert, key: row.id, office: office, values: row.syncValues)
    }

    static func value(
        _ office: String,
        _ indicator: String,
        _ period: String,
        _ number: Double,
        label: String = ""
    )
        throws -> SyncChange
    {
        let row = IndicatorValue(
            id: UUID().uuidString.lowercased(),
            office: office,
            indicator: indicator,
            period: try Period(parsing: period),
            value: .number(number),
            label: label
        )
        return SyncChange(
            table: .indicatorValues,
            operation: .upsert,
            key: row.id,
            office: office,
            values: row.syncValues
        )
    }

    static func narrative(_ office: String, _ project: String, _ section: Narrative.Section) -> SyncChange {
        let row = Narrative(
            id: UUID().uuidString.lowercased(),
            office: office,
            project: project,
            year: 2021,
            section: section,
            text: "文字"
        )
        return SyncChange(table: .narratives, operation: .upsert, key: row.id, office: office, values: row.syncValues)
    }

    /// Pushes `changes` as one full snapshot and records a successful session that agreed on the digest.
    static func sync(_ db: DistrictDatabase, _ office: String, _ changes: [SyncChange], at time: String) throws {
        _ = try db.applyPush(
            office: office,
            epoch: "epoch-\(office)",
            fromSequence: 0,
            toSequence: Int64(changes.count),
            changes: changes,
            fullSnapshot: true
        )
        try db.record(
            DistrictSessionRecord(office: office, startedAt: time, finishedAt: time, result: "ok", ok: true),
            agreedDigest: try db.digest(office: office),
            referenceCursor: try db.referenceRevision()
        )
    }
}
