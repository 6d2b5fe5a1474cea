import Foundation
import JixiaoModels

/// Conversions between domain values and the canonical column values of `TableSpec`.
extension Expenditure {
    /// The canonical values (see `TableSpec.expenditures`).
    public var syncValues: [SyncValue] {
        [
            .text(id), .text(office), .text(project), .text(category), .text(fund), .integer(amount.fen), .text(date),
            .text(voucher), .text(payee), .text(note),
        ]
    }

    /// Reads an expenditure from canonical values (already checked by `TableSpec.check`).
    public init(syncValues v: [SyncValue]) {
        self.init(
            id: v[0].text,
            office: v[1].text,
            project: v[2].text,
            category: v[3].text,
            fund: v[4].text,
            amount: Money(fen: v[5].integer),
            date: v[6].text,
            voucher: v[7].text,
            payee: v[8].text,
            note: v[9].text
        )
    }
}

extension IndicatorValue {
    /// The canonical values (see `TableSpec.indicatorValues`).
    public var syncValues: [SyncValue] {
        let (num, text): (SyncValue, SyncValue) =
            switch value {
            case .number(let n): (.real(n), .null)
            case .text(let t): (.null, .text(t))
            }
        return [
            .text(id), .text(office), .text(indicator), .text(period.description), .text(label), num, text, .text(note),
        ]
    }

    /// Reads a value from canonical values.
    /// - Throws: `StorageError.invalidData` naming the row (office and id) when the stored period is not valid.
    public init(syncValues v: [SyncValue]) throws {
        let period: Period
        do {
            period = try Period(parsing: v[3].text)
        } catch let error as ModelError {
            throw StorageError.invalidRow(.indicatorValues, key: v[0].text, office: v[1].text, error.message)
        }
        let reading: IndicatorReading =
            switch v[5] {
            case .real(let n): .number(n)
            case .integer(let n): .number(Double(n))
            default: .text(v[6].text)
            }
        self.init(
            id: v[0].text,
            office: v[1].text,
            indicator: v[2].text,
            period: period,
            value: reading,
            label: v[4].text,
            note: v[7].text
        )
    }
}

extension Narrative {
    /// The canonical values (see `TableSpec.narratives`).
    public var syncValues: [SyncValue] {
        [.text(id), .text(office), .text(project), .text(section.rawValue), .text(text), .integer(Int64(year))]
    }

    /// Reads a narrative from canonical values.
    /// - Throws: `StorageError.invalidData` naming the row (office and id) when the stored section is unknown.
    public init(syncValues v: [SyncValue]) throws {
        guard let section = Section(rawValue: v[3].text) else {
            throw StorageError.invalidRow(
                .narratives,
                key: v[0].text,
                office: v[1].text,
                tr(
                    "storage.not-one-of",
                    [
                        "field": "section", "text": v[3].text,
                        "list": Section.allCases.map(\.rawValue).joined(separator: ", "),
                    ]
                )
            )
        }
        self.init(
            id: v[0].text,
            office: v[1].text,
            project: v[2].text,
            year: Int(v[5].integer),
            section: section,
            text: v[4].text
        )
    }
}

extension Project {
    /// The canonical values (see `TableSpec.projects`).
    public var syncValues: [SyncValue] {
        [
            .text(code), .integer(Int64(year)), .text(name), .text(department), .text(implementer), .text(goal),
            .text(JSONList.encode(offices)), .text(JSONList.encode(rules)),
        ]
    }

    /// Reads a project from canonical values.
    /// - Throws: `StorageError.invalidData` naming the project when its office list is not a JSON list of codes.
    public init(syncValues v: [SyncValue]) throws {
        self.init(
            code: v[0].text,
            year: Int(v[1].integer),
            name: v[2].text,
            department: v[3].text,
            implementer: v[4].text,
            goal: v[5].text,
            offices: try JSONList.decode(v[6].text, column: "offices", table: .projects, key: v[0].text),
            rules: try JSONList.decode(v[7].text, column: "rules", table: .projects, key: v[0].text)
        )
    }
}

