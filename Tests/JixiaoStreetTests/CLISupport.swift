import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoStreet
import JixiaoTestSupport
import Testing

/// Runs the built `street` binary in a temporary folder with its own database, and captures what it prints.
final class StreetCLI {
    /// The temporary folder; removed with the object.
    let folder: URL
    private let temporary = TemporaryFolder(prefix: "street-cli")
    /// The office database the commands use (through `$JIXIAO_STREET_DB`).
    let databasePath: String

    /// What one run printed and how it exited.
    typealias Result = BuiltBinary.Result

    /// A folder with no database yet.
    init() throws {
        folder = temporary.url
        databasePath = folder.appendingPathComponent("street.db").path
    }

    /// A database for office `wangluyuan` holding the fixture reference data, as if synced once.
    static func seeded(reference: ReferenceData = Fixtures.reference) throws -> StreetCLI {
        let cli = try StreetCLI()
        let database = try StreetDatabase.create(at: cli.databasePath, settings: Self.settings)
        try database.applyReference(Self.changes(reference), cursor: 1)
        return cli
    }

    static let settings = StreetSettings(
        office: "wangluyuan",
        server: ServerAddress(host: "127.0.0.1", port: 7420),
        secret: try! OfficeSecret(hex: String(repeating: "ab", count: 32))
    )

    /// The reference rows as the district would send them.
    static func changes(_ reference: ReferenceData) -> [SyncChange] {
        func upsert(_ table: SyncTable, _ key: String, _ values: [SyncValue]) -> SyncChange {
            SyncChange(table: table, operation: .upsert, key: key, office: "", values: values)
        }
        return reference.projects.map { upsert(.projects, $0.code, $0.syncValues) }
            + reference.funds.map { upsert(.funds, "\($0.project)/\($0.code)", $0.syncValues) }
            + reference.categories.map { upsert(.categories, "\($0.project)/\($0.code)", $0.syncValues) }
            + reference.indicators.map { upsert(.indicators, $0.code, $0.syncValues) }
    }

    /// The database, opened from the test (to check what the commands stored).
    /// The warning line of an expenses import with `count` of `total` new rows without voucher numbers.
    static func noVoucherWarning(_ count: Int, of total: Int) -> String {
        "warning: \(count) of \(total) expenditures \(count == 1 ? "has" : "have") no voucher number: importing "
            + "\(count == 1 ? "it" : "them") again (this file or the same rows in another) would count "
            + "\(count == 1 ? "it" : "them") twice\n"
    }

    func database() throws -> StreetDatabase { try StreetDatabase.open(at: databasePath) }

    /// Writes a file in the folder and returns its path.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes UTF-8 text to a file in the folder and returns its path.
    func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    /// Runs `street ARGUMENTS` with `$JIXIAO_STREET_DB` set to this folder's database.
    func run(_ arguments: String...) throws -> Result { try run(arguments) }

    /// Runs `street ARGUMENTS` with `$JIXIAO_STREET_DB` set to this folder's database, in 北京时间
    /// (`TZ=Asia/Shanghai`, so local times differ from UTC).
    func run(_ arguments: [String]) throws -> Result { try run(arguments, environment: [:]) }

    /// Runs `street ARGUMENTS` as `run(_:)` does, with `environment`'s changes on top (e.g. `LANG`).
    func run(_ arguments: [String], environment: [String: String?]) throws -> Result {
        var merged: [String: String?] = [
            "JIXIAO_STREET_DB": databasePath, "COLUMNS": "100", "JIXIAO_LOG_LEVEL": nil, "TZ": "Asia/Shanghai",
        ]
        merged.merge(environment) { _, new in new }
        return try BuiltBinary("street").run(arguments, environment: merged, in: folder)
    }

    struct CLIError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
