import JixiaoModels
import Testing

@testable import JixiaoDistrict

@Suite struct CompletenessTests {
    typealias C = Completeness

    @Test(arguments: [
        (Period.Kind.quarter, "2021", ["2021Q1", "2021Q2", "2021Q3", "2021Q4"]),
        (.quarter, "2021Q2", ["2021Q2"]),
        (.quarter, "2021-06", ["2021Q2"]),
        (.quarter, "2021-05", []),
        (.month, "2021Q2", ["2021-04", "2021-05", "2021-06"]),
        (.month, "2021-05", ["2021-05"]),
        (.year, "2021", ["2021"]),
        (.year, "2021Q3", []),
        (.year, "2021Q4", ["2021"]),
        (.year, "2021-12", ["2021"]),
        (.year, "2021-11", []),
    ])
    func expectedPeriods(frequency: Period.Kind, asked: String, expected: [String]) throws {
        let periods = C.expectedPeriods(frequency: frequency, asked: try Period(parsing: asked))
        #expect(periods.map(\.description) == expected)
    }

    /// Two projects: JD (offices jinduban, wangluyuan; JD01 quarterly by jinduban only, JD02 yearly by both),
    /// LT (every enabled office; LT01 monthly).
    static let projects = [
        Project(code: "JD2021", year: 2021, name: "禁毒", department: "禁毒办", offices: ["jinduban", "wangluyuan"]),
        Project(code: "LT2021", year: 2021, name: "蓝天", department: "蓝天办"),
        Project(code: "JD2020", year: 2020, name: "old", department: "禁毒办"),
    ]
    static func indicator(
        _ code: String,
        _ project: String,
        _ frequency: Period.Kind,
        _ reporters: [String] = []
    )
        -> Indicator
    {
        Indicator(
            code: code,
            project: project,
            year: 2021,
            name: code,
            level1: "产出指标",
            level2: "数量指标",
            unit: "起",
            target: "1",
            direction: .higher,
            weight: 45,
            aggregation: .sum,
            reporters: reporters,
            frequency: frequency
        )
    }
    static let indicators = [
        indicator("JD01", "JD2021", .quarter, ["jinduban"]),
        Indicator(
            code: "JD03",
            project: "JD2021",
            year: 2021,
            name: "rate",
            level1: "产出指标",
            level2: "质量指标",
            unit: "%",
            target: "95",
            direction: .higher,
            weight: 0,
            aggregation: .formula("JD01 / JD02 * 100"),
            frequency: .quarter
        ),
        indicator("JD02", "JD2021", .year),
        indicator("LT01", "LT2021", .month),
        indicator("OLD1", "JD2020", .year),
    ]
    static let offices = [
        C.EnrolledOffice(code: "wangluyuan", name: "望麓园街道", lastSync: "2021-07-02T10:00:00Z"),
        C.EnrolledOffice(code: "jinduban", name: "区禁毒办", lastSync: "2021-07-01T09:00:00Z"),
        C.EnrolledOffice(code: "xinhe", name: "新河街道"),
        C.EnrolledOffice(code: "closed", name: "已撤销", enabled: false, lastSync: "2020-01-01T00:00:00Z"),
    ]

    static func value(_ office: String, _ indicator: String, _ period: String) -> C.ReceivedValue {
        C.ReceivedValue(office: office, indicator: indicator, period: try! Period(parsing: period))
    }

