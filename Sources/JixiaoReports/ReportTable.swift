import JixiaoModels

/// A table of a report as every format prints it: the same header, cells and 合计 row in Markdown, HTML and Word.
public struct ReportTable: Hashable, Sendable {
    /// The column titles.
    public var header: [String]
    /// The body rows; the last one is a 合计/总分 row when `totalLast`.
    public var rows: [[String]]
    /// Columns holding figures, aligned right.
    public var numeric: Set<Int>
    /// Whether the last row is a total.
    public var totalLast: Bool
}

extension ProjectReport {
    /// （一）按资金来源, with its 合计 row.
    public var fundTable: ReportTable {
        let budget = self.budget
        var rows = budget.funds.map { fund in
            [
                fund.planned ? fund.name : "\(fund.code)（未列入计划）", fund.initialBudget.formattedYuan(),
                fund.adjustedBudget.formattedYuan(), fund.spent.formattedYuan(), ReportText.percent(fund.executionRate),
                fund.balance.formattedYuan(),
            ]
        }
        rows.append([
            "合计", budget.initialBudget.formattedYuan(), budget.adjustedBudget.formattedYuan(),
            budget.spent.formattedYuan(), ReportText.percent(budget.executionRate), budget.balance.formattedYuan(),
        ])
        return ReportTable(
            header: ["资金来源", "年初预算数（元）", "全年预算数（元）", "全年执行数（元）", "执行率", "结余（元）"],
            rows: rows,
            numeric: [1, 2, 3, 4, 5],
            totalLast: true
        )
    }

    /// （二）按支出类别, with its 合计 row.
    public var categoryTable: ReportTable {
        let budget = self.budget
        var rows = budget.categories.map {
            [
                $0.planned ? $0.name : "\($0.code)（未列入计划）", $0.spent.formattedYuan(), String($0.expenditureCount),
                ReportText.percent($0.share),
            ]
        }
        rows.append([
            "合计", budget.spent.formattedYuan(), String(budget.categories.map(\.expenditureCount).reduce(0, +)),
            ReportText.percent(budget.spent.fen == 0 ? nil : 100),
        ])
        return ReportTable(header: ["支出类别", "支出金额（元）", "笔数", "占比"], rows: rows, numeric: [1, 2, 3], totalLast: true)
    }

    /// 按支出类别和资金来源: one row per category, one column per fund, totals both ways; it shows which fund paid
    /// for what (a city fund may pay for one category only). Categories run down the page because a project has
    /// many categories and few funds.
    public var fundCategoryTable: ReportTable {
        let budget = self.budget
        let funds = budget.fundCategories
        var rows = budget.categories.enumerated().map { index, category in
            [category.planned ? category.name : "\(category.code)（未列入计划）"]
                + funds.map { $0.amounts[index].formattedYuan() } + [category.spent.formattedYuan()]
        }
        rows.append(["合计"] + funds.map { $0.total.formattedYuan() } + [budget.spent.formattedYuan()])
        return ReportTable(
            header: ["支出类别＼资金来源（元）"] + funds.map(\.name) + ["合计"],
            rows: rows,
            numeric: Set(1...(funds.count + 1)),
            totalLast: true
        )
    }

    /// （三）按实施单位, with its 合计 row.
    public var officeTable: ReportTable {
        let budget = self.budget
        var rows = budget.offices.map {
            [
                $0.expected ? $0.name : "\($0.name)（非应报送单位）", $0.spent.formattedYuan(), String($0.expenditureCount),
                ReportText.percent($0.share),
            ]
        }
        rows.append([
            "合计", budget.offices.reduce(Money.zero) { $0 + $1.spent }.formattedYuan(),
            String(budget.offices.map(\.expenditureCount).reduce(0, +)),
            ReportText.percent(budget.spent.fen == 0 ? nil : 100),
        ])
        return ReportTable(header: ["单位", "支出金额（元）", "笔数", "占比"], rows: rows, numeric: [1, 2, 3], totalLast: true)
    }

    /// One 二级指标's indicators.
    public static func indicatorTable(_ indicators: [IndicatorResult]) -> ReportTable {
        ReportTable(
            header: ["三级指标", "年度指标值", "实际完成值", "完成率", "分值", "得分", "偏差原因"],
            rows: indicators.map {
                [
                    $0.name, $0.targetText, $0.actualWithUnit, ReportText.percent($0.completionRate),
                    ReportText.number($0.weight), ReportText.score($0.score.score), $0.deviationText,
                ]
            },
            numeric: [3, 4, 5],
            totalLast: false
        )
    }

    /// 六、自评得分, with its 总分 row.
    public var scoreTable: ReportTable {
        var rows = score.lines.map { [$0.name, ReportText.number($0.weight), ReportText.score($0.score), $0.basis] }
        rows.append(["总分", "100", ReportText.score(score.total), "等级：\(score.grade.rawValue)"])
        return ReportTable(header: ["评价内容", "分值", "得分", "计分依据"], rows: rows, numeric: [1, 2], totalLast: true)
    }

    /// 七、数据说明's table of offices; with a column 审核 (each office's review, Docs/Review.md) when the report
    /// comes from a district that reviews.
    public var syncTable: ReportTable {
        let reviewed = dataNotes.offices.contains { $0.review != nil }
        return ReportTable(
            header: ["单位", "应报送", "最近同步", "同步结果", "缺少数值"] + (reviewed ? ["审核"] : []),
            rows: dataNotes.offices.map { line in
                [
                    line.name, line.expected ? "是" : "否", line.lastSyncAtText ?? "未同步", line.lastSyncResult ?? "—",
                    line.missingValueCount == 0 ? "无" : "\(line.missingValueCount)项",
                ]
                    + (reviewed
                        ? [ReportBuilder.reviewName(line.review.flatMap(ReviewState.init(rawValue:)) ?? .draft)] : [])
            },
            numeric: [],
            totalLast: false
        )
    }
}
