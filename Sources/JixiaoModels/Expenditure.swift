/// One expenditure (支出) recorded by an office against a project, category and fund.
public struct Expenditure: Hashable, Sendable, Codable {
    /// A UUID minted by the office (lowercase text).
    public var id: String
    public var office: String
    public var project: String
    public var category: String
    public var fund: String
    public var amount: Money
    /// ISO 8601 date, e.g. `2021-06-26`.
    public var date: String
    /// 凭证号.
    public var voucher: String
    /// 收款方.
    public var payee: String
    public var note: String

    public init(
        id: String,
        office: String,
        project: String,
        category: String,
        fund: String,
        amount: Money,
        date: String,
        voucher: String = "",
        payee: String = "",
        note: String = ""
    ) {
        self.id = id
        self.office = office
        self.project = project
        self.category = category
        self.fund = fund
        self.amount = amount
        self.date = date
        self.voucher = voucher
        self.payee = payee
        self.note = note
    }
}

/// The value an office reports for an indicator in a period: a number, or text for a qualitative indicator.
public enum IndicatorReading: Hashable, Sendable {
    case number(Double)
    case text(String)

    /// The number, if this is one.
    public var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The value as written for people: `12`, `98.95`, or the text.
    public var display: String {
        switch self {
        case .number(let n): return IndicatorReading.format(n)
        case .text(let t): return t
        }
    }

    /// A number without a needless `.0`, with at most 4 decimals: `12`, `98.95`, `0.3333`.
    public static func format(_ number: Double) -> String {
        if number == number.rounded() && abs(number) < 1e15 { return String(Int64(number)) }
        var text = String(format4: number)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

extension String {
    /// `number` with exactly four decimals, without Foundation.
    init(format4 number: Double) {
        let scaled = (number * 10_000).rounded()
        let negative = scaled < 0
        let magnitude = Int64(abs(scaled))
        let whole = magnitude / 10_000
        let fraction = String(magnitude % 10_000)
        self = (negative ? "-" : "") + "\(whole)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}

/// An office's value for an indicator in a period, optionally labelled (e.g. a monitoring station 伍家岭站点).
public struct IndicatorValue: Hashable, Sendable {
    /// A UUID minted by the office when the value is first set; kept when it is set again.
    public var id: String
    public var office: String
    public var indicator: String
    public var period: Period
    public var value: IndicatorReading
    /// Empty when the value is not labelled.
    public var label: String
    public var note: String

    public init(
        id: String,
        office: String,
        indicator: String,
        period: Period,
        value: IndicatorReading,
        label: String = "",
        note: String = ""
    ) {
        self.id = id
        self.office = office
        self.indicator = indicator
        self.period = period
        self.value = value
        self.label = label
        self.note = note
    }
}

/// An office's narrative text for a project: highlights, problems or measures.
public struct Narrative: Hashable, Sendable {
    /// The three sections of the report that offices write.
    public enum Section: String, Hashable, Sendable, CaseIterable, Codable {
        /// 工作亮点.
        case highlights
        /// 存在问题.
        case problems
        /// 改进措施.
        case measures

        /// The section's Chinese title.
        public var title: String {
            switch self {
            case .highlights: "工作亮点"
            case .problems: "存在问题"
            case .measures: "改进措施"
            }
        }

        /// Parses `highlights`, `problems`, `measures` or their Chinese titles.
        public init(parsing text: String) throws {
            let trimmed = text.trimmingSpaces()
            if let section = Section(rawValue: trimmed) ?? Section.allCases.first(where: { $0.title == trimmed }) {
                self = section
            } else {
                throw ModelError.invalidValue(tr("model.section-invalid", ["text": text]))
            }
        }
    }

    /// A UUID minted by the office; kept when the text is replaced.
    public var id: String
    public var office: String
    public var project: String
    /// The year of the project the narrative is about (a project code may come back in the next year's plan).
    public var year: Int
    public var section: Section
    public var text: String

    public init(id: String, office: String, project: String, year: Int, section: Section, text: String) {
        self.id = id
        self.office = office
        self.project = project
        self.year = year
        self.section = section
        self.text = text
    }
}
