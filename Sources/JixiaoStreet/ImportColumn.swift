/// A column of an office CSV import, known by an English and a Chinese header.
public protocol ImportColumn: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    /// The Chinese header (金额 for `amount`).
    var chineseTitle: String { get }
    /// Whether a file without this column is refused.
    var isRequired: Bool { get }
}

/// The columns of `street import expenses`.
public enum ExpenseColumn: String, ImportColumn {
    case project, category, fund, amount, date, voucher, payee, note

    public var chineseTitle: String {
        switch self {
        case .project: "项目"
        case .category: "类别"
        case .fund: "资金来源"
        case .amount: "金额"
        case .date: "日期"
        case .voucher: "凭证号"
        case .payee: "收款方"
        case .note: "备注"
        }
    }

    /// `fund` may be left out when every project in the file has a single fund; the rows say so if not.
    public var isRequired: Bool {
        switch self {
        case .project, .category, .amount, .date: true
        case .fund, .voucher, .payee, .note: false
        }
    }
}

/// The columns of `street import values`.
public enum ValueColumn: String, ImportColumn {
    case indicator, period, value, label, note

    public var chineseTitle: String {
        switch self {
        case .indicator: "指标"
        case .period: "期间"
        case .value: "数值"
        case .label: "标签"
        case .note: "备注"
        }
    }

    public var isRequired: Bool {
        switch self {
        case .indicator, .period, .value: true
        case .label, .note: false
        }
    }
}
