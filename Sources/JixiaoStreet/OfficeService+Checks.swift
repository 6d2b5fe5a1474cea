import JixiaoModels

extension OfficeService {
    /// The plan's validation rules that the office's own figures break, in the projects `touched` names: the import
    /// warns with them and stores the rows all the same (a rule never refuses data; `DataChecks`).
    /// - Parameters:
    ///   - values: the office's values as they are (or, for a dry run, would be) after the import; called only
    ///     when a touched project has rules (a plan without rules costs an import nothing).
    ///   - expenditures: the office's expenditures likewise.
    ///   - touched: the projects (code and year) the import wrote to.
    /// - Returns: one warning per broken rule, office by office as `district status` lists them.
    func ruleWarnings(
        values loadValues: () throws -> [IndicatorValue],
        expenditures loadExpenditures: () throws -> [Expenditure],
        touched: Set<YearKey>
    ) throws -> [String] {
        let reference = try reference()
        let ruled = touched.filter { reference.project($0.code, year: $0.year)?.rules.isEmpty == false }
        guard !ruled.isEmpty else { return [] }
        let office = try office()
        let values = try loadValues()
        let expenditures = try loadExpenditures()
        var warnings: [String] = []
        for key in ruled.sorted(by: { ($0.year, $0.code) < ($1.year, $1.code) }) {
            guard let project = reference.project(key.code, year: key.year) else { continue }
            let indicators = reference.indicators(of: key.code, year: key.year)
            let codes = Set(indicators.map(\.code))
            let yearValues = values.filter { codes.contains($0.indicator) && $0.period.year == key.year }
            var spending: [String: DataChecks.Spending] = [:]
            for expenditure in expenditures
            where expenditure.project == key.code && expenditure.date.hasPrefix("\(key.year)-") {
                let group = expenditure.fund + "\u{1F}" + expenditure.category
                var total =
                    spending[group]
                    ?? DataChecks.Spending(
                        office: office,
                        fund: expenditure.fund,
                        category: expenditure.category,
                        amount: .zero
                    )
                total.amount = Money(fen: total.amount.fen &+ expenditure.amount.fen)
                spending[group] = total
            }
            let violations = DataChecks.violations(
                rules: project.rules,
                indicators: indicators,
                funds: reference.funds(of: key.code, year: key.year),
                values: yearValues,
                spending: Array(spending.values),
                offices: [office]
            )
            for violation in violations {
                warnings.append(tr("checks.import-warning", ["message": violation.message { $0 }]))
            }
        }
        return warnings
    }

    /// The rules of its project that the office's figures break now that `value` is stored (`street value set`).
    public func ruleWarnings(after value: IndicatorValue) throws -> [String] {
        guard let indicator = try reference().indicator(value.indicator, year: value.period.year) else { return [] }
        return try ruleWarnings(
            values: { try database.values() },
            expenditures: { try database.expenditures() },
            touched: [YearKey(indicator.project, indicator.year)]
        )
    }

    /// The rules of its project that the office's figures break now that `expenditure` is stored
    /// (`street expense add`).
    public func ruleWarnings(after expenditure: Expenditure) throws -> [String] {
        guard let year = Self.year(of: expenditure.date) else { return [] }
        return try ruleWarnings(
            values: { try database.values() },
            expenditures: { try database.expenditures() },
            touched: [YearKey(expenditure.project, year)]
        )
    }
}
