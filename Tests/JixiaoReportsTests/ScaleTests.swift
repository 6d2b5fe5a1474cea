import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoTestSupport
import Testing

@testable import JixiaoReports

/// The report reads SQL totals, not rows: a large district loads quickly and adds up exactly.
@Suite("Many expenditures")
struct ScaleTests {
    @Test(.timeLimit(.minutes(2)))
    func twoHundredThousandExpenditures() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let rows = 200_000
        let offices = ["lantianban", "wangluyuan", "wujialing"]
        let funds = ["BJ", "SJ"]
        let categories = ["PX", "XC", "DC", "JF"]
        // Loaded with one INSERT … SELECT in the sqlite3 shell: the test target links no SQLite of its own.
        try SQLiteShell.execute(
            """
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < \(rows - 1))
            INSERT INTO expenditures (office, id, project, category, fund, amount, date, voucher, payee, note, rh1, rh2)
            SELECT CASE i % 3 WHEN 0 THEN '\(offices[0])' WHEN 1 THEN '\(offices[1])' ELSE '\(offices[2])' END,
                   'bulk-' || i, 'LT2021',
                   CASE i % 4 WHEN 0 THEN '\(categories[0])' WHEN 1 THEN '\(categories[1])'
                              WHEN 2 THEN '\(categories[2])' ELSE '\(categories[3])' END,
                   CASE i % 2 WHEN 0 THEN '\(funds[0])' ELSE '\(funds[1])' END,
                   1 + i % 1000, '2021-07-01', '', '', '', 0, 0
            FROM n;
            """,
            on: district.path
        )
        // Correctness at scale only; the speed is measured against plain SQL in scripts/bench.sh.
        let input = try ReportInput.load(from: district.database, project: "LT2021", year: 2021)
        // 3 offices × 2 funds × 4 categories from the bulk rows (the fixture's own totals fall in the same groups).
        #expect(input.spending.count <= 24)
        let bulkFen = (0..<rows).reduce(Int64(0)) { $0 + Int64(1 + $1 % 1000) }
        let fixtureFen = Fixtures.spending.reduce(Int64(0)) { $0 + $1.amount.fen }
        let report = ProjectReport(input: input)
        #expect(report.budget.spent.fen == bulkFen + fixtureFen)
        #expect(input.spending.map(\.count).reduce(0, +) == rows + 2 * Fixtures.spending.count)
    }
}
