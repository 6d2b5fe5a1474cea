import JixiaoModels

extension ReportBuilder {
    func dataNotes(indicators: [IndicatorResult]) -> DataNotes {
        let statuses = Dictionary(input.offices.map { ($0.office.code, $0) }, uniquingKeysWith: { first, _ in first })
        let missing = indicators.flatMap(\.missing)
        let rank = Dictionary(uniqueKeysWithValues: officeOrder.enumerated().map { ($1, $0) })
        let missingByOffice = missing.sorted { (rank[$0.office] ?? Int.max) < (rank[$1.office] ?? Int.max) }
        let lines = officeOrder.map { code -> DataNotes.OfficeLine in
            let status = statuses[code]
            return DataNotes.OfficeLine(
                code: code,
                name: officeName(code),
                expected: expected.contains(code),
                synced: status?.lastSyncAt != nil,
                lastSyncAt: status?.lastSyncAt.map(ReportText.isoTime),
                lastSyncAtText: status?.lastSyncAt.map { ReportText.time($0) },
                lastSyncResult: status?.lastSyncResult,
                missingValueCount: missing.filter { $0.office == code }.map(\.periods.count).reduce(0, +),
                review: input.reviews.map { ($0[code]?.state ?? .draft).rawValue }
            )
        }
        let notSynced = lines.filter { $0.expected && !$0.synced }.map(\.code)
        let withoutValues = indicators.filter { $0.formula == nil && $0.valueCount == 0 && $0.grades.isEmpty }
            .map(\.code)

        var statements: [String] = []
        statements.append("本报告数据截至\(ReportText.time(input.generatedAt))，为各单位最近一次同步到区里的数据。")
        let expectedLines = lines.filter(\.expected)
        let syncedLines = expectedLines.filter(\.synced)
        var syncText = "本项目应报送单位\(expectedLines.count)个，已同步\(syncedLines.count)个"
        if let latest = syncedLines.compactMap({ statuses[$0.code]?.lastSyncAt }).max(),
            let earliest = syncedLines.compactMap({ statuses[$0.code]?.lastSyncAt }).min()
        {
            // Times print to the minute: syncs within the same minute read as one time, not a range from it to itself.
            syncText +=
                ReportText.time(earliest, zone: false) == ReportText.time(latest, zone: false)
                ? "（均同步于\(ReportText.time(latest, zone: false))）"
                : "（最近一次同步在\(ReportText.time(earliest, zone: false))至\(ReportText.time(latest, zone: false))之间，各单位见下表）"
        }
        if notSynced.isEmpty {
            syncText += "，全部单位均已同步。"
        } else {
            syncText += "；尚未同步\(notSynced.count)个：\(notSynced.map(officeName).joined(separator: "、"))，其数据未计入本报告。"
        }
        statements.append(syncText)
        for line in syncedLines {
            let succeeded =
                statuses[line.code]?.lastSyncSucceeded
                ?? ["ok", "成功", ""].contains((line.lastSyncResult ?? "").lowercased())
            if !succeeded, let result = line.lastSyncResult {
                statements.append("\(line.name)最近一次同步未成功（\(result)），报告使用其此前已同步的数据。")
            }
        }
        let unexpected = lines.filter { !$0.expected }
        if !unexpected.isEmpty {
            statements.append(
                "以下单位不在本项目应报送单位之列，但报送了数据，已计入：\(unexpected.map(\.name).joined(separator: "、"))。"
            )
        }
        if missingByOffice.isEmpty {
            statements.append("各应报送单位的绩效指标数值均已报送。")
        } else {
            var byOffice: [(String, [MissingValues])] = []
            for item in missingByOffice {
                if let index = byOffice.firstIndex(where: { $0.0 == item.office }) {
                    byOffice[index].1.append(item)
                } else {
                    byOffice.append((item.office, [item]))
                }
            }
            for (office, items) in byOffice {
                let list = items.map { "\($0.indicator) \($0.indicatorName)（\($0.periods.joined(separator: "、"))）" }
                statements.append("\(officeName(office))缺少应报送的指标数值：\(list.joined(separator: "；"))。")
            }
        }
        if hasPeriodsNotYetDue {
            statements.append("部分指标的报送期间截至\(ReportText.time(input.generatedAt, zone: false))尚未结束，这些期间的数值未计为缺少。")
        }
        if !withoutValues.isEmpty {
            let names = indicators.filter { withoutValues.contains($0.code) }.map { "\($0.code) \($0.name)" }
            statements.append("以下指标没有任何数值，实际完成值为空，得0分：\(names.joined(separator: "；"))。")
        }
        let narrators = Set(
            input.narratives.filter { $0.project == input.project.code && !$0.text.trimmingSpaces().isEmpty }
                .map(\.office)
        )
        let silent = expectedLines.filter { !narrators.contains($0.code) }.map(\.name)
        if !silent.isEmpty {
            statements.append("以下单位未填写工作亮点、存在问题或改进措施：\(silent.joined(separator: "、"))。")
        }
        let checks = checkNotes()
        statements += checks.rules + checks.outliers
        let weights = indicators.map(\.weight).reduce(0, +)
        if abs(weights - 90) > 1e-9 {
            statements.append("注意：本项目绩效指标分值合计为\(ReportText.number(weights))分，不是规定的90分，总分可能不足100分或超过100分。")
        }
        statements.append("反向指标（越低越好）未达到指标值时按 \(options.lowerIsBetter.formula) 计分。")
        var notApproved: [String]?
        if let reviews = input.reviews {
            let waiting = expectedLines.filter { reviews[$0.code]?.state != .approved }
            notApproved = waiting.map(\.code)
            var text = "本项目应报送单位\(expectedLines.count)个，区里已审核通过\(expectedLines.count - waiting.count)个"
            if waiting.isEmpty {
                text += "，全部单位的数据均已审核通过。"
            } else {
                let names = waiting.map { line in
                    "\(line.name)（\(Self.reviewName(reviews[line.code]?.state ?? .draft))）"
                }
                text += "；未审核通过\(waiting.count)个：\(names.joined(separator: "、"))，本报告为草稿。"
            }
            statements.insert(text, at: min(2, statements.count))
        }
        return DataNotes(
            asOf: ReportText.time(input.generatedAt),
            offices: lines,
            notSynced: notSynced,
            missing: missingByOffice,
            indicatorsWithoutValues: withoutValues,
            statements: statements,
            notApproved: notApproved,
            ruleViolations: checks.rules,
            outliers: checks.outliers
        )
    }

    /// A review state as the report names it (the report is always in Chinese).
    static func reviewName(_ state: ReviewState) -> String {
        switch state {
        case .draft: "未上报"
        case .submitted: "已上报，待审核"
        case .returned: "已退回"
        case .approved: "已审核通过"
        }
    }
}