    @Test func quarterMixesCompletePartialAndSilentOffices() throws {
        let jdJinduban = C.OfficeProject(office: "jinduban", project: "JD2021")
        let receipts = C.Receipts(
            expenditures: [jdJinduban: C.ExpenditureTally(count: 2, total: Money(fen: 150_00))],
            values: [
                Self.value("jinduban", "JD01", "2021Q2"),
                Self.value("jinduban", "LT01", "2021-04"), Self.value("jinduban", "LT01", "2021-05"),
                Self.value("jinduban", "LT01", "2021-06"),
                Self.value("wangluyuan", "LT01", "2021-04"), Self.value("wangluyuan", "LT01", "2021-06"),
                Self.value("wangluyuan", "LT01", "2021-07"),
            ]
        )
        let status = C(
            offices: Self.offices,
            projects: Self.projects,
            indicators: Self.indicators,
            period: try Period(parsing: "2021Q2"),
            receipts: receipts
        )
        #expect(
            status.rows.map { "\($0.office)/\($0.project)" } == [
                "jinduban/JD2021", "jinduban/LT2021", "wangluyuan/JD2021", "wangluyuan/LT2021", "xinhe/LT2021",
            ]
        )
        let r = status.rows
        #expect(r[0].expenditures == C.ExpenditureTally(count: 2, total: Money(fen: 150_00)))
        #expect((r[0].valuesReceived, r[0].valuesExpected) == (1, 1))
        #expect(r[0].isComplete)
        #expect((r[1].valuesReceived, r[1].valuesExpected) == (3, 3))
        #expect((r[2].valuesReceived, r[2].valuesExpected) == (0, 0))
        #expect(r[2].isComplete)
        #expect((r[3].valuesReceived, r[3].valuesExpected) == (2, 3))
        #expect(r[3].missingValues == ["LT01 2021-05"])
        #expect(!r[3].isComplete)
        #expect(r[4].missingValues == ["LT01 2021-04", "LT01 2021-05", "LT01 2021-06"])
        #expect(r[4].lastSync == nil)
        #expect(r.allSatisfy { $0.narrativesExpected == 0 })
        #expect(status.completeOffices == 1)
        #expect(status.expectedOffices == 3)
        #expect(status.summary == "1 of 3 offices complete for the period 2021Q2")
    }

    @Test func yearNeedsEveryQuarterMonthAndTheNarratives() throws {
        var values: Set<C.ReceivedValue> = []
        for q in 1...4 { values.insert(Self.value("jinduban", "JD01", "2021Q\(q)")) }
        values.insert(Self.value("jinduban", "JD02", "2021"))
        for m in 1...12 { values.insert(Self.value("jinduban", "LT01", m < 10 ? "2021-0\(m)" : "2021-\(m)")) }
        let all = Set(Narrative.Section.allCases)
        let receipts = C.Receipts(
            values: values,
            narratives: [
                C.OfficeProject(office: "jinduban", project: "JD2021"): all,
                C.OfficeProject(office: "jinduban", project: "LT2021"): [.highlights, .problems],
            ]
        )
        let status = C(
            offices: Self.offices,
            projects: Self.projects,
            indicators: Self.indicators,
            period: .year(2021),
            receipts: receipts
        )
        let jinduban = status.rows.filter { $0.office == "jinduban" }
        #expect(jinduban.map(\.valuesExpected) == [5, 12])
        #expect(jinduban.map(\.valuesReceived) == [5, 12])
        #expect(jinduban.map(\.narrativesPresent) == [3, 2])
        #expect(jinduban.map(\.narrativesExpected) == [3, 3])
        #expect(jinduban.map(\.isComplete) == [true, false])
        #expect(status.summary == "0 of 3 offices complete for the period 2021")
    }

    @Test func aMonthThatClosesNoQuarterExpectsOnlyMonthlyValues() throws {
        let status = C(
            offices: Self.offices,
            projects: Self.projects,
            indicators: Self.indicators,
            period: try Period(parsing: "2021-05"),
            receipts: C.Receipts(values: [Self.value("wangluyuan", "LT01", "2021-05")])
        )
        let wangluyuan = status.rows.filter { $0.office == "wangluyuan" }
        #expect(wangluyuan.map(\.valuesExpected) == [0, 1])
        #expect(wangluyuan.allSatisfy { $0.isComplete })
        // jinduban owes its May LT01 value; xinhe never synced, so it is not complete even with nothing due on JD.
        #expect(status.completeOffices == 1)
    }

    @Test func anOfficeThatNeverSyncedIsNotCompleteEvenWithNothingDue() throws {
        let status = C(
            offices: [C.EnrolledOffice(code: "xinhe", name: "新河街道")],
            projects: [Self.projects[0]],
            indicators: Self.indicators,
            period: try Period(parsing: "2021Q1"),
            receipts: C.Receipts()
        )
        #expect(status.rows.isEmpty)
        #expect(status.expectedOffices == 0)
        let listed = C(
            offices: [C.EnrolledOffice(code: "wangluyuan", name: "望麓园街道")],
            projects: [Self.projects[0]],
            indicators: Self.indicators,
            period: try Period(parsing: "2021-05"),
            receipts: C.Receipts()
        )
        #expect(listed.rows.count == 1)
        #expect(listed.rows[0].valuesExpected == 0)
        #expect(!listed.rows[0].isComplete)
        #expect(listed.summary == "0 of 1 offices complete for the period 2021-05")
    }

    @Test func disabledOfficesAndOtherYearsAreLeftOut() throws {
        let status = C(
            offices: Self.offices,
            projects: Self.projects,
            indicators: Self.indicators,
            period: try Period(parsing: "2021Q1"),
            receipts: C.Receipts()
        )
        #expect(!status.rows.contains { $0.office == "closed" })
        #expect(!status.rows.contains { $0.project == "JD2020" })
    }
}
