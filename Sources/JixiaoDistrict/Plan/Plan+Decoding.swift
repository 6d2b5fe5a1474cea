import Foundation
import JixiaoModels

extension Plan {
    /// Reads and checks a plan from JSON bytes (`jixiao-plan/1`, see `Docs/PlanFormat.md`).
    ///
    /// Every problem is collected before refusing, each with its location, e.g.
    /// `projects[0] "JD2021" indicators[3] "JD04": unit is missing`.
    /// - Parameter json: the file's bytes (UTF-8).
    /// - Throws: `DistrictError.invalidPlan` listing every problem found.
    public init(json: Data) throws {
        self = try Plan(document: try JSONValue.parse(json))
    }

    /// Reads and checks a plan from its parsed document: the JSON file's, or the one a workbook converts to.
    /// - Throws: `DistrictError.invalidPlan` listing every problem found, at the document's places.
    init(document: JSONValue) throws {
        var reader = PlanReader()
        let plan = reader.read(document)
        reader.problems += plan.map { $0.problems(skippingWeightSums: reader.projectsWithBadWeights) } ?? []
        guard let plan, reader.problems.isEmpty else { throw DistrictError.invalidPlan(reader.problems) }
        self = plan
    }
}

/// Turns a parsed JSON document into plan values, recording shape and type problems as it goes.
struct PlanReader {
    var problems: [PlanProblem] = []
    /// Indices of projects where some indicator's weight could not be read (the sum check would only confuse).
    var projectsWithBadWeights: Set<Int> = []

    static let planFields = ["format", "district", "year", "projects"]
    static let projectFields = [
        "code", "year", "name", "department", "implementer", "goal", "offices", "funds", "categories", "indicators",
        "rules",
    ]
    static let fundFields = ["code", "name", "initialBudget", "adjustedBudget"]
    static let categoryFields = ["code", "name"]
    static let indicatorFields = [
        "code", "name", "level1", "level2", "unit", "target", "direction", "weight", "aggregate", "formula",
        "reporters", "frequency", "previous",
    ]

    /// The plan, or `nil` when the top level is unusable (problems say why).
    mutating func read(_ value: JSONValue) -> Plan? {
        guard let top = PlanObject(value, at: "", allowed: Self.planFields, problems: &problems) else { return nil }
        switch top.fields["format"] {
        case .string(Plan.format)?: break
        case .string(let other)?:
            problems.append(top.problem(tr("plan.format-unsupported", ["format": other, "expected": Plan.format])))
        case nil, .null?:
            problems.append(top.problem(tr("plan.format-missing", ["expected": Plan.format])))
        case let other?:
            problems.append(top.problem(tr("plan.format-type", ["expected": Plan.format, "type": other.typeName])))
        }
        let district = top.optionalText("district", &problems) ?? ""
        let year = readYear(top, key: "year")
        guard let items = top.list("projects", required: true, &problems) else { return nil }
        if items.isEmpty { problems.append(top.problem(tr("plan.no-projects"))) }
        // Unreadable elements stay as placeholders with empty codes so that locations keep their file indices.
        let projects = items.enumerated().map { readProject($1, index: $0, planYear: year) }
        guard let year else { return nil }
        return Plan(district: district, year: year, projects: projects)
    }

    private mutating func readYear(_ object: PlanObject, key: String) -> Int? {
        guard let number = object.number(key, &problems) else { return nil }
        guard number == number.rounded(), (1900...2999).contains(number) else {
            problems.append(object.problem(tr("plan.not-a-year", ["key": key, "number": PlanNumber.text(number)])))
            return nil
        }
        return Int(number)
    }

    private static func label(_ base: String, _ key: String, _ index: Int, _ value: JSONValue) -> String {
        var location = base.isEmpty ? "\(key)[\(index)]" : "\(base) \(key)[\(index)]"
        if case .object(let fields) = value, case .string(let code)? = fields["code"], !code.trimmingSpaces().isEmpty {
            location += " \"\(code.trimmingSpaces())\""
        }
        return location
    }

