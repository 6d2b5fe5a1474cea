import JixiaoModels

/// Checks expenditures against the reference data: a known project that lists the office (or lists none), a known
/// category and fund (each by code, or by name when only one has it), an amount that is money and not zero, a date in the project's year. Voucher numbers are checked separately (`VoucherIndex`) because that
/// needs what is already stored.
public struct ExpenseValidator: Sendable {
    /// What the office has received from the district.
    public let reference: ReferenceData
    /// The office recording the expenditures.
    public let office: String
    /// The funds and categories of each project, looked up once rather than filtered for every row of an import.
    private let funds: [String: [Fund]]
    private let categories: [String: [Category]]

    /// A validator for `office` against `reference`.
    public init(reference: ReferenceData, office: String) {
        self.reference = reference
        self.office = office
        funds = Dictionary(grouping: reference.funds, by: \.project)
        categories = Dictionary(grouping: reference.categories, by: \.project)
    }

    /// Checks `input` and builds the expenditure.
    ///
    /// - Parameters:
    ///   - input: the fields as typed.
    ///   - id: the id the expenditure gets (a new UUID, or the id of the row being edited).
    ///   - problems: receives one message per problem found (all of them, not only the first).
    /// - Returns: the expenditure with codes in the district's spelling and trimmed text, or `nil` when there are
    ///   problems.
    public func check(_ input: ExpenseInput, id: String, problems: inout [String]) -> Expenditure? {
        let before = problems.count
        let projectCode = input.project.trimmed()
        var project: Project?
        let projectLookup = ReferenceLookup.find(projectCode, in: reference.projects, code: \.code, name: \.name)
        if projectCode.isEmpty {
            problems.append("project is missing")
        } else if case .found(let found) = projectLookup {
            project = found
            if !found.offices.isEmpty && !found.offices.contains(office) {
                problems.append(
                    "office \(office) is not among the offices of project \(found.code) in the district's plan; "
                        + "ask the district if it should be"
                )
            }
        } else if case .ambiguous(let candidates) = projectLookup {
            problems.append(
                "project " + ReferenceLookup.ambiguity(projectCode, noun: "projects", candidates, describe: Self.named)
            )
        } else {
            problems.append(
                "project \"\(projectCode)\" is not known; "
                    + Self.validCodes(reference.projects.map(\.code), noun: "projects", reference: reference)
            )
        }

        var category: Category?
        var fund: Fund?
        if let project {
            let categoryCode = input.category.trimmed()
            let categories = self.categories[project.code] ?? []
            let categoryLookup = ReferenceLookup.find(categoryCode, in: categories, code: \.code, name: \.name)
            if categoryCode.isEmpty {
                problems.append("category is missing")
            } else if case .found(let found) = categoryLookup {
                category = found
            } else if case .ambiguous(let candidates) = categoryLookup {
                let noun = "categories of project \(project.code)"
                problems.append(
                    "category " + ReferenceLookup.ambiguity(categoryCode, noun: noun, candidates, describe: Self.named)
                )
            } else {
                problems.append(
                    "category \"\(categoryCode)\" is not a category of project \(project.code); "
                        + Self.validCodes(categories.map(\.code), noun: "categories", reference: reference)
                )
            }
            let fundCode = input.fund.trimmed()
            let funds = self.funds[project.code] ?? []
            let fundLookup = ReferenceLookup.find(fundCode, in: funds, code: \.code, name: \.name)
            if fundCode.isEmpty {
                if funds.count == 1 {
                    fund = funds[0]
                } else if funds.isEmpty {
                    problems.append("project \(project.code) has no funds; ask the district to add one to the plan")
                } else {
                    problems.append(
                        "fund is missing; project \(project.code) has several: "
                            + funds.map(\.code).sorted().joined(separator: ", ")
                    )
                }
            } else if case .found(let found) = fundLookup {
                fund = found
            } else if case .ambiguous(let candidates) = fundLookup {
                let noun = "funds of project \(project.code)"
                problems.append(
                    "fund " + ReferenceLookup.ambiguity(fundCode, noun: noun, candidates, describe: Self.named)
                )
            } else {
                problems.append(
                    "fund \"\(fundCode)\" is not a fund of project \(project.code); "
                        + Self.validCodes(funds.map(\.code), noun: "funds", reference: reference)
                )
            }
        }

        var amount: Money?
        let amountText = input.amount.trimmed()
        if amountText.isEmpty {
            problems.append("amount is missing")
        } else {
            do {
                let parsed = try Money(parsing: amountText)
                if parsed == .zero {
                    problems.append("amount \"\(amountText)\" is zero")
                } else {
                    amount = parsed
                }
            } catch let error as ModelError {
                problems.append(error.message)
            } catch {
                problems.append("amount \"\(amountText)\" is not a number of 元")
            }
        }

        var date: CalendarDate?
        let dateText = input.date.trimmed()
        if dateText.isEmpty {
            problems.append("date is missing")
        } else if let parsed = Self.parseDate(dateText) {
            if let project, parsed.year != project.year {
                problems.append("date \"\(dateText)\" is not in \(project.year), the year of project \(project.code)")
            } else {
                date = parsed
            }
        } else {
            problems.append("date \"\(dateText)\" is not a date like 2021-06-26")
        }

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
            return "nothing has been received from the district yet: run street sync first"
        }
        if codes.isEmpty { return "there are no \(noun) for it; ask the district" }
        let codes = codes.sorted()
        let limit = 30
        var list = codes.prefix(limit).joined(separator: ", ")
        if codes.count > limit { list += ", … (\(codes.count - limit) more; see street projects)" }
        return "valid \(noun): \(list)"
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
