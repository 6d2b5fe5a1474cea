import Foundation
import JixiaoModels
import JixiaoStorage

extension ReportInput {
    /// Reads one project's report input from the district database in one read transaction
    /// (`DistrictDatabase.reportRecords(project:year:)`), so that every figure comes from the same snapshot even
    /// while `district serve` applies syncs.
    /// - Parameters:
    ///   - database: the district database.
    ///   - project: the project code.
    ///   - year: the project's year (codes are unique within a year); `nil`: the only year that has the project.
    ///   - now: the generation time printed as 数据截至.
    /// - Throws: `ReportError.unknownProject` when no live project has that code and year;
    ///   `ReportError.ambiguousYear` when `year` is `nil` and several years have the code; `StorageError` when the
    ///   database cannot be read or holds a row it cannot decode (the message names the row).
    public static func load(
        from database: DistrictDatabase,
        project code: String,
        year: Int?,
        now: Date = Date()
    ) throws -> ReportInput {
        let years = try database.projectYears(code: code)
        guard let year = year ?? (years.count == 1 ? years[0] : nil) else {
            if years.isEmpty { throw ReportError.unknownProject(code, year: nil) }
            throw ReportError.ambiguousYear(code, years: years)
        }
        guard let records = try database.reportRecords(project: code, year: year) else {
            throw ReportError.unknownProject(
                code,
                year: year,
                known: try database.projectCodes(year: year),
                otherYears: years
            )
        }
        var input = ReportInput(records: records, generatedAt: now)
        input.reviews = Dictionary(records.reviews.map { ($0.office, $0) }, uniquingKeysWith: { first, _ in first })
        // The year before, for 与上年比较 (a read of its own: that year's rows rarely change any more).
        if let previous = try database.reportRecords(project: code, year: year - 1) {
            input.previousYear = ReportInput(records: previous, generatedAt: now)
        }
        return input
    }

    /// The codes of the year's live projects, in code order.
    public static func projectCodes(in database: DistrictDatabase, year: Int) throws -> [String] {
        try database.projectCodes(year: year)
    }

    /// The input computed from what the database holds.
    init(records: ReportRecords, generatedAt: Date) {
        let offices = records.offices.map(OfficeSyncStatus.init(line:))
        self.init(
            project: records.project,
            funds: records.funds,
            categories: records.categories,
            indicators: records.indicators,
            expectedOffices: Self.expectedOffices(of: records.project, among: offices),
            offices: offices,
            spending: records.spending.map(SpendingTotal.init(group:)),
            values: records.values,
            narratives: records.narratives,
            generatedAt: generatedAt
        )
    }

    /// The project's list of offices, or every enabled office when the plan names none.
    static func expectedOffices(of project: Project, among offices: [OfficeSyncStatus]) -> [String] {
        project.offices.isEmpty ? offices.filter(\.office.enabled).map(\.office.code) : project.offices
    }

    /// Parses the ISO 8601 times the storage layer writes (with or without fractional seconds).
    static func parseTime(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}

extension OfficeSyncStatus {
    /// The status of an office as the database records it.
    init(line: ReportRecords.OfficeLine) {
        self.init(
            office: line.office,
            lastSyncAt: line.lastSyncAt.flatMap(ReportInput.parseTime),
            lastSyncResult: line.lastResult,
            lastSyncSucceeded: line.lastSessionOK
        )
    }
}

extension SpendingTotal {
    /// A total as SQL summed it.
    init(group: ReportRecords.SpendingGroup) {
        self.init(
            office: group.office,
            fund: group.fund,
            category: group.category,
            amount: group.amount,
            count: group.count
        )
    }
}