extension Fund {
    /// The canonical values (see `TableSpec.funds`).
    public var syncValues: [SyncValue] {
        [
            .text(project), .text(code), .text(name), .integer(initialBudget.fen), .integer(adjustedBudget.fen),
            .integer(Int64(year)),
        ]
    }

    /// Reads a fund from canonical values.
    public init(syncValues v: [SyncValue]) {
        self.init(
            project: v[0].text,
            year: Int(v[5].integer),
            code: v[1].text,
            name: v[2].text,
            initialBudget: Money(fen: v[3].integer),
            adjustedBudget: Money(fen: v[4].integer)
        )
    }
}

extension JixiaoModels.Category {
    /// The canonical values (see `TableSpec.categories`).
    public var syncValues: [SyncValue] { [.text(project), .text(code), .text(name), .integer(Int64(year))] }

    /// Reads a category from canonical values.
    public init(syncValues v: [SyncValue]) {
        self.init(project: v[0].text, year: Int(v[3].integer), code: v[1].text, name: v[2].text)
    }
}

extension Indicator {
    /// The canonical values (see `TableSpec.indicators`).
    public var syncValues: [SyncValue] {
        let formula: String = if case .formula(let f) = aggregation { f } else { "" }
        return [
            .text(code), .text(project), .text(name), .text(level1), .text(level2), .text(unit), .text(target),
            .text(direction.rawValue), .real(weight), .text(aggregation.name), .text(formula),
            .text(JSONList.encode(reporters)), .text(frequency.name), .integer(Int64(year)), .text(previous),
        ]
    }

    /// Reads an indicator from canonical values.
    ///
    /// An unknown direction, aggregate or frequency is refused rather than replaced by a default: a guess would
    /// score the indicator by the wrong rule in every report.
    /// - Throws: `StorageError.invalidData` naming the indicator and the column.
    public init(syncValues v: [SyncValue]) throws {
        let code = v[0].text
        func refuse(_ message: String) -> StorageError { StorageError.invalidRow(.indicators, key: code, message) }
        guard let direction = Direction(rawValue: v[7].text) else {
            throw refuse(
                tr(
                    "storage.not-one-of",
                    [
                        "field": "direction", "text": v[7].text,
                        "list": Direction.allCases.map(\.rawValue).joined(separator: ", "),
                    ]
                )
            )
        }
        let aggregation: Aggregation
        let frequency: Period.Kind
        do {
            aggregation = try Aggregation(parsing: v[9].text, formula: v[10].text)
            frequency = try Period.Kind(parsing: v[12].text)
        } catch let error as ModelError {
            throw refuse(error.message)
        }
        self.init(
            code: code,
            project: v[1].text,
            year: Int(v[13].integer),
            name: v[2].text,
            level1: v[3].text,
            level2: v[4].text,
            unit: v[5].text,
            target: v[6].text,
            direction: direction,
            weight: v[8].real,
            aggregation: aggregation,
            reporters: try JSONList.decode(v[11].text, column: "reporters", table: .indicators, key: code),
            frequency: frequency,
            previous: v[14].text
        )
    }
}

extension SyncValue {
    /// The text, or "" for anything else.
    var text: String {
        if case .text(let s) = self { return s }
        return ""
    }

    /// The integer, or 0.
    var integer: Int64 {
        switch self {
        case .integer(let n): n
        case .real(let d): Int64(d)
        default: 0
        }
    }

    /// The number, or 0.
    var real: Double {
        switch self {
        case .real(let d): d
        case .integer(let n): Double(n)
        default: 0
        }
    }
}

/// Lists of codes stored as a JSON array of strings in one column.
enum JSONList {
    static func encode(_ list: [String]) -> String {
        guard let data = try? JSONEncoder().encode(list) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The list stored in `column` of a row.
    /// - Throws: `StorageError.invalidData` naming the row when the text is not a JSON list of strings.
    static func decode(_ text: String, column: String, table: SyncTable, key: String) throws -> [String] {
        do {
            return try JSONDecoder().decode([String].self, from: Data(text.utf8))
        } catch {
            throw StorageError.invalidRow(table, key: key, tr("storage.not-code-list", ["column": column]))
        }
    }
}