    private mutating func readProject(_ value: JSONValue, index: Int, planYear: Int?) -> PlanProject {
        let location = Self.label("", "projects", index, value)
        guard let object = PlanObject(value, at: location, allowed: Self.projectFields, problems: &problems) else {
            projectsWithBadWeights.insert(index)
            return PlanProject(project: Project(code: "", year: planYear ?? 0, name: "", department: ""))
        }
        let code = object.requiredText("code", &problems)
        let name = object.requiredText("name", &problems)
        let department = object.requiredText("department", &problems)
        let implementer = object.optionalText("implementer", &problems)
        let goal = object.optionalText("goal", &problems)
        let offices = object.textList("offices", &problems)
        let rules = object.textList("rules", &problems)
        if object.has("year"), let year = readYear(object, key: "year"), let planYear, year != planYear {
            problems.append(
                object.problem(tr("plan.other-year", ["year": "\(year)", "plan": "\(planYear)"]))
            )
        }
        let projectCode = code ?? ""
        let year = planYear ?? 0
        let fundItems = object.list("funds", required: true, &problems)
        if fundItems?.isEmpty == true {
            problems.append(object.problem(tr("plan.no-funds")))
        }
        let funds = (fundItems ?? []).enumerated().map {
            readFund($1, index: $0, project: projectCode, year: year, base: location)
        }
        let categoryItems = object.list("categories", required: true, &problems)
        if categoryItems?.isEmpty == true {
            problems.append(object.problem(tr("plan.no-categories")))
        }
        let categories = (categoryItems ?? []).enumerated().map {
            readCategory($1, index: $0, project: projectCode, year: year, base: location)
        }
        var indicators: [Indicator] = []
        for (i, item) in (object.list("indicators", required: true, &problems) ?? []).enumerated() {
            let (indicator, complete) = readIndicator(item, index: i, project: projectCode, year: year, base: location)
            indicators.append(indicator)
            if !complete { projectsWithBadWeights.insert(index) }
        }
        let project = Project(
            code: projectCode,
            year: year,
            name: name ?? "",
            department: department ?? "",
            implementer: implementer ?? "",
            goal: goal ?? "",
            offices: offices ?? [],
            rules: rules ?? []
        )
        return PlanProject(project: project, funds: funds, categories: categories, indicators: indicators)
    }

    private mutating func readFund(_ value: JSONValue, index: Int, project: String, year: Int, base: String) -> Fund {
        let location = Self.label(base, "funds", index, value)
        guard let object = PlanObject(value, at: location, allowed: Self.fundFields, problems: &problems) else {
            return Fund(project: project, year: year, code: "", name: "", initialBudget: .zero, adjustedBudget: .zero)
        }
        let code = object.requiredText("code", &problems)
        let name = object.requiredText("name", &problems)
        let initial = object.money("initialBudget", &problems)
        let adjusted = object.has("adjustedBudget") ? object.money("adjustedBudget", &problems) : initial
        return Fund(
            project: project,
            year: year,
            code: code ?? "",
            name: name ?? "",
            initialBudget: initial ?? .zero,
            adjustedBudget: adjusted ?? .zero
        )
    }

    private mutating func readCategory(
        _ value: JSONValue,
        index: Int,
        project: String,
        year: Int,
        base: String
    ) -> Category {
        let location = Self.label(base, "categories", index, value)
        guard let object = PlanObject(value, at: location, allowed: Self.categoryFields, problems: &problems) else {
            return Category(project: project, year: year, code: "", name: "")
        }
        let code = object.requiredText("code", &problems)
        let name = object.requiredText("name", &problems)
        return Category(project: project, year: year, code: code ?? "", name: name ?? "")
    }

