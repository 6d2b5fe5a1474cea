import Foundation
import GRDB
import JixiaoModels
import JixiaoStorage
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
        try district.database.write { db in
            let statement = try db.makeStatement(
                sql: """
                    INSERT INTO expenditures (office, id, project, category, fund, amount, date, voucher, payee, note,
                                              rh1, rh2)
                    VALUES (?, ?, 'LT2021', ?, ?, ?, '2021-07-01', '', '', '', 0, 0)
                    """
            )
            for index in 0..<rows {
                try statement.execute(arguments: [
                    offices[index % 3], "bulk-\(index)", categories[index % 4], funds[index % 2], 1 + index % 1000,
                ])
            }
        }
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
