import Foundation
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage
import JixiaoTestSupport
import Testing

@testable import JixiaoReports

/// A stored row that cannot be decoded stops the report and the status with an error naming it: it is never
/// left out of the figures without a word.
@Suite("Unreadable stored rows")
struct UnreadableRowTests {
    @Test("an indicator value with an invalid period fails the report input and the status, naming the row")
    func invalidPeriod() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let before = try ReportInput.load(from: district.database, project: "LT2021", year: 2021)
        // Written behind Jixiao's back, as a hand edit or a damaged file would.
        try SQLiteShell.execute(
            """
            INSERT INTO indicator_values (office, id, indicator, period, label, num, text, note, rh1, rh2)
            VALUES ('wangluyuan', 'bad-period-1', 'LT01', '2021-13', '张三家', 5, NULL, '私人备注', 0, 0);
            """,
            on: district.path
        )
        let reportError = try #require(throws: StorageError.self) {
            try ReportInput.load(from: district.database, project: "LT2021", year: 2021)
        }
        let statusError = try #require(throws: StorageError.self) {
            try StatusService.completeness(year: 2021, period: nil, in: district.database)
        }
        for error in [reportError, statusError] {
            #expect(error.code == .invalidData)
            #expect(error.description.contains("indicator_values row \"bad-period-1\" of office wangluyuan"))
            #expect(error.description.contains("2021-13"))
            // The row's own values may be personal data: never in the message.
            #expect(!error.description.contains("张三家") && !error.description.contains("私人备注"))
        }
        // The other queries refuse too, rather than return a shorter list.
        #expect(throws: StorageError.self) { try district.database.values(project: "LT2021") }
        // Removing the row brings the same input back.
        try SQLiteShell.execute("DELETE FROM indicator_values WHERE id = 'bad-period-1';", on: district.path)
        let after = try ReportInput.load(from: district.database, project: "LT2021", year: 2021)
        #expect(after.values == before.values)
    }

    @Test(
        "an unknown stored direction, aggregate, frequency or aggregate/formula combination fails the load, naming the indicator",
        arguments: [
            ("direction = 'sideways'", "direction \"sideways\""),
            ("aggregate = 'median'", "aggregate \"median\""),
            ("frequency = 'week'", "frequency \"week\""),
            ("aggregate = 'formula', formula = ''", "needs a formula"),
            ("reporters = 'lantianban'", "reporters is not a JSON list"),
        ]
    )
    func unknownIndicatorEnumeration(assignment: String, named: String) throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        try SQLiteShell.execute("UPDATE indicators SET \(assignment) WHERE code = 'LT02';", on: district.path)
        let reportError = try #require(throws: StorageError.self) {
            try ReportInput.load(from: district.database, project: "LT2021", year: 2021)
        }
        let statusError = try #require(throws: StorageError.self) {
            try StatusService.completeness(year: 2021, period: nil, in: district.database)
        }
        for error in [reportError, statusError] {
            #expect(error.code == .invalidData)
            #expect(error.description.contains("indicators row \"LT02\""), "\(error)")
            #expect(error.description.contains(named), "\(error)")
        }
    }

    @Test("a narrative with an unknown section fails the report input and the status, naming the row")
    func unknownSection() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        try SQLiteShell.execute(
            """
            INSERT INTO narratives (office, id, project, section, text, year, rh1, rh2)
            VALUES ('wujialing', 'bad-section-1', 'LT2021', 'gossip', '某某说', 2021, 0, 0);
            """,
            on: district.path
        )
        #expect {
            try ReportInput.load(from: district.database, project: "LT2021", year: 2021)
        } throws: { error in
            "\(error)".contains("narratives row \"bad-section-1\" of office wujialing") && !"\(error)".contains("某某说")
        }
        #expect {
            try StatusService.completeness(year: 2021, period: nil, in: district.database)
        } throws: { error in
            "\(error)".contains("narratives row \"bad-section-1\" of office wujialing")
        }
    }
}
