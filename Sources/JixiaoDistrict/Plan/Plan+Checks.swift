import JixiaoModels

extension Plan {
    /// The points a project's indicators carry together; the other 10 of 100 are the budget execution rate.
    public static let indicatorPoints = 90.0

    /// Which 二级指标 belong under which 一级指标.
    static let level2ByLevel1: [String: [String]] = [
        "产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
        "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
        "满意度指标": ["服务对象满意度指标"],
    ]

    /// Checks the rules that span elements: codes (valid, unique), levels, formulas, weights, reporters.
    ///
    /// Empty codes are skipped: the reader has already reported them missing.
    /// - Parameter skippingWeightSums: indices of projects whose weight sum is not checked (some weight unreadable).
    /// - Returns: every problem found, in file order; empty when the plan is sound.
    public func problems(skippingWeightSums: Set<Int> = []) -> [PlanProblem] {
        var problems: [PlanProblem] = []
        var projectIndexByCode: [String: Int] = [:]
        var indicatorLocationByCode: [String: String] = [:]
        var indicatorProject: [String: String] = [:]
        for item in projects {
            for indicator in item.indicators where !indicator.code.isEmpty && indicatorProject[indicator.code] == nil {
                indicatorProject[indicator.code] = item.project.code
            }
        }
        for (p, item) in projects.enumerated() {
            let code = item.project.code
            let location = Self.location(p, code)
            if !code.isEmpty {
                checkCode(code, what: tr("noun.project-code"), at: location, into: &problems)
                if let first = projectIndexByCode[code] {
                    problems.append(
                        PlanProblem(
                            location: location,
                            message: tr("plan.project-code-twice", ["code": code, "first": "\(first)"])
                        )
                    )
                } else {
                    projectIndexByCode[code] = p
                }
            }
            for office in item.project.offices {
                checkCode(office, what: tr("noun.office-code"), at: location, into: &problems)
            }
            if Set(item.project.offices).count != item.project.offices.count {
                problems.append(PlanProblem(location: location, message: tr("plan.office-twice")))
            }
            checkUnique(item.funds.map(\.code), kind: "funds", base: location, into: &problems)
            checkUnique(item.categories.map(\.code), kind: "categories", base: location, into: &problems)
            for (i, indicator) in item.indicators.enumerated() {
                let here = "\(location) indicators[\(i)]" + (indicator.code.isEmpty ? "" : " \"\(indicator.code)\"")
                if !indicator.code.isEmpty {
                    checkCode(indicator.code, what: tr("noun.indicator-code"), at: here, into: &problems)
                    if let first = indicatorLocationByCode[indicator.code] {
                        problems.append(
                            PlanProblem(
                                location: here,
                                message: tr("plan.indicator-code-twice", ["code": indicator.code, "first": first])
                            )
                        )
                    } else {
                        indicatorLocationByCode[indicator.code] = here
                    }
                }
                checkIndicator(indicator, at: here, project: item, indicatorProject: indicatorProject, into: &problems)
                if !indicator.previous.isEmpty {
                    checkCode(indicator.previous, what: tr("noun.previous-code"), at: here, into: &problems)
                }
            }
            for (r, rule) in item.project.rules.enumerated() {
                checkRule(rule, at: "\(location) rules[\(r)]", project: item, into: &problems)
            }
            if !skippingWeightSums.contains(p) {
                let total = item.indicators.reduce(0.0) { $0 + $1.weight }
                if item.indicators.isEmpty {
                    problems.append(
                        PlanProblem(
                            location: location,
                            message: tr("plan.no-indicators")
                        )
                    )
                } else if abs(total - Self.indicatorPoints) > 1e-6 {
                    problems.append(
                        PlanProblem(
                            location: location,
                            message: tr(
                                "plan.weights-not-90",
                                ["total": PlanNumber.text((total * 1e6).rounded() / 1e6)]
                            )
                        )
                    )
                }
            }
        }
        problems += formulaCycles()
        return problems
    }

    /// Things that are accepted but probably unintended: a 二级指标 under another 一级指标 than the standard one
    /// (财预〔2020〕10号 puts 数量指标 under 产出指标, 生态效益指标 under 效益指标, …).
    /// - Returns: one warning per such indicator, in file order.
    public func warnings() -> [PlanProblem] {
        var warnings: [PlanProblem] = []
        for (p, item) in projects.enumerated() {
            for (i, indicator) in item.indicators.enumerated() {
                guard let allowed = Self.level2ByLevel1[indicator.level1],
                    Indicator.level2Names.contains(indicator.level2),
                    !allowed.contains(indicator.level2)
                else { continue }
                warnings.append(
                    PlanProblem(
                        location: "\(Self.location(p, item.project.code)) indicators[\(i)] \"\(indicator.code)\"",
                        message: tr(
                            "plan.level2-not-under",
                            [
                                "level2": indicator.level2, "level1": indicator.level1,
                                "allowed": allowed.joined(separator: ", "),
                            ]
                        )
                    )
                )
            }
        }
        return warnings
    }

    static func location(_ index: Int, _ code: String) -> String {
        "projects[\(index)]" + (code.isEmpty ? "" : " \"\(code)\"")
    }

