import JixiaoModels

extension ReportBuilder {
    /// The percentage `part` is of `whole`, `nil` when `whole` is 0.
    static func percent(_ part: Money, of whole: Money) -> Double? {
        whole.fen == 0 ? nil : Double(part.fen) / Double(whole.fen) * 100
    }

    func budgetFigures() -> BudgetFigures {
        var byFund: [String: Money] = [:]
        var byCategory: [String: (Money, Int)] = [:]
        var byOffice: [String: (Money, Int)] = [:]
        var spent = Money.zero
        for total in input.spending {
            spent += total.amount
            byFund[total.fund, default: .zero] += total.amount
            byCategory[total.category, default: (.zero, 0)].0 += total.amount
            byCategory[total.category, default: (.zero, 0)].1 += total.count
            byOffice[total.office, default: (.zero, 0)].0 += total.amount
            byOffice[total.office, default: (.zero, 0)].1 += total.count
        }
        var funds = input.funds.map { fund -> FundFigures in
            let fundSpent = byFund[fund.code] ?? .zero
            return FundFigures(
                code: fund.code,
                name: fund.name,
                initialBudget: fund.initialBudget,
                adjustedBudget: fund.adjustedBudget,
                spent: fundSpent,
                balance: fund.adjustedBudget - fundSpent,
                executionRate: Self.percent(fundSpent, of: fund.adjustedBudget),
                planned: true
            )
        }
        let plannedFunds = Set(input.funds.map(\.code))
        for code in byFund.keys.filter({ !plannedFunds.contains($0) }).sorted() {
            let fundSpent = byFund[code] ?? .zero
            funds.append(
                FundFigures(
                    code: code,
                    name: code,
                    initialBudget: .zero,
                    adjustedBudget: .zero,
                    spent: fundSpent,
                    balance: .zero - fundSpent,
                    executionRate: nil,
                    planned: false
                )
            )
        }
        var categories = input.categories.map { category -> CategoryFigures in
            let (amount, count) = byCategory[category.code] ?? (.zero, 0)
            return CategoryFigures(
                code: category.code,
                name: category.name,
                spent: amount,
                share: Self.percent(amount, of: spent),
                expenditureCount: count,
                planned: true
            )
        }
        let plannedCategories = Set(input.categories.map(\.code))
        for code in byCategory.keys.filter({ !plannedCategories.contains($0) }).sorted() {
            let (amount, count) = byCategory[code] ?? (.zero, 0)
            categories.append(
                CategoryFigures(
                    code: code,
                    name: code,
                    spent: amount,
                    share: Self.percent(amount, of: spent),
                    expenditureCount: count,
                    planned: false
                )
            )
        }
        let offices = officeOrder.filter { expected.contains($0) || byOffice[$0] != nil }.map { code -> OfficeFigures in
            let (amount, count) = byOffice[code] ?? (.zero, 0)
            return OfficeFigures(
                code: code,
                name: officeName(code),
                spent: amount,
                share: Self.percent(amount, of: spent),
                expenditureCount: count,
                expected: expected.contains(code)
            )
        }
        let initial = input.funds.reduce(Money.zero) { $0 + $1.initialBudget }
        let adjusted = input.funds.reduce(Money.zero) { $0 + $1.adjustedBudget }
        var figures = BudgetFigures(
            initialBudget: initial,
            adjustedBudget: adjusted,
            spent: spent,
            balance: adjusted - spent,
            executionRate: Self.percent(spent, of: adjusted),
            funds: funds,
            categories: categories,
            offices: offices,
            summary: []
        )
        var byFundAndCategory: [String: Money] = [:]
        for total in input.spending {
            byFundAndCategory[total.fund + "\u{1F}" + total.category, default: .zero] += total.amount
        }
        figures.fundCategories = funds.map { fund in
            FundCategoryRow(
                fund: fund.code,
                name: fund.planned ? fund.name : "\(fund.code)（未列入计划）",
                amounts: categories.map { byFundAndCategory[fund.code + "\u{1F}" + $0.code] ?? .zero },
                total: fund.spent
            )
        }
        figures.expenditureCount = input.spending.map(\.count).reduce(0, +)
        figures.summary = budgetSummary(figures)
        return figures
    }

    /// `结余69.0827万元`, or `超支…` when spending exceeds the budget.
    static func balanceText(_ balance: Money) -> String {
        balance.fen < 0 ? "超支\((Money.zero - balance).formattedWan())" : "结余\(balance.formattedWan())"
    }

    /// The seed's first section, written from the fund data: one sentence for a single fund; for several funds,
    /// one per fund (`此外，…获得…共计…`) and a combined total (`综上，…`).
    func budgetSummary(_ figures: BudgetFigures) -> [String] {
        var paragraphs: [String] = []
        let planned = figures.funds.filter(\.planned)
        let rate = ReportText.percent(figures.executionRate)
        if planned.count <= 1 {
            var text = "\(subject)年初支出预算为\(figures.initialBudget.formattedWan())"
            if figures.adjustedBudget != figures.initialBudget {
                text += "，全年预算数为\(figures.adjustedBudget.formattedWan())"
            }
            text += "。项目实际支出为\(figures.spent.formattedWan())，执行率\(rate)，\(Self.balanceText(figures.balance))。"
            paragraphs.append(text)
        } else {
            for (index, fund) in planned.enumerated() {
                var budget = fund.adjustedBudget.formattedWan()
                if fund.initialBudget != fund.adjustedBudget {
                    budget +=
                        fund.initialBudget.fen == 0
                        ? "（年内追加，年初预算数为0）" : "（年初预算数\(fund.initialBudget.formattedWan())）"
                }
                let tail =
                    "实际支出\(fund.spent.formattedWan())，执行率\(ReportText.percent(fund.executionRate))，"
                    + "\(Self.balanceText(fund.balance))。"
                if index == 0 {
                    paragraphs.append("\(subject)\(fund.name)支出预算\(budget)，\(tail)")
                } else {
                    paragraphs.append("此外，\(subject)获得\(fund.name)共计\(budget)，\(tail)")
                }
            }
        }
        for fund in figures.funds where !fund.planned {
            paragraphs.append("另有未列入计划的资金来源“\(fund.code)”支出\(fund.spent.formattedWan())，已计入实际支出。")
        }
        if planned.count > 1 || figures.funds.contains(where: { !$0.planned }) {
            paragraphs.append(
                "综上，\(subject)全年预算数合计\(figures.adjustedBudget.formattedWan())，实际支出"
                    + "\(figures.spent.formattedWan())，执行率\(rate)，\(Self.balanceText(figures.balance))。"
            )
        }
        let used = figures.categories.filter { $0.spent.fen > 0 }.sorted { $0.spent > $1.spent }.map(\.name)
        if !used.isEmpty {
            paragraphs.append("项目资金主要用于\(used.joined(separator: "、"))等方面。")
        }
        return paragraphs
    }
}
