import Foundation
import JixiaoModels

extension Plan {
    /// The plan as `jixiao-plan/1` JSON text, pretty-printed, keys in the documented order.
    ///
    /// Budgets are written in 万 (`"1277.6万"`: exact, since 万 with six decimals is a whole number of fen);
    /// numeric targets and weights as JSON numbers; defaults are written out (`adjustedBudget`, `aggregate`,
    /// `reporters`, `frequency`) except an empty `district`; `formula` only on formulas. Reading the text back gives
    /// an equal plan.
    public func jsonText() -> String {
        var top: [(String, JSONWriter.Value)] = [("format", .string(Plan.format))]
        if !district.isEmpty { top.append(("district", .string(district))) }
        top.append(("year", .integer(year)))
        top.append(("projects", .array(projects.map(Self.value(of:)))))
        return JSONWriter.write(.object(top))
    }

    /// The plan as UTF-8 JSON bytes (see `jsonText()`).
    public func json() -> Data { Data(jsonText().utf8) }

    private static func value(of item: PlanProject) -> JSONWriter.Value {
        let project = item.project
        var fields: [(String, JSONWriter.Value)] = [
            ("code", .string(project.code)),
            ("name", .string(project.name)),
            ("department", .string(project.department)),
            ("implementer", .string(project.implementer)),
            ("goal", .string(project.goal)),
            ("offices", .array(project.offices.map { .string($0) })),
            ("funds", .array(item.funds.map(value(of:)))),
            (
                "categories",
                .array(item.categories.map { .object([("code", .string($0.code)), ("name", .string($0.name))]) })
            ),
            ("indicators", .array(item.indicators.map(value(of:)))),
        ]
        if !project.rules.isEmpty { fields.append(("rules", .array(project.rules.map { .string($0) }))) }
        return .object(fields)
    }

    private static func value(of fund: Fund) -> JSONWriter.Value {
        .object([
            ("code", .string(fund.code)),
            ("name", .string(fund.name)),
            ("initialBudget", .string(fund.initialBudget.formattedWanNumber() + "万")),
            ("adjustedBudget", .string(fund.adjustedBudget.formattedWanNumber() + "万")),
        ])
    }

    private static func value(of indicator: Indicator) -> JSONWriter.Value {
        var fields: [(String, JSONWriter.Value)] = [
            ("code", .string(indicator.code)),
            ("name", .string(indicator.name)),
            ("level1", .string(indicator.level1)),
            ("level2", .string(indicator.level2)),
            ("unit", .string(indicator.unit)),
        ]
        if indicator.direction != .qualitative, let number = Double(indicator.target), number.isFinite {
            fields.append(("target", .number(number)))
        } else {
            fields.append(("target", .string(indicator.target)))
        }
        fields.append(("direction", .string(indicator.direction.rawValue)))
        fields.append(("weight", .number(indicator.weight)))
        fields.append(("aggregate", .string(indicator.aggregation.name)))
        if case .formula(let formula) = indicator.aggregation { fields.append(("formula", .string(formula))) }
        fields.append(("reporters", .array(indicator.reporters.map { .string($0) })))
        fields.append(("frequency", .string(indicator.frequency.name)))
        if !indicator.previous.isEmpty { fields.append(("previous", .string(indicator.previous))) }
        return .object(fields)
    }
}
