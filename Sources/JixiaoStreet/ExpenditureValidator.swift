import JixiaoModels

/// Checks expenditures against the reference data: a known project that lists the office (or lists none), a known
/// category and fund (each by code, or by name when only one has it), an amount that is money and not zero, a date in the project's year. Voucher numbers are checked separately (`VoucherIndex`) because that
/// needs what is already stored.
public struct ExpenditureValidator: Sendable {
    /// What the office has received from the district.
    public let reference: ReferenceData
    /// The office recording the expenditures.
    public let office: String
    /// The funds and categories of each project, looked up once rather than filtered for every row of an import.
    private let funds: [YearKey: [Fund]]
    private let categories: [YearKey: [Category]]
    /// The same rows by exact code (the first of a code wins, as `ReferenceData.match` finds it), so that the usual
    /// row of an import, written with codes, costs one hash lookup per column instead of a scan.
    private let projectsByCode: [YearKey: Project]
    private let fundsByCode: [YearKey: [String: Fund]]
    private let categoriesByCode: [YearKey: [String: Category]]

    /// A validator for `office` against `reference`.
    public init(reference: ReferenceData, office: String) {
        self.reference = reference
        self.office = office
        funds = Dictionary(grouping: reference.funds, by: { YearKey($0.project, $0.year) })
        categories = Dictionary(grouping: reference.categories, by: { YearKey($0.project, $0.year) })
        projectsByCode = Dictionary(reference.projects.map { (YearKey($0.code, $0.year), $0) }) { first, _ in first }
        fundsByCode = funds.mapValues { rows in Dictionary(rows.map { ($0.code, $0) }) { first, _ in first } }
        categoriesByCode = categories.mapValues { rows in Dictionary(rows.map { ($0.code, $0) }) { first, _ in first } }
    }

    /// Checks `input` and builds the expenditure.
    ///
    /// - Parameters:
    ///   - input: the fields as typed.
    ///   - id: the id the expenditure gets (a new UUID, or the id of the row being edited).
    ///   - problems: receives one message per problem found (all of them, not only the first).
    /// - Returns: the expenditure with codes in the district's spelling and trimmed text, or `nil` when there are
    ///   problems.
    public func check(_ input: ExpenditureInput, id: String, problems: inout [String]) -> Expenditure? {
        let before = problems.count
        let project = checkProject(input.project, year: Self.parseDate(input.date.trimmed())?.year, problems: &problems)
        let category = project.flatMap { checkCategory(input.category, of: $0, problems: &problems) }
        let fund = project.flatMap { checkFund(input.fund, of: $0, problems: &problems) }
        let amount = Self.checkAmount(input.amount, problems: &problems)
        let date = Self.checkDate(input.date, in: project, problems: &problems)
        guard problems.count == before, let project, let category, let fund, let amount, let date else { return nil }
        return Expenditure(
            id: id,
            office: office,
            project: project.code,
            category: category.code,
            fund: fund.code,
            amount: amount,
            date: date.description,
            voucher: input.voucher.trimmed(),
            payee: input.payee.trimmed(),
            note: input.note.trimmed()
        )
    }

    /// The projects a code or name is looked up in: the expenditure's year's when that year has it, else each
    /// code's latest year's.
    private func projectCandidates(_ code: String, year: Int?) -> [Project] {
        let ofYear = reference.projects.filter { $0.year == year }
        if case .found = ReferenceLookup.find(code, in: ofYear, code: \.code, name: \.name) { return ofYear }
        var latest: [String: Project] = [:]
        for project in reference.projects where latest[project.code].map({ $0.year < project.year }) ?? true {
            latest[project.code] = project
        }
        return latest.values.sorted { $0.code < $1.code }
    }

    /// A known project, by code or name, that lists this office (or lists none). Codes are unique within a year:
    /// the project of the expenditure's year when that year has it, else the latest year's (whose year the date
    /// check then names).
    private func checkProject(_ text: String, year: Int?, problems: inout [String]) -> Project? {
        let code = text.trimmed()
        guard !code.isEmpty else {
            problems.append(tr("input.missing", ["field": tr("field.project")]))
            return nil
        }
        // Most rows name a project by its code in the row's year: one dictionary lookup.
        let lookup =
            year.flatMap { projectsByCode[YearKey(code, $0)] }.map { ReferenceLookup.found($0) }
            ?? ReferenceLookup.find(code, in: projectCandidates(code, year: year), code: \.code, name: \.name)
        switch lookup {
        case .found(let found):
            if !found.offices.isEmpty && !found.offices.contains(office) {
                problems.append(
                    tr("input.office-not-in-project", ["office": office, "project": found.code])
                )
            }
            return found
        case .ambiguous(let candidates):
            problems.append(
                tr("field.project") + " "
                    + ReferenceLookup.ambiguity(code, noun: tr("noun.projects"), candidates, describe: Self.named)
            )
        default:
            problems.append(
                tr("input.unknown", ["field": tr("field.project"), "text": code])
                    + Self.validCodes(
                        Array(Set(reference.projects.map(\.code))),
                        noun: tr("noun.projects"),
                        reference: reference
                    )
            )
        }
        return nil
    }

