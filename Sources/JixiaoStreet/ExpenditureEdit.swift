/// The fields `street expense edit` changes; `nil` keeps the stored value.
public struct ExpenditureEdit: Hashable, Sendable {
    public var project: String?
    public var category: String?
    /// Changing the project without naming a fund picks the new project's only fund.
    public var fund: String?
    public var amount: String?
    public var date: String?
    public var voucher: String?
    public var payee: String?
    public var note: String?

    public init(
        project: String? = nil,
        category: String? = nil,
        fund: String? = nil,
        amount: String? = nil,
        date: String? = nil,
        voucher: String? = nil,
        payee: String? = nil,
        note: String? = nil
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

    /// Whether nothing would change.
    public var isEmpty: Bool {
        [project, category, fund, amount, date, voucher, payee, note].allSatisfy { $0 == nil }
    }
}
