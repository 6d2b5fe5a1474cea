import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

/// `district office devices|revoke-device` and `district conflicts` through the built binary.
@Suite struct DeviceCommandTests {
    static let first = "11111111-1111-4111-8111-111111111111"
    static let second = "22222222-2222-4222-8222-222222222222"

    /// An office with two devices that changed the same expenditure concurrently: the second's later version won.
    static func seeded() throws -> DistrictCLI {
        let cli = try DistrictCLI()
        try cli.run("plan", "import", try cli.file("plan.json", Data(PlanFixtures.valid.utf8)))
        let database = try cli.database()
        _ = try Seed.office(database, "jinduban", "区禁毒办")
        var row = try Seed.expenditure("jinduban", "JD2021", "XC", "BJ", "1000", "2021-04-10", id: "e1")
        row.version = RowVersion(clock: 1_000, device: first)
        func push(_ device: String, _ change: SyncChange) throws {
            _ = try database.applyPush(office: "jinduban", device: device, toSequence: 1) { try $0(change) }
            var session = DistrictSessionRecord(
                office: "jinduban",
                startedAt: "2021-07-01T09:00:00Z",
                finishedAt: "2021-07-01T09:00:01Z",
                result: "ok",
                ok: true
            )
            session.device = device
            try database.record(session, agreedDigest: nil, referenceCursor: nil)
        }
        try push(first, row)
        var mine = try Seed.expenditure("jinduban", "JD2021", "XC", "BJ", "1200", "2021-04-10", id: "e1")
        (mine.version, mine.base) = (RowVersion(clock: 2_000, device: first), row.version)
        try push(first, mine)
        var theirs = try Seed.expenditure("jinduban", "JD2021", "XC", "BJ", "1300", "2021-04-10", id: "e1")
        (theirs.version, theirs.base) = (RowVersion(clock: 3_000, device: second), row.version)
        try push(second, theirs)
        return cli
    }

    @Test func devicesAreListedWithTheirSyncsAndState() throws {
        let cli = try Self.seeded()
        defer { cli.remove() }
        let result = try cli.run("office", "devices", "jinduban", "--utc")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("device"))
        #expect(lines[1].hasPrefix(Self.first) && lines[1].contains("2021-07-01 09:00 +00:00"))
        #expect(lines[1].hasSuffix("active"))
        #expect(lines[2].hasPrefix(Self.second))
        let unknown = try cli.run("office", "devices", "nobody")
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("no office with code nobody is enrolled"))
    }

    @Test func aRevokedDeviceIsListedAsRevoked() throws {
        let cli = try Self.seeded()
        defer { cli.remove() }
        let revoked = try cli.run("office", "revoke-device", "jinduban", Self.second)
        #expect(revoked.status == 0)
        #expect(revoked.stderr == "device \(Self.second) of office jinduban is revoked: its next sync is refused\n")
        #expect(try cli.run("office", "devices", "jinduban").stdout.contains("revoked"))
        #expect(
            try cli.database().authenticationRecord(office: "jinduban", device: Self.second)?.isDeviceRevoked == true
        )
        let unknown = try cli.run("office", "revoke-device", "jinduban", "33333333-3333-4333-8333-333333333333")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("its devices are \(Self.first), \(Self.second)"))
    }

    @Test func conflictsListTheKeptAndTheLostVersion() throws {
        let cli = try Self.seeded()
        defer { cli.remove() }
        let result = try cli.run("conflicts", "--office", "jinduban", "--utc")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains("expenditures/e1"))
        #expect(lines[1].contains("edit 3000@\(Self.second)") && lines[1].contains("edit 2000@\(Self.first)"))
        #expect(lines[1].contains("amount=120000"))
        #expect(
            try cli.database().expenditures(project: nil, office: "jinduban", period: nil).first?.amount.fen == 130_000
        )
    }
}