    /// A validation rule parses and names only the project's numeric, reported indicators and its categories and
    /// funds (see `ValidationRule`).
    private func checkRule(
        _ text: String,
        at location: String,
        project: PlanProject,
        into problems: inout [PlanProblem]
    ) {
        let indicators = Dictionary(project.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let rule: ValidationRule
        do {
            rule = try ValidationRule(parsing: text, knownCodes: Set(indicators.keys))
        } catch {
            problems.append(PlanProblem(location: location, message: "\(error)"))
            return
        }
        for code in rule.codes {
            let arguments = ["rule": text, "code": code, "project": project.project.code]
            switch ValidationRule.moneyName(code) {
            case .spending(let category?)? where !project.categories.contains(where: { $0.code == category }):
                problems.append(
                    PlanProblem(location: location, message: tr("plan.rule-unknown-category", arguments))
                )
            case .budget(let fund?)? where !project.funds.contains(where: { $0.code == fund }):
                problems.append(PlanProblem(location: location, message: tr("plan.rule-unknown-fund", arguments)))
            case .some: break
            case nil:
                guard let indicator = indicators[code] else {
                    problems.append(
                        PlanProblem(location: location, message: tr("plan.rule-unknown-indicator", arguments))
                    )
                    continue
                }
                if case .formula = indicator.aggregation {
                    problems.append(PlanProblem(location: location, message: tr("plan.rule-formula", arguments)))
                } else if indicator.direction == .qualitative {
                    problems.append(
                        PlanProblem(location: location, message: tr("plan.rule-qualitative", arguments))
                    )
                }
            }
        }
    }

    private func checkCode(_ code: String, what: String, at location: String, into problems: inout [PlanProblem]) {
        do {
            try Code.check(code, as: what)
        } catch {
            problems.append(PlanProblem(location: location, message: "\(error)"))
        }
    }

    private func checkUnique(_ codes: [String], kind: String, base: String, into problems: inout [PlanProblem]) {
        var first: [String: Int] = [:]
        for (i, code) in codes.enumerated() where !code.isEmpty {
            let here = "\(base) \(kind)[\(i)] \"\(code)\""
            checkCode(code, what: tr("noun.code"), at: here, into: &problems)
            if let earlier = first[code] {
                problems.append(
                    PlanProblem(
                        location: here,
                        message: tr("plan.code-twice", ["code": code, "kind": kind, "first": "\(earlier)"])
                    )
                )
            } else {
                first[code] = i
            }
        }
    }

    private func checkIndicator(
        _ indicator: Indicator,
        at here: String,
        project: PlanProject,
        indicatorProject: [String: String],
        into problems: inout [PlanProblem]
    ) {
        func add(_ message: String) { problems.append(PlanProblem(location: here, message: message)) }
        if !indicator.level1.isEmpty, Self.level2ByLevel1[indicator.level1] == nil {
            add(
                tr(
                    "plan.not-one-of",
                    [
                        "key": "level1", "text": indicator.level1,
                        "list": Indicator.level1Names.joined(separator: ", "),
                    ]
                )
            )
        }
        if !indicator.level2.isEmpty {
            if !Indicator.level2Names.contains(indicator.level2) {
                add(
                    tr(
                        "plan.not-one-of",
                        [
                            "key": "level2", "text": indicator.level2,
                            "list": Indicator.level2Names.joined(separator: ", "),
                        ]
                    )
                )
            }
        }
        // Formulas are computed, never reported: their reporters are ignored (see Docs/PlanFormat.md).
        for reporter in indicator.reporters where indicator.aggregation.name != "formula" {
            checkCode(reporter, what: tr("noun.reporter-code"), at: here, into: &problems)
            if !project.project.offices.isEmpty, !project.project.offices.contains(reporter) {
                add(tr("plan.reporter-not-office", ["reporter": reporter]))
            }
        }
        guard case .formula(let text) = indicator.aggregation else { return }
        let formula: Formula
        do {
            formula = try Formula(parsing: text)
        } catch {
            add("\(error)")
            return
        }
        for code in formula.codes {
            if code == indicator.code {
                add(tr("plan.formula-self", ["formula": text]))
            } else if let owner = indicatorProject[code] {
                if owner != project.project.code {
                    add(tr("plan.formula-other-project", ["formula": text, "code": code, "owner": owner]))
                }
            } else {
                add(tr("plan.formula-unknown", ["formula": text, "code": code]))
            }
        }
    }

    /// Formulas that depend on each other in a circle (A uses B, B uses A) cannot be computed.
    private func formulaCycles() -> [PlanProblem] {
        var uses: [String: [String]] = [:]
        var locations: [String: String] = [:]
        for (p, item) in projects.enumerated() {
            for (i, indicator) in item.indicators.enumerated() {
                guard case .formula(let text) = indicator.aggregation, !indicator.code.isEmpty,
                    let formula = try? Formula(parsing: text)
                else { continue }
                uses[indicator.code] = formula.codes.filter { $0 != indicator.code }
                locations[indicator.code] =
                    "\(Self.location(p, item.project.code)) indicators[\(i)] \"\(indicator.code)\""
            }
        }
        var problems: [PlanProblem] = []
        var reported: Set<String> = []
        for start in uses.keys.sorted() {
            // Depth-first search from `start`; a path back to `start` is a cycle.
            var stack: [(String, [String])] = [(start, [start])]
            var seen: Set<String> = []
            while let (node, path) = stack.popLast() {
                for next in uses[node] ?? [] {
                    if next == start {
                        let cycle = path + [start]
                        if reported.isDisjoint(with: cycle) {
                            problems.append(
                                PlanProblem(
                                    location: locations[start] ?? "",
                                    message: tr("plan.formula-cycle", ["cycle": cycle.joined(separator: " → ")])
                                )
                            )
                            reported.formUnion(cycle)
                        }
                    } else if seen.insert(next).inserted {
                        stack.append((next, path + [next]))
                    }
                }
            }
        }
        return problems
    }
}
