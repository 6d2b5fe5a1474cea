/// A column of an office import (CSV or .xlsx), known by an English and a Chinese header.
public protocol ImportColumn: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    /// The Chinese header (金额 for `amount`).
    var chineseTitle: String { get }
    /// Whether a file without this column is refused.
    var isRequired: Bool { get }
    /// How a workbook cell of this column becomes text (`SheetRecords`).
    var cellKind: ImportCellKind { get }
    /// Headers of columns that only inform the clerk (an indicator's name and unit beside its code, in a
    /// template): accepted and not read.
    static var informationalTitles: [String] { get }
}

/// How a workbook cell of an import column becomes the text a CSV field would hold.
public enum ImportCellKind: Hashable, Sendable {
    /// Numbers as plain decimals, date-formatted cells as ISO dates.
    case text
    /// Numbers too are serial dates (a date column formatted as General still shows 44373 for 2021-06-26).
    case date
    /// Dates become months (`2021-06`): Excel turns a typed `2021-06` into the 1 June date.
    case period
}

extension ImportColumn {
    public var cellKind: ImportCellKind { .text }
    public static var informationalTitles: [String] { [] }
}

/// The columns of `street import expenses`.
///
/// `id` (系统编号, not the clerk's own 编号) is what `street export expenses` writes: a row with the id of a stored expenditure updates it (or, when
/// nothing differs, is left alone), so an export imports back as a no-op.
public enum ExpenditureColumn: String, ImportColumn {
    case project, category, fund, amount, date, voucher, payee, note, id

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
        case .id: "系统编号"
        }
    }

    public var cellKind: ImportCellKind { self == .date ? .date : .text }

    /// What `street export expenses --format xlsx` writes beside the codes.
    public static var informationalTitles: [String] { ["项目名称", "类别名称", "资金来源名称"] }

    /// `fund` may be left out when every project in the file has a single fund; the rows say so if not.
    public var isRequired: Bool {
        switch self {
        case .project, .category, .amount, .date: true
        case .fund, .voucher, .payee, .note, .id: false
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

    public var cellKind: ImportCellKind { self == .period ? .period : .text }

    /// What `street template values` writes beside the code: 指标名称, 单位, 目标值, 所属项目.
    public static var informationalTitles: [String] { ["指标名称", "单位", "目标值", "所属项目"] }

    public var isRequired: Bool {
        switch self {
        case .indicator, .period, .value: true
        case .label, .note: false
        }
    }
}