    /// A category of `project`, by code or name.
    private func checkCategory(_ text: String, of project: Project, problems: inout [String]) -> Category? {
        let code = text.trimmed()
        let candidates = categories[YearKey(project.code, project.year)] ?? []
        guard !code.isEmpty else {
            problems.append(tr("input.missing", ["field": tr("field.category")]))
            return nil
        }
        let lookup =
            categoriesByCode[YearKey(project.code, project.year)]?[code].map { ReferenceLookup.found($0) }
            ?? ReferenceLookup.find(code, in: candidates, code: \.code, name: \.name)
        switch lookup {
        case .found(let found):
            return found
        case .ambiguous(let matches):
            let noun = tr("noun.categories-of", ["project": project.code])
            problems.append(
                tr("field.category") + " " + ReferenceLookup.ambiguity(code, noun: noun, matches, describe: Self.named)
            )
        default:
            problems.append(
                tr("input.not-category-of", ["text": code, "project": project.code])
                    + Self.validCodes(candidates.map(\.code), noun: tr("noun.categories"), reference: reference)
            )
        }
        return nil
    }

    /// A fund of `project`, by code or name; may be left out when the project has exactly one.
    private func checkFund(_ text: String, of project: Project, problems: inout [String]) -> Fund? {
        let code = text.trimmed()
        let candidates = funds[YearKey(project.code, project.year)] ?? []
        if code.isEmpty {
            if candidates.count == 1 { return candidates[0] }
            if candidates.isEmpty {
                problems.append(tr("input.no-funds", ["project": project.code]))
            } else {
                problems.append(
                    tr(
                        "input.fund-missing-several",
                        ["project": project.code, "list": candidates.map(\.code).sorted().joined(separator: ", ")]
                    )
                )
            }
            return nil
        }
        let lookup =
            fundsByCode[YearKey(project.code, project.year)]?[code].map { ReferenceLookup.found($0) }
            ?? ReferenceLookup.find(code, in: candidates, code: \.code, name: \.name)
        switch lookup {
        case .found(let found):
            return found
        case .ambiguous(let matches):
            let noun = tr("noun.funds-of", ["project": project.code])
            problems.append(
                tr("field.fund") + " " + ReferenceLookup.ambiguity(code, noun: noun, matches, describe: Self.named)
            )
        default:
            problems.append(
                tr("input.not-fund-of", ["text": code, "project": project.code])
                    + Self.validCodes(candidates.map(\.code), noun: tr("noun.funds"), reference: reference)
            )
        }
        return nil
    }

    /// An amount of 元 that is not zero.
    private static func checkAmount(_ text: String, problems: inout [String]) -> Money? {
        let amountText = text.trimmed()
        guard !amountText.isEmpty else {
            problems.append(tr("input.missing", ["field": tr("field.amount")]))
            return nil
        }
        do {
            let parsed = try Money(parsing: amountText)
            guard parsed != .zero else {
                problems.append(tr("input.amount-zero", ["text": amountText]))
                return nil
            }
            // The district refuses the same rows (RowRules): better to hear it while typing than at the next sync.
            let beyond = RowRules.problems(amount: parsed)
            guard beyond.isEmpty else {
                problems += beyond
                return nil
            }
            return parsed
        } catch let error as ModelError {
            problems.append(error.message)
        } catch {
            problems.append(tr("input.amount-not-number", ["text": amountText]))
        }
        return nil
    }

    /// A date, in the project's year when the project is known.
    private static func checkDate(_ text: String, in project: Project?, problems: inout [String]) -> CalendarDate? {
        let dateText = text.trimmed()
        guard !dateText.isEmpty else {
            problems.append(tr("input.missing", ["field": tr("field.date")]))
            return nil
        }
        guard let parsed = parseDate(dateText) else {
            problems.append(tr("input.date-invalid", ["text": dateText, "example": "\(project?.year ?? 2021)-06-26"]))
            return nil
        }
        if let project, parsed.year != project.year {
            problems.append(
                tr("input.date-outside-year", ["text": dateText, "year": "\(project.year)", "project": project.code])
            )
            return nil
        }
        return parsed
    }
    /// `XC (禁毒宣传)`, for the candidates of an ambiguous name.
    static func named(_ row: some NamedReference) -> String { "\(row.code) (\(row.name))" }

    /// Parses `2021-06-26`, `2021/6/26` and `2021年6月26日` (as Chinese Excel shows dates).
    static func parseDate(_ text: String) -> CalendarDate? {
        var normalized = text
        if normalized.unicodeScalars.contains("年") {
            normalized = normalized.replacingAll("年", with: "-").replacingAll("月", with: "-")
            if normalized.hasSuffix("日") || normalized.hasSuffix("号") { normalized.removeLast() }
        }
        return try? CalendarDate(parsing: normalized)
    }

    /// `valid projects: A, B, C`, or the hint to sync when nothing has been received.
    static func validCodes(_ codes: [String], noun: String, reference: ReferenceData) -> String {
        if reference.isEmpty {
            return tr("input.nothing-received")
        }
        if codes.isEmpty { return tr("input.no-codes", ["noun": noun]) }
        let codes = codes.sorted()
        let limit = 30
        var list = codes.prefix(limit).joined(separator: ", ")
        if codes.count > limit { list += tr("input.more-codes", ["n": "\(codes.count - limit)"]) }
        return tr("input.valid-codes", ["noun": noun, "list": list])
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
