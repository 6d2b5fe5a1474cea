import JixiaoModels

/// Who has reported what for a period: one row per office × project, and how many offices are complete.
///
/// ## What is expected
/// - **Offices of a project**: its `offices` list, or every enabled office when the list is empty. Only enrolled,
///   enabled offices get rows; a disabled office cannot sync and is left out of the count.
/// - **Reporters of an indicator**: its `reporters`, or the project's offices when empty. Formula indicators are
///   computed, never reported, so nothing is expected for them.
/// - **Indicator values**: each reporter owes one value (any number of labelled values count as one) for every
///   period of the indicator's frequency inside the asked period: asking `2021` for a quarterly indicator expects
///   2021Q1…2021Q4, asking `2021Q2` for a monthly one expects 2021-04…2021-06. When the indicator's frequency is
///   coarser than the asked period, its value is expected only in the asked period that ends it: a quarterly
///   indicator is expected in `2021-06` (its 2021Q2 value) but not in `2021-05`; a yearly one in `2021Q4` and
///   `2021-12` (its 2021 value) only. No clock is involved: the same question always gets the same answer.
/// - **Narratives**: the three sections (工作亮点, 存在问题, 改进措施) are expected when the asked period ends the year
///   (`2021`, `2021Q4`, `2021-12`), from every office of the project; otherwise they are shown, not required.
/// - **Expenditures** dated inside the period are counted and totalled for checking; none are required, since an
///   office may rightly spend nothing in a period.
///
/// A row is complete when the office has synced at least once and every expected value and narrative is there (so
/// an office that never synced is never complete, even when nothing is due yet). An office is complete when all its
/// rows are. The summary counts offices with at least one row.
public struct Completeness: Sendable {
    /// An enrolled office as the status sees it.
    public struct EnrolledOffice: Hashable, Sendable {
        public var code: String
        public var name: String
        public var enabled: Bool
        /// When the last successful sync finished (text as stored, e.g. ISO 8601); `nil` if it never synced.
        public var lastSync: String?

        /// Creates an enrolled office.
        public init(code: String, name: String, enabled: Bool = true, lastSync: String? = nil) {
            self.code = code
            self.name = name
            self.enabled = enabled
            self.lastSync = lastSync
        }
    }

    /// An office and a project: the key of a row.
    public struct OfficeProject: Hashable, Sendable {
        public var office: String
        public var project: String

        /// Creates a key.
        public init(office: String, project: String) {
            self.office = office
            self.project = project
        }
    }

    /// An office's value for an indicator and period (labels folded together).
    public struct ReceivedValue: Hashable, Sendable {
        public var office: String
        public var indicator: String
        public var period: Period

        /// Creates a received-value key.
        public init(office: String, indicator: String, period: Period) {
            self.office = office
            self.indicator = indicator
            self.period = period
        }
    }

    /// The count and total of an office's expenditures on a project inside the period.
    public struct ExpenditureTally: Hashable, Sendable {
        public var count: Int
        public var total: Money

        /// Creates a tally.
        public init(count: Int = 0, total: Money = .zero) {
            self.count = count
            self.total = total
        }
    }

    /// What the district holds, as counted by the caller.
    public struct Receipts: Sendable {
        /// Expenditures dated inside the asked period, per office × project.
        public var expenditures: [OfficeProject: ExpenditureTally]
        /// Every (office, indicator, period) with at least one value, for any period (the rule picks the ones due).
        public var values: Set<ReceivedValue>
        /// The narrative sections with text, per office × project.
        public var narratives: [OfficeProject: Set<Narrative.Section>]

        /// Creates receipts.
        public init(
            expenditures: [OfficeProject: ExpenditureTally] = [:],
            values: Set<ReceivedValue> = [],
            narratives: [OfficeProject: Set<Narrative.Section>] = [:]
        ) {
            self.expenditures = expenditures
            self.values = values
            self.narratives = narratives
        }

        /// The review state of each office × project of the year (none: draft).
        public var reviews: [OfficeProject: ReviewState] = [:]
    }

    /// One office × project line of the status table.
    public struct Row: Hashable, Sendable {
        public var office: String
        public var officeName: String
        public var project: String
        public var expenditures: ExpenditureTally
        /// Expected values that are there.
        public var valuesReceived: Int
        /// Values expected for the period.
        public var valuesExpected: Int
        /// The expected values that are missing, as `JD01 2021Q2`, in plan order.
        public var missingValues: [String]
        /// Narrative sections present (0…3).
        public var narrativesPresent: Int
        /// Narrative sections required for the period (3 at year end, else 0).
        public var narrativesExpected: Int
        public var lastSync: String?
        /// Every expected value and narrative is there.
        public var isComplete: Bool
        /// The district's review of the office's data for the project and year (Docs/Review.md).
        public var review: ReviewState = .draft
    }

