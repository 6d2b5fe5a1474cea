import Foundation
import JixiaoModels
import JixiaoStorage
import Testing

@testable import JixiaoReports

/// A district database in a temporary directory holding the clean-air fixture, entered the way syncs enter it.
struct TemporaryDistrict {
    let directory: String
    let path: String
    let database: DistrictDatabase

    init() throws {
        directory = NSTemporaryDirectory() + "jixiao-reports-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/district.db"
        database = try DistrictDatabase.create(at: path, name: "开福区")
        let input = Fixtures.cleanAir()
        for status in input.offices { try database.addOffice(status.office, secret: .random()) }
        try database.writeReference { writer in
            try writer.upsert(input.project)
            for fund in input.funds { try writer.upsert(fund) }
            for category in input.categories { try writer.upsert(category) }
            for indicator in input.indicators { try writer.upsert(indicator) }
        }
        for status in input.offices where status.lastSyncAt != nil {
            let office = status.office.code
            var changes: [SyncChange] = []
            // Each total is split into two expenditures, so that the loader must add them up.
            for (index, total) in input.spending.enumerated() where total.office == office {
                let half = Money(fen: total.amount.fen / 2)
                for (part, amount) in [half, total.amount - half].enumerated() {
                    let expenditure = Expenditure(
                        id: "e\(index)-\(part)",
                        office: office,
                        project: "LT2021",
                        category: total.category,
                        fund: total.fund,
                        amount: amount,
                        date: "2021-06-\(10 + part)",
                        voucher: "V\(index)"
                    )
                    changes.append(
                        SyncChange(
                            table: .expenditures,
                            operation: .upsert,
                            key: expenditure.id,
                            office: office,
                            values: expenditure.syncValues
                        )
                    )
                }
            }
            for value in input.values where value.office == office {
                changes.append(
                    SyncChange(
                        table: .indicatorValues,
                        operation: .upsert,
                        key: value.id,
                        office: office,
                        values: value.syncValues
                    )
                )
            }
            for narrative in input.narratives where narrative.office == office {
                changes.append(
                    SyncChange(
                        table: .narratives,
                        operation: .upsert,
                        key: narrative.id,
                        office: office,
                        values: narrative.syncValues
                    )
                )
            }
            _ = try database.applyPush(
                office: office,
                epoch: "epoch-\(office)",
                fromSequence: 0,
                toSequence: Int64(changes.count),
                changes: changes,
                fullSnapshot: true
            )
            try database.record(
                DistrictSessionRecord(
                    office: office,
                    startedAt: "2022-01-09T03:00:00Z",
                    finishedAt: "2022-01-09T03:00:05Z",
                    result: "ok",
                    ok: true
                ),
                agreedDigest: nil,
                referenceCursor: nil
            )
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}

@Suite("Loading a report from the district database")
struct DatabaseLoaderTests {
    @Test func loadsTheSameFiguresAsTheFixture() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let input = try ReportInput.load(
            from: district.database,
            project: "LT2021",
            year: 2021,
            now: Fixtures.generatedAt
        )
        #expect(input.project.name == "2021年度蓝天办重点项目")
        #expect(input.expectedOffices == ["lantianban", "wangluyuan", "wujialing"])
        #expect(input.funds.map(\.code) == ["BJ", "SJ"])
        #expect(input.indicators.map(\.code) == Fixtures.indicators.map(\.code))
        #expect(input.spending.count == Fixtures.spending.count)
        #expect(input.spending.map(\.count).allSatisfy { $0 == 2 })
        #expect(input.values.count == Fixtures.values.count)
        #expect(input.narratives.count == 3)
        let status = try #require(input.offices.first { $0.office.code == "wangluyuan" })
        #expect(status.lastSyncResult == "ok")
        #expect(status.lastSyncSucceeded == true)
        #expect(status.lastSyncAt == Date(timeIntervalSince1970: 1_641_697_205))
        #expect(input.offices.first { $0.office.code == "sifangping" }?.lastSyncAt == nil)

        let report = ProjectReport(input: input)
        let expected = ProjectReport(input: Fixtures.cleanAir())
        #expect(report.budget.spent == expected.budget.spent)
        #expect(report.budget.funds == expected.budget.funds)
        #expect(report.budget.categories.map(\.spent) == expected.budget.categories.map(\.spent))
        #expect(report.indicators.map(\.actual) == expected.indicators.map(\.actual))
        #expect(report.score.total == 94.76)
        #expect(MarkdownRenderer.render(report).contains("76.70148万元"))
    }

    @Test func unknownProjectSaysWhatToDo() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        #expect(throws: ReportError.unknownProject("XX2021", year: 2021, known: ["LT2021"])) {
            try ReportInput.load(from: district.database, project: "XX2021", year: 2021)
        }
        // Another year's project: the message names the years that have it.
        #expect(throws: ReportError.unknownProject("LT2021", year: 2020, otherYears: [2021])) {
            try ReportInput.load(from: district.database, project: "LT2021", year: 2020)
        }
        #expect(
            ReportError.unknownProject("LT2021", year: 2020, otherYears: [2021]).description
                == "project \"LT2021\" is not in the plan of 2020; it is in the plan of 2021"
        )
        // Without a year: the only year that has the project.
        #expect(try ReportInput.load(from: district.database, project: "LT2021", year: nil).project.year == 2021)
        #expect(throws: ReportError.unknownProject("XX2021", year: nil)) {
            try ReportInput.load(from: district.database, project: "XX2021", year: nil)
        }
        #expect(try ReportInput.projectCodes(in: district.database, year: 2021) == ["LT2021"])
        #expect(try ReportInput.projectCodes(in: district.database, year: 2022).isEmpty)
    }

    @Test func projectWithoutOfficeListExpectsEveryEnabledOffice() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        var project = Fixtures.project
        project.offices = []
        _ = try district.database.writeReference { try $0.upsert(project) }
        try district.database.setEnabled(false, office: "sifangping")
        let input = try ReportInput.load(from: district.database, project: "LT2021", year: 2021)
        #expect(input.expectedOffices == ["lantianban", "wangluyuan", "wujialing"])
    }
}
