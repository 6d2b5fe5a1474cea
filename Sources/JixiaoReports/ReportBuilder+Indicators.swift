import JixiaoModels

extension ReportBuilder {
    /// The offices expected to report `indicator`: its reporters, or else the project's offices.
    func reporters(of indicator: Indicator) -> [String] {
        indicator.reporters.isEmpty ? input.expectedOffices : indicator.reporters
    }

    /// The periods of `indicator` that have ended by the time the report is generated: a value for a quarter still
    /// running is not yet owed.
    func duePeriods(of indicator: Indicator) -> [Period] {
        Period.year(year).subdivided(into: indicator.frequency).filter { $0.lastDay < today }
    }

    /// Whether some period of an indicator the offices report has not ended yet.
    var hasPeriodsNotYetDue: Bool {
        input.indicators.contains { indicator in
            if case .formula = indicator.aggregation { return false }
            return duePeriods(of: indicator).count < Period.year(year).subdivided(into: indicator.frequency).count
        }
    }

    /// The expected periods each reporter has not covered with a value (a value covers a period it lies in or
    /// that lies in it, so a yearly value covers a quarterly indicator's quarters and vice versa). Only periods
    /// that have ended count.
    func missingValues(of indicator: Indicator, values: [IndicatorValue]) -> [MissingValues] {
        if case .formula = indicator.aggregation { return [] }
        let periods = duePeriods(of: indicator)
        return reporters(of: indicator).compactMap { office in
            let own = values.filter { $0.office == office }
            let missing = periods.filter { period in
                !own.contains { $0.period.contains(period) || period.contains($0.period) }
            }
            guard !missing.isEmpty else { return nil }
            return MissingValues(
                office: office,
                officeName: officeName(office),
                indicator: indicator.code,
                indicatorName: indicator.name,
                periods: missing.map(\.description)
            )
        }
    }