    /// A finding of the checks that never refuse data (`DataChecks`): a broken validation rule or an outlier.
    public struct Check: Hashable, Sendable {
        /// `rule` or `outlier`.
        public enum Kind: String, Hashable, Sendable { case rule, outlier }
        public var kind: Kind
        /// The office concerned; `nil` for a rule checked for the whole project.
        public var office: String?
        public var project: String
        /// What was found, in the user's language.
        public var message: String

        /// Creates a finding.
        public init(kind: Kind, office: String?, project: String, message: String) {
            self.kind = kind
            self.office = office
            self.project = project
            self.message = message
        }
    }

    /// The period asked about.
    public let period: Period
    /// Broken validation rules and outliers of the year, by project then office; they never make a row incomplete.
    public var checks: [Check] = []
    /// Rows ordered by office code, then project code.
    public let rows: [Row]
    /// Offices (with at least one row) whose rows are all complete and that have synced.
    public let completeOffices: Int
    /// Offices with at least one row.
    public let expectedOffices: Int

    /// `N of M offices complete for the period 2021Q2`.
    public var summary: String {
        tr(
            "district.status.summary",
            ["complete": "\(completeOffices)", "expected": "\(expectedOffices)", "period": "\(period)"]
        )
    }

    /// Computes the status (see the type's documentation for the rules).
    /// - Parameters:
    ///   - offices: every enrolled office.
    ///   - projects: the projects; only those of the asked period's year are used.
    ///   - indicators: the indicators of those projects.
    ///   - period: the period asked about.
    ///   - receipts: what has been received.
    public init(
        offices: [EnrolledOffice],
        projects: [Project],
        indicators: [Indicator],
        period: Period,
        receipts: Receipts
    ) {
        self.period = period
        let enabled = offices.filter(\.enabled).sorted { $0.code < $1.code }
        let enabledCodes = Set(enabled.map(\.code))
        let yearProjects = projects.filter { $0.year == period.year }.sorted { $0.code < $1.code }
        let narrativesDue = period.months.upperBound == 12
        var rows: [Row] = []
        for office in enabled {
            for project in yearProjects {
                let projectOffices = project.offices.isEmpty ? enabledCodes : Set(project.offices)
                guard projectOffices.contains(office.code) else { continue }
                let key = OfficeProject(office: office.code, project: project.code)
                var received = 0
                var missing: [String] = []
                for indicator in indicators
                where indicator.project == project.code && indicator.year == project.year
                    && indicator.aggregation.name != "formula"
                {
                    let reporters = indicator.reporters.isEmpty ? projectOffices : Set(indicator.reporters)
                    guard reporters.contains(office.code) else { continue }
                    for due in Self.expectedPeriods(frequency: indicator.frequency, asked: period) {
                        if receipts.values.contains(
                            ReceivedValue(office: office.code, indicator: indicator.code, period: due)
                        ) {
                            received += 1
                        } else {
                            missing.append("\(indicator.code) \(due)")
                        }
                    }
                }
                let sections = receipts.narratives[key]?.count ?? 0
                let narrativesExpected = narrativesDue ? Narrative.Section.allCases.count : 0
                rows.append(
                    Row(
                        office: office.code,
                        officeName: office.name,
                        project: project.code,
                        expenditures: receipts.expenditures[key] ?? ExpenditureTally(),
                        valuesReceived: received,
                        valuesExpected: received + missing.count,
                        missingValues: missing,
                        narrativesPresent: sections,
                        narrativesExpected: narrativesExpected,
                        lastSync: office.lastSync,
                        isComplete: missing.isEmpty && sections >= narrativesExpected && office.lastSync != nil,
                        review: receipts.reviews[key] ?? .draft
                    )
                )
            }
        }
        self.rows = rows
        let byOffice = Dictionary(grouping: rows, by: \.office)
        expectedOffices = byOffice.count
        completeOffices = byOffice.values.filter { officeRows in officeRows.allSatisfy(\.isComplete) }.count
    }

    /// The periods of an indicator with `frequency` whose values are due when `asked` is asked about
    /// (`Period.due(frequency:whenAsked:)`, shared with `street todo`).
    public static func expectedPeriods(frequency: Period.Kind, asked: Period) -> [Period] {
        Period.due(frequency: frequency, whenAsked: asked)
    }
}
