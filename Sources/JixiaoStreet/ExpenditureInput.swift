/// An expenditure as a clerk typed it (command-line options or one CSV row), before any check.
///
/// Every field is text; `ExpenditureValidator` turns it into an `Expenditure` or says what is wrong.
public struct ExpenditureInput: Hashable, Sendable {
    public var project: String
    public var category: String
    /// Empty: the project's only fund.
    public var fund: String
    /// In 元 (`1,234.56`, `¥1234.56`) or 万元 (`12.5万`).
    public var amount: String
    /// `2021-06-26`, `2021/6/26` or `2021年6月26日`.
    public var date: String
    public var voucher: String
    public var payee: String
    public var note: String

    public init(
        project: String,
        category: String,
        fund: String = "",
        amount: String,
        date: String,
        voucher: String = "",
        payee: String = "",
        note: String = ""
    ) {
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

/// An indicator value as a clerk typed it, before any check.
public struct ValueInput: Hashable, Sendable {
    public var indicator: String
    /// `2021`, `2021Q2` or `2021-06`.
    public var period: String
    /// A number for a quantitative indicator (`12`, `98.95`, `98.95%`, `1,234`), text for a qualitative one.
    public var value: String
    /// Optional, e.g. a monitoring station 伍家岭站点.
    public var label: String
    public var note: String

    public init(indicator: String, period: String, value: String, label: String = "", note: String = "") {
        self.indicator = indicator
        self.period = period
        self.value = value
        self.label = label
        self.note = note
    }
}
