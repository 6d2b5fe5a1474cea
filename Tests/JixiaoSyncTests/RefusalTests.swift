import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage
import JixiaoStreet
import Testing

@Suite("Sync refusals: authentication and authorization; nothing written")
struct RefusalTests {
    static func syncError(_ body: () async throws -> SyncReport) async -> SyncError? {
        do {
            _ = try await body()
            return nil
        } catch let error as SyncError {
            return error
        } catch {
            return nil
        }
    }

    @Test("a wrong secret, an unknown office, a disabled office: refused with a clerk's message, nothing written")
    func authentication() async throws {
        try await SyncFixture.with(offices: ["wangluyuan", "yuelu"]) { fixture in
            let wrong = try fixture.street("wangluyuan", secret: OfficeSecret.random())
            try await SyncFixture.record(wrong, expenditures: 5)
            let wrongError = await Self.syncError { try await fixture.client(wrong).sync() }
            #expect(wrongError?.description.hasPrefix("authentication failed, check the office secret") == true)
            let unknown = try fixture.street("nosuchoffice", secret: OfficeSecret.random())
            try await SyncFixture.record(unknown, expenditures: 5)
            let unknownError = await Self.syncError { try await fixture.client(unknown).sync() }
            #expect(unknownError?.description.hasPrefix("authentication failed, check the office secret") == true)
            try fixture.district.setEnabled(false, office: "yuelu")
            let disabled = try fixture.street("yuelu")
            try await SyncFixture.record(disabled, expenditures: 5)
            let disabledError = await Self.syncError { try await fixture.client(disabled).sync() }
            #expect(disabledError?.description.contains("disabled") == true)
            for office in ["wangluyuan", "yuelu"] {
                #expect(try fixture.district.rowCounts(office: office).expenditures == 0)
                #expect(try fixture.district.syncState(office: office).epoch == "")
            }
            #expect(try wrong.pendingCount() == 5 && disabled.pendingCount() == 5)
        }
    }

    @Test("repeated authentication failures of one office are slowed down")
    func slowedFailures() async throws {
        try await SyncFixture.with(
            offices: ["wangluyuan"],
            configuration: .init(
                port: 0,
                authenticationFailureDelay: .milliseconds(100),
                maximumAuthenticationFailureDelay: .milliseconds(400)
            )
        ) { fixture in
            var durations: [TimeInterval] = []
            for _ in 0..<4 {
                let started = Date()
                let error = try await RawSession.run(port: fixture.port) { session -> ErrorCode? in
                    do {
                        _ = try await session.authenticate(office: "wangluyuan", secret: OfficeSecret.random().bytes)
                        return nil
                    } catch let error as ProtocolError {
                        return error.code
                    }
                }
                #expect(error == .authFailed)
                durations.append(Date().timeIntervalSince(started))
            }
            #expect(durations[0] >= 0.09 && durations[1] >= 0.19 && durations[3] >= 0.39, "\(durations)")
        }
    }

    @Test("a push with another office's row, or touching reference data, is refused whole naming the row")
    func authorization() async throws {
        try await SyncFixture.with(offices: ["wangluyuan", "yuelu"]) { fixture in
            let secret = fixture.secrets["wangluyuan"]!.bytes
            let mine = (1...10).map { expenditureChange(office: "wangluyuan", amount: Int64($0)) }
            let theirs = expenditureChange(office: "yuelu", id: "stolen-row", amount: 99)
            let theirsUnderMyName = SyncChange(
                table: .expenditures,
                operation: .upsert,
                key: "disguised",
                office: "wangluyuan",
                values: expenditureChange(office: "yuelu", id: "disguised").values
            )
            let project = SyncChange(
                table: .projects,
                operation: .upsert,
                key: "JD2021",
                office: "wangluyuan",
                values: Project(code: "JD2021", year: 2021, name: "改名", department: "x").syncValues
            )
            let cases: [(SyncChange, String)] = [
                (theirs, "stolen-row"), (theirsUnderMyName, "disguised"), (project, "JD2021"),
            ]
            for (bad, name) in cases {
                let answer = try await RawSession.run(port: fixture.port) { session in
                    _ = try await session.authenticate(office: "wangluyuan", secret: secret)
                    return try await session.push(mine + [bad], from: 0, to: 11, snapshot: true)
                }
                guard case .error(let error) = answer else {
                    Issue.record("not refused: \(String(describing: answer))")
                    continue
                }
                #expect(error.code == .notAuthorized)
                #expect(error.message.contains(name), "\(error.message)")
            }
            #expect(try fixture.district.rowCounts(office: "wangluyuan").expenditures == 0)
            #expect(try fixture.district.rowCounts(office: "yuelu").expenditures == 0)
            #expect(try fixture.district.reference().projects.first?.name == "禁毒宣传")
        }
    }

    @Test("a second live session of the same device is refused as sessionBusy; another device of the office is served")
    func oneSessionPerDevice() async throws {
        try await SyncFixture.with(offices: ["wangluyuan"]) { fixture in
            let secret = fixture.secrets["wangluyuan"]!.bytes
            let port = fixture.port
            let device = UUID()
            let answers = try await RawSession.run(port: port) { first -> [ErrorCode?] in
                _ = try await first.authenticate(office: "wangluyuan", secret: secret, device: device)
                var codes: [ErrorCode?] = []
                for other in [device, UUID()] {
                    codes.append(
                        try await RawSession.run(port: port) { second -> ErrorCode? in
                            do {
                                _ = try await second.authenticate(office: "wangluyuan", secret: secret, device: other)
                                return nil
                            } catch let error as ProtocolError {
                                return error.code
                            }
                        }
                    )
                }
                return codes
            }
            #expect(answers == [.sessionBusy, nil])
            // Once the first session is gone, the office can sync again.
            let street = try fixture.street("wangluyuan")
            let report = try await fixture.client(street).sync()
            #expect(report.attempts >= 1)
        }
    }
}
