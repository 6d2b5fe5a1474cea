/// A key project (重点项目) of one year, owned by a district department.
public struct Project: Hashable, Sendable, Codable {
    /// The project's code, unique within its year (the same code may come back in the next year's plan), e.g.
    /// `JD2021`: a project is known by its code and year.
    public var code: String
    /// The plan's year: part of the project's key.
    public var year: Int
    /// 项目名称.
    public var name: String
    /// 主管部门: the owning department, e.g. 开福区禁毒委员会办公室.
    public var department: String
    /// 实施单位 as printed on the report (free text).
    public var implementer: String
    /// 年度总体目标.
    public var goal: String
    /// Codes of the offices expected to report on this project (empty: every enabled office).
    public var offices: [String]
    /// The plan's validation rules for the project's figures, as written (`JD03 <= JD02`; see `ValidationRule`).
    public var rules: [String]

    public init(
        code: String,
        year: Int,
        name: String,
        department: String,
        implementer: String = "",
        goal: String = "",
        offices: [String] = [],
        rules: [String] = []
    ) {
        self.code = code
        self.year = year
        self.name = name
        self.department = department
        self.implementer = implementer
        self.goal = goal
        self.offices = offices
        self.rules = rules
    }
}

/// A source of a project's money (资金来源), e.g. 本级财政拨款 or 市级奖补资金.
public struct Fund: Hashable, Sendable, Codable {
    public var project: String
    /// The year of the project (part of the key: project, code, year).
    public var year: Int
    public var code: String
    public var name: String
    /// 年初预算数.
    public var initialBudget: Money
    /// 全年预算数 (after adjustments during the year).
    public var adjustedBudget: Money

    public init(project: String, year: Int, code: String, name: String, initialBudget: Money, adjustedBudget: Money) {
        self.project = project
        self.year = year
        self.code = code
        self.name = name
        self.initialBudget = initialBudget
        self.adjustedBudget = adjustedBudget
    }
}

/// A spending category (支出用途) of a project, e.g. 禁毒宣传.
public struct Category: Hashable, Sendable, Codable {
    public var project: String
    /// The year of the project (part of the key: project, code, year).
    public var year: Int
    public var code: String
    public var name: String

    public init(project: String, year: Int, code: String, name: String) {
        self.project = project
        self.year = year
        self.code = code
        self.name = name
    }
}
