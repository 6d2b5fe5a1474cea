extension Catalogue {
    /// What the checks that never refuse data say: broken validation rules and outliers (`DataChecks`), in
    /// `district status`, the office's import warnings and the plan import.
    static let checks: [String: Entry] = [
        "noun.previous-code": Entry(zh: "上年指标代码", en: "previous code"),
        "rule.one-comparison": Entry(
            zh: "规则“{rule}”应当用 <=、<、>=、>、= 中的一个比较两边（如 JD03 <= JD02）",
            en: "rule \"{rule}\" must compare two sides with one of <=, <, >=, >, = (e.g. JD03 <= JD02)"
        ),
        "rule.invalid": Entry(zh: "规则“{rule}”无效：{reason}", en: "rule \"{rule}\" is not valid: {reason}"),
        "checks.rule.office-period": Entry(
            zh: "{office} {period}：不符合校验规则 {rule}（左边 {left}，右边 {right}）",
            en: "{office} {period}: breaks the rule {rule} ({left} against {right})"
        ),
        "checks.rule.office-year": Entry(
            zh: "{office} 全年：不符合校验规则 {rule}（左边 {left}，右边 {right}）",
            en: "{office} for the year: breaks the rule {rule} ({left} against {right})"
        ),
        "checks.rule.project": Entry(
            zh: "全项目：不符合校验规则 {rule}（左边 {left}，右边 {right}）",
            en: "the whole project: breaks the rule {rule} ({left} against {right})"
        ),
        "checks.outlier": Entry(
            zh: "{office} {period} {indicator} 的值 {value} 异常：与本单位其他各期（中位数 {own}）和其他单位同期（中位数 {others}）都相差超过3个绝对中位差，请核实",
            en:
                "{office} {period} {indicator}: {value} is unusual: more than 3 median absolute deviations from the office's other periods (median {own}) and from the other offices' values for the period (median {others}); check it"
        ),
        "checks.import-warning": Entry(
            zh: "警告：{message}（已照常保存，请核实数据）",
            en: "warning: {message} (stored all the same; check the figures)"
        ),
        "plan.rule-unknown-indicator": Entry(
            zh: "校验规则“{rule}”中的 {code} 不是项目 {project} 的指标（也不是 spending、spending.类别代码、budget、budget.资金代码）",
            en:
                "rule \"{rule}\" names {code}, which is not an indicator of project {project} (nor spending, spending.CATEGORY, budget or budget.FUND)"
        ),
        "plan.rule-unknown-category": Entry(
            zh: "校验规则“{rule}”中的 {code} 所指的支出类别不是项目 {project} 的类别",
            en: "rule \"{rule}\" names {code}, but that is not a spending category of project {project}"
        ),
        "plan.rule-unknown-fund": Entry(
            zh: "校验规则“{rule}”中的 {code} 所指的资金不是项目 {project} 的资金来源",
            en: "rule \"{rule}\" names {code}, but that is not a fund of project {project}"
        ),
        "plan.rule-formula": Entry(
            zh: "校验规则“{rule}”中的 {code} 是公式指标：规则只比较各单位报送的数值",
            en: "rule \"{rule}\" names {code}, a formula indicator: a rule compares the values offices report"
        ),
        "plan.rule-qualitative": Entry(
            zh: "校验规则“{rule}”中的 {code} 是定性指标：规则只比较数值",
            en: "rule \"{rule}\" names {code}, a qualitative indicator: a rule compares numbers"
        ),
        "plan.kept-indicator-unweighted": Entry(
            zh: "指标 {code} 已从计划中删除，但各单位已有 {n} 条数值，保留但不计分（分值 {weight} 改为 0）；项目 {project} 其余指标分值合计 {total} 分",
            en:
                "indicator {code} was removed from the plan but offices have {n} values for it: kept, but it no longer scores (weight {weight} becomes 0); the other indicators of project {project} carry {total} points",
            enOne:
                "indicator {code} was removed from the plan but offices have {n} value for it: kept, but it no longer scores (weight {weight} becomes 0); the other indicators of project {project} carry {total} points"
        ),
        "plan.kept-indicator-weightless": Entry(
            zh: "指标 {code} 已从计划中删除，但各单位已有 {n} 条数值，保留，分值为 0，不计分；项目 {project} 其余指标分值合计 {total} 分",
            en:
                "indicator {code} was removed from the plan but offices have {n} values for it: kept with weight 0, so it does not score; the other indicators of project {project} carry {total} points",
            enOne:
                "indicator {code} was removed from the plan but offices have {n} value for it: kept with weight 0, so it does not score; the other indicators of project {project} carry {total} points"
        ),
        "checks.status.heading": Entry(
            zh: "数据核查（不影响得分）：",
            en: "Data checks (they never change a score):"
        ),
    ]
}
