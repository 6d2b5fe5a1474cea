import JixiaoModels

/// 项目支出基本情况: budgets and spending, in total and by fund, category and office. Money is integer fen.
public struct BudgetFigures: Hashable, Sendable, Codable {
    /// 年初预算数 (sum over the funds).
    public var initialBudget: Money
    /// 全年预算数.
    public var adjustedBudget: Money
    /// 全年执行数: every office's expenditures on the project.
    public var spent: Money
    /// 结余: 全年预算数 − 全年执行数.
    public var balance: Money
    /// 执行率 in percent (全年执行数 ÷ 全年预算数), `nil` when the budget is 0.
    public var executionRate: Double?
    /// By fund, plan order; funds spent on but not in the plan come last with `planned == false`.
    public var funds: [FundFigures]
    /// By category, plan order, then unplanned ones.
    public var categories: [CategoryFigures]
    /// By office: every expected office (even with nothing spent), then any other office that spent.
    public var offices: [OfficeFigures]
    /// By fund and category: one row per fund (in `funds` order), one amount per category (in `categories` order),
    /// so that a report shows which fund paid for what (a city fund may pay for one category only).
    public var fundCategories: [FundCategoryRow] = []
    /// How many expenditures in all.
    public var expenditureCount: Int = 0
    /// The summary paragraphs, written from the fund data like the seed report's first section.
    public var summary: [String]
}

/// One fund's spending on each category.
public struct FundCategoryRow: Hashable, Sendable, Codable {
    /// The fund code.
    public var fund: String
    /// The fund's name as printed.
    public var name: String
    /// Spent on each category, in the order of `BudgetFigures.categories`.
    public var amounts: [Money]
    /// Spent on this fund.
    public var total: Money
}

/// One fund's figures.
public struct FundFigures: Hashable, Sendable, Codable {
    /// The fund code.
    public var code: String
    /// The fund name (the code for an unplanned fund).
    public var name: String
    /// 年初预算数.
    public var initialBudget: Money
    /// 全年预算数.
    public var adjustedBudget: Money
    /// 全年执行数 on this fund.
    public var spent: Money
    /// 结余: 全年预算数 − 全年执行数.
    public var balance: Money
    /// 执行率 in percent, `nil` when the budget is 0.
    public var executionRate: Double?
    /// Whether the plan lists this fund.
    public var planned: Bool
}

/// One category's spending.
public struct CategoryFigures: Hashable, Sendable, Codable {
    /// The category code.
    public var code: String
    /// The category name (the code for an unplanned category).
    public var name: String
    /// Spent on this category.
    public var spent: Money
    /// Share of the project's spending in percent.
    public var share: Double?
    /// How many expenditures.
    public var expenditureCount: Int
    /// Whether the plan lists this category.
    public var planned: Bool
}

/// One office's spending.
public struct OfficeFigures: Hashable, Sendable, Codable {
    /// The office code.
    public var code: String
    /// The office name.
    public var name: String
    /// Spent by this office.
    public var spent: Money
    /// Share of the project's spending in percent.
    public var share: Double?
    /// How many expenditures.
    public var expenditureCount: Int
    /// Whether the office is expected to report on the project.
    public var expected: Bool
}