    /// Combined values of the quantitative indicators, then the formulas evaluated over them.
    func combinedValues() -> (values: [String: Double], formulaNotes: [String: [String]]) {
        var combined: [String: Double] = [:]
        for indicator in input.indicators where indicator.direction != .qualitative {
            if case .formula = indicator.aggregation { continue }
            let own = values.filter { $0.indicator == indicator.code }
            if let value = ValueCombiner.combine(own, rule: indicator.aggregation) { combined[indicator.code] = value }
        }
        let byCode = Dictionary(input.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let known = Set(byCode.keys)
        var notes: [String: [String]] = [:]
        var visiting: Set<String> = []
        var done: Set<String> = []

        func evaluate(_ code: String) -> Double? {
            guard let indicator = byCode[code], case .formula(let text) = indicator.aggregation else {
                return combined[code]
            }
            if done.contains(code) { return combined[code] }
            guard !visiting.contains(code) else {
                notes[code, default: []].append("公式循环引用自身，无法计算")
                return nil
            }
            visiting.insert(code)
            defer {
                visiting.remove(code)
                done.insert(code)
            }
            let formula: Formula
            do {
                formula = try Formula(parsing: text, knownCodes: known)
            } catch {
                notes[code, default: []].append("公式无法解析：\(error)")
                return nil
            }
            for reference in formula.codes {
                if byCode[reference] == nil {
                    notes[code, default: []].append("公式引用的指标\(reference)不是本项目的指标")
                } else if evaluate(reference) == nil {
                    notes[code, default: []].append("公式引用的指标\(reference)没有数值")
                }
            }
            let result = formula.evaluate { evaluate($0) }
            if result == nil && (notes[code] ?? []).isEmpty {
                notes[code, default: []].append("公式计算中出现除以0，无数值")
            }
            combined[code] = result
            return result
        }
        for indicator in input.indicators { _ = evaluate(indicator.code) }
        return (combined, notes)
    }

    /// How a `latest` value was taken, when the offices' latest periods differ: `最新值为各单位最近一期之和（最近为
    /// 2023Q4），含银盆岭街道2023Q3数` (Scoring.md: each office's own latest period, summed). `nil` when every office's
    /// latest period is the same.
    static func latestNote(_ values: [IndicatorValue], officeName: (String) -> String) -> String? {
        var latest: [String: Period] = [:]
        var order: [String] = []
        for value in values {
            if let period = latest[value.office] {
                if value.period > period { latest[value.office] = value.period }
            } else {
                latest[value.office] = value.period
                order.append(value.office)
            }
        }
        guard let newest = latest.values.max() else { return nil }
        let older = order.filter { latest[$0] != newest }
        guard !older.isEmpty else { return nil }
        return "最新值为各单位最近一期之和（最近为\(newest)），含"
            + older.map { "\(officeName($0))\(latest[$0].map(\.description) ?? "")数" }.joined(separator: "、")
    }

    func indicatorResults() -> [IndicatorResult] {
        let (combined, formulaNotes) = combinedValues()
        return input.indicators.map { indicator in
            let own = values.filter { $0.indicator == indicator.code }
            var notes = formulaNotes[indicator.code] ?? []
            var result = IndicatorResult(
                code: indicator.code,
                name: indicator.name,
                level1: indicator.level1,
                level2: indicator.level2,
                unit: indicator.unit,
                target: indicator.target,
                direction: indicator.direction.rawValue,
                aggregate: indicator.aggregation.name,
                formula: nil,
                weight: indicator.weight,
                actual: nil,
                grades: [],
                actualText: "—",
                completionRate: nil,
                score: IndicatorScore(score: 0, completionRate: nil, met: nil, basis: ""),
                labels: [],
                contributions: [],
                deviationNotes: deviationNotes(own),
                valueCount: 0,
                missing: missingValues(of: indicator, values: own),
                notes: []
            )
            if case .formula(let text) = indicator.aggregation {
                result.formula = text
                result.actual = combined[indicator.code]
                if !own.isEmpty {
                    notes.append("本指标由公式计算，单位报送的\(own.count)个数值未使用")
                }
            } else if indicator.direction == .qualitative {
                result.grades = latestTexts(own)
                result.valueCount = own.count
                result.labels = labelResults(own, indicator: indicator)
            } else {
                let textual = own.filter { $0.value.number == nil }
                if !textual.isEmpty {
                    notes.append(
                        "\(textual.count)个数值不是数字，未计入（"
                            + textual.map { "\(officeName($0.office))：\($0.value.display)" }.joined(separator: "；")
                            + "）"
                    )
                }
                result.actual = combined[indicator.code]
                if case .latest = indicator.aggregation,
                    let note = Self.latestNote(own.filter { $0.value.number != nil }, officeName: officeName)
                {
                    notes.append(note)
                }
                result.valueCount = own.count - textual.count
                result.labels = labelResults(own, indicator: indicator)
                if case .sum = indicator.aggregation { result.contributions = contributions(own, indicator: indicator) }
            }
            if indicator.direction == .qualitative {
                result.actualText = gradesText(latestEntries(own))
                result.score = Scoring.qualitative(grades: result.grades, weight: indicator.weight)
            } else {
                let decimals = Self.decimals(of: own, rule: indicator.aggregation)
                result.actualText = result.actual.map { ReportText.number($0, decimals: decimals) } ?? "—"
                result.score = Scoring.quantitative(
                    direction: indicator.direction,
                    target: indicator.numericTarget,
                    actual: result.actual,
                    weight: indicator.weight,
                    options: options
                )
            }
            if indicator.weight == 0 && result.score.met != nil {
                result.score.basis = "分值为0，不计分（\(result.score.met == true ? "已达到" : "未达到")指标值）"
            }
            result.completionRate = result.score.completionRate
            result.notes = notes
            return result
        }
    }

    /// For a qualitative indicator: each office's (and label's) text of its latest period, in office order.
    func latestTexts(_ values: [IndicatorValue]) -> [String] { latestEntries(values).map(\.text) }

    /// How many decimals an indicator's value is printed with: those of its most precise input (人案比 3.795 stays
    /// 3.795), at least 2 and at most 6; a formula's result, computed from counts, with 2.
    static func decimals(of values: [IndicatorValue], rule: Indicator.Aggregation) -> Int {
        if case .formula = rule { return 2 }
        let inputs = values.compactMap(\.value.number).map { number -> Int in
            let text = ReportText.number(number, decimals: 6)
            guard let dot = text.firstIndex(of: ".") else { return 0 }
            return text.distance(from: dot, to: text.endIndex) - 1
        }
        return min(6, max(2, inputs.max() ?? 0))
    }

    /// The grades as printed: one grade alone when every office gave it, else each grade with who gave it
    /// (`良（望麓园街道）；达成（伍家岭街道、沙坪街道）`), in office order.
    func gradesText(_ entries: [(office: String, label: String, text: String)]) -> String {
        guard !entries.isEmpty else { return "—" }
        var grouped: [(grade: String, writers: [String])] = []
        for entry in entries {
            let writer = officeName(entry.office) + (entry.label.isEmpty ? "" : "（\(entry.label)）")
            if let index = grouped.firstIndex(where: { $0.grade == entry.text }) {
                if !grouped[index].writers.contains(writer) { grouped[index].writers.append(writer) }
            } else {
                grouped.append((entry.text, [writer]))
            }
        }
        if grouped.count == 1 { return grouped[0].grade }
        return grouped.map { "\($0.grade)（\($0.writers.joined(separator: "、"))）" }.joined(separator: "；")
    }

    /// Each office's (and label's) latest value of a qualitative indicator, in office order, empty texts left out.
    func latestEntries(_ values: [IndicatorValue]) -> [(office: String, label: String, text: String)] {
        var latest: [String: IndicatorValue] = [:]
        var order: [String] = []
        for value in values {
            let key = value.office + "\u{1F}" + value.label
            if let current = latest[key] {
                if value.period >= current.period { latest[key] = value }
            } else {
                latest[key] = value
                order.append(key)
            }
        }
        return order.compactMap { key -> (office: String, label: String, text: String)? in
            guard let value = latest[key] else { return nil }
            let text = value.value.display.trimmingSpaces()
            return text.isEmpty ? nil : (value.office, value.label, text)
        }
    }

    func labelResults(_ values: [IndicatorValue], indicator: Indicator) -> [LabelResult] {
        guard values.contains(where: { !$0.label.isEmpty }) else { return [] }
        // Chinese order (pinyin: 厨余垃圾 before 其他垃圾), not code point order; 未标注 last.
        let labels = Set(values.map(\.label)).sorted { a, b in
            if a.isEmpty || b.isEmpty { return !a.isEmpty && b.isEmpty }
            return ReportText.chineseOrder(a, b)
        }
        return labels.map { label in
            let own = values.filter { $0.label == label }
            let name = label.isEmpty ? "（未标注）" : label
            if indicator.direction == .qualitative {
                let texts = latestTexts(own)
                return LabelResult(
                    label: name,
                    actual: nil,
                    actualText: texts.isEmpty ? "—" : texts.joined(separator: "；"),
                    valueCount: own.count
                )
            }
            let actual = ValueCombiner.combine(own, rule: indicator.aggregation)
            let decimals = Self.decimals(of: own, rule: indicator.aggregation)
            return LabelResult(
                label: name,
                actual: actual,
                actualText: actual.map { ReportText.number($0, decimals: decimals) } ?? "—",
                valueCount: own.filter { $0.value.number != nil }.count
            )
        }
    }

    func contributions(_ values: [IndicatorValue], indicator: Indicator) -> [OfficeContribution] {
        var offices = reporters(of: indicator)
        for value in values where !offices.contains(value.office) { offices.append(value.office) }
        let total = values.compactMap(\.value.number).reduce(0, +)
        return offices.map { office in
            let numbers = values.filter { $0.office == office }.compactMap(\.value.number)
            let sum = numbers.isEmpty ? nil : numbers.reduce(0, +)
            return OfficeContribution(
                office: office,
                officeName: officeName(office),
                value: sum,
                share: sum.flatMap { total != 0 ? $0 / total * 100 : nil }
            )
        }
    }

    func deviationNotes(_ values: [IndicatorValue]) -> [OfficeNote] {
        var seen: Set<String> = []
        return values.compactMap { value in
            let note = value.note.trimmingSpaces()
            guard !note.isEmpty, seen.insert(value.office + "\u{1F}" + note).inserted else { return nil }
            return OfficeNote(
                office: value.office,
                officeName: officeName(value.office),
                period: value.period.description,
                label: value.label,
                note: note
            )
        }
    }
}
