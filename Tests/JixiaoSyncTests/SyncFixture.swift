import Foundation
import JixiaoDistrict
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import JixiaoStreet
import Logging
import NIOCore
import NIOPosix

/// A district database, a running server on 127.0.0.1 with an OS-assigned port, and office databases, all in a
/// temporary directory.
///
/// Only `with(offices:configuration:_:)` makes one, so the server is stopped and the folder removed however the test
/// ends (a failing `try` included).
final class SyncFixture: @unchecked Sendable {
    let directory: URL
    let district: DistrictDatabase
    let server: SyncServer
    let port: Int
    private let runTask: Task<Void, any Error>
    private(set) var secrets: [String: OfficeSecret] = [:]
    static let logger: Logger = {
        var logger = Logger(label: "sync-tests")
        logger.logLevel = .critical
        return logger
    }()

    /// Runs `body` with a new fixture and tears it down afterwards, also when `body` or the set-up throws.
    static func with<T>(
        offices: [String],
        // Every test client connects from 127.0.0.1: the per-address cap must not count them as one hostile host.
        configuration: SyncServerConfiguration = .init(port: 0, maximumConnectionsPerPeer: 1_000),
        _ body: (SyncFixture) async throws -> T
    ) async throws -> T {
        let fixture = try await SyncFixture(configuration: configuration)
        do {
            for office in offices { try fixture.addOffice(office) }
            let result = try await body(fixture)
            await fixture.tearDown()
            return result
        } catch {
            await fixture.tearDown()
            throw error
        }
    }

    private init(configuration: SyncServerConfiguration) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jixiao-sync-\(UUID().uuidString)"
        )
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var started = false
        defer { if !started { try? FileManager.default.removeItem(at: directory) } }
        district = try DistrictDatabase.create(at: directory.appendingPathComponent("district.db").path, name: "开福区")
        try district.writeReference { writer in
            try writer.upsert(Project(code: "JD2021", year: 2021, name: "禁毒宣传", department: "禁毒办"))
            try writer.upsert(
                Fund(
                    project: "JD2021",
                    year: 2021,
                    code: "F1",
                    name: "本级财政拨款",
                    initialBudget: Money(fen: 100_000_00),
                    adjustedBudget: Money(fen: 120_000_00)
                )
            )
            try writer.upsert(JixiaoModels.Category(project: "JD2021", year: 2021, code: "C1", name: "宣传"))
            // The indicators `record` reports values of: the district refuses values of indicators it has not planned.
            for index in 0..<20 {
                try writer.upsert(
                    Indicator(
                        code: "I\(index)",
                        project: "JD2021",
                        year: 2021,
                        name: "指标\(index)",
                        level1: "产出指标",
                        level2: "数量指标",
                        unit: "次",
                        target: "≥1",
                        direction: .higher,
                        weight: 1,
                        aggregation: .sum,
                        reporters: [],
                        frequency: .month
                    )
                )
            }
        }
        var configuration = configuration
        configuration.port = 0
        configuration.host = "127.0.0.1"
        server = try SyncServer(database: district, configuration: configuration, logger: Self.logger)
        port = try await server.start()
        started = true
        let server = self.server
        runTask = Task { try await server.run() }
    }

    func addOffice(_ code: String) throws {
        let secret = OfficeSecret.random()
        try district.addOffice(Office(code: code, name: "\(code)街道", kind: .street), secret: secret)
        secrets[code] = secret
    }

    var address: ServerAddress { ServerAddress(host: "127.0.0.1", port: port) }

    /// A new office database set up as `street init` would.
    func street(
        _ office: String,
        secret: OfficeSecret? = nil,
        port: Int? = nil,
        pin: CertificateFingerprint? = nil
    ) throws -> StreetDatabase {
        let settings = StreetSettings(
            office: office,
            server: ServerAddress(host: "127.0.0.1", port: port ?? self.port),
            secret: secret ?? secrets[office] ?? OfficeSecret.random(),
            pin: pin
        )
        return try StreetDatabase.create(
            at: directory.appendingPathComponent("\(office)-\(UUID().uuidString).db").path,
            settings: settings
        )
    }

    /// A client for `database`, over TLS unless the fixture's server is plaintext (frame-aware proxies need that).
    func client(
        _ database: StreetDatabase,
        attempts: Int = 3,
        port: Int? = nil,
        responseTimeout: TimeAmount = .seconds(20),
        pinning: Bool = true
    ) -> SyncClient {
        SyncClient(
            database: database,
            configuration: .init(
                attempts: attempts,
                initialBackoff: .milliseconds(20),
                maximumBackoff: .milliseconds(100),
                connectTimeout: .seconds(2),
                responseTimeout: responseTimeout,
                plaintext: server.configuration.plaintext,
                pinning: pinning
            ),
            server: ServerAddress(host: "127.0.0.1", port: port ?? self.port),
            logger: Self.logger
        )
    }

    /// Stops the in-process server (a test that runs the `district` binary instead).
    func tearDownServerOnly() async {
        server.shutdown()
        _ = try? await runTask.value
    }

    /// Stops the server and removes the directory.
    private func tearDown() async {
        server.shutdown()
        _ = try? await runTask.value
        try? FileManager.default.removeItem(at: directory)
    }

    /// Adds `expenditures` expenditures and `values` indicator values in one transaction, on the thread pool so
    /// that a large batch does not block the cooperative threads the servers and clients of other tests need.
    static func record(_ database: StreetDatabase, expenditures: Int, values: Int = 0, tag: String = "") async throws {
        try await NIOThreadPool.singleton.runIfActive {
            try recordNow(database, expenditures: expenditures, values: values, tag: tag)
        }
    }

    static func recordNow(_ database: StreetDatabase, expenditures: Int, values: Int, tag: String) throws {
        try database.write { writer in
            for i in 0..<expenditures {
                try writer.insert(
                    Expenditure(
                        id: StreetWriter.newID(),
                        office: writer.office,
                        project: "JD2021",
                        category: "C1",
                        fund: "F1",
                        amount: Money(fen: Int64(1_000 + i)),
                        date: String(format: "2021-%02d-15", i % 12 + 1),
                        voucher: "V\(tag)\(i)",
                        payee: "某某公司",
                        note: "第\(i)笔"
                    )
                )
            }
            for i in 0..<values {
                try writer.set(
                    IndicatorValue(
                        id: StreetWriter.newID(),
                        office: writer.office,
                        indicator: "I\(i % 20)",
                        period: .month(2021, i % 12 + 1),
                        value: .number(Double(i)),
                        label: "L\(tag)\(i)"
                    )
                )
            }
        }
    }

    /// Asserts-friendly convergence facts for an office.
    func converged(_ database: StreetDatabase, office: String) throws -> Bool {
        let local = try database.recomputedDigest()
        let remote = try district.recomputedDigest(office: office)
        let stored = try district.digest(office: office)
        let pending = try database.pendingCount()
        return local == remote && stored == remote && pending == 0
    }
}