    /// The indicator as far as it could be read, and whether it was read completely.
    private mutating func readIndicator(
        _ value: JSONValue,
        index: Int,
        project: String,
        year: Int,
        base: String
    ) -> (Indicator, Bool) {
        let location = Self.label(base, "indicators", index, value)
        guard let object = PlanObject(value, at: location, allowed: Self.indicatorFields, problems: &problems) else {
            let empty = Indicator(
                code: "",
                project: project,
                year: year,
                name: "",
                level1: "",
                level2: "",
                unit: "",
                target: "",
                direction: .higher,
                weight: 0,
                aggregation: .sum
            )
            return (empty, false)
        }
        let before = problems.count
        let code = object.requiredText("code", &problems)
        let name = object.requiredText("name", &problems)
        let level1 = object.requiredText("level1", &problems)
        let level2 = object.requiredText("level2", &problems)
        let unit = object.requiredText("unit", &problems)
        let direction = parse("direction", object, required: true) { try Indicator.Direction(parsing: $0) }
        let target = readTarget(object, direction: direction)
        var weight = object.number("weight", &problems)
        if let w = weight, w < 0 {
            problems.append(object.problem(tr("plan.weight-negative", ["weight": PlanNumber.text(w)])))
            weight = nil
        } else if let w = weight, abs(w * 100 - (w * 100).rounded()) > 1e-6 {
            problems.append(object.problem(tr("plan.weight-decimals", ["weight": PlanNumber.text(w)])))
            weight = nil
        }
        let formula = object.optionalText("formula", &problems)
        let aggregation = parse("aggregate", object, required: false) { text in
            try Indicator.Aggregation(parsing: text, formula: formula)
        }
        let aggregateName = object.has("aggregate") ? aggregation?.name : Indicator.Aggregation.sum.name
        if let aggregateName, aggregateName != "formula", let formula, !formula.isEmpty {
            problems.append(
                object.problem(tr("plan.formula-not-aggregate", ["aggregate": aggregateName]))
            )
        }
        let reporters = object.textList("reporters", &problems)
        let frequency = parse("frequency", object, required: false) { try Period.Kind(parsing: $0) }
        let previous = object.optionalText("previous", &problems)
        let indicator = Indicator(
            code: code ?? "",
            project: project,
            year: year,
            name: name ?? "",
            level1: level1 ?? "",
            level2: level2 ?? "",
            unit: unit ?? "",
            target: target ?? "",
            direction: direction ?? .higher,
            weight: weight ?? 0,
            aggregation: aggregation ?? .sum,
            reporters: reporters ?? [],
            frequency: frequency ?? .year,
            previous: previous ?? ""
        )
        return (indicator, problems.count == before)
    }

    /// Reads an optional or required text field through a Models parser, recording its message on failure.
    private mutating func parse<T>(
        _ key: String,
        _ object: PlanObject,
        required: Bool,
        _ parser: (String) throws -> T
    ) -> T? {
        guard object.has(key) else {
            if required { problems.append(object.problem(tr("plan.field-missing", ["key": key]))) }
            return nil
        }
        guard let text = object.optionalText(key, &problems) else { return nil }
        do {
            return try parser(text)
        } catch {
            problems.append(object.problem("\(error)"))
            return nil
        }
    }

    /// The target: a number for higher/lower/equal, text for qualitative (a number is accepted there too).
    private mutating func readTarget(_ object: PlanObject, direction: Indicator.Direction?) -> String? {
        switch object.fields["target"] {
        case nil, .null?:
            problems.append(object.problem(tr("plan.target-missing")))
            return nil
        case .number(let number)?:
            return PlanNumber.text(number)
        case .string(let text)?:
            let trimmed = text.trimmingSpaces()
            if trimmed.isEmpty {
                problems.append(object.problem(tr("plan.field-empty", ["key": "target"])))
                return nil
            }
            if direction == .qualitative || direction == nil { return trimmed }
            if let number = Double(trimmed), number.isFinite { return PlanNumber.text(number) }
            problems.append(
                object.problem(tr("plan.target-not-number", ["text": text, "direction": direction?.rawValue ?? ""]))
            )
            return nil
        case let other?:
            problems.append(object.problem(tr("plan.target-type", ["type": other.typeName])))
            return nil
        }
    }
}
