import JixiaoConsole
import JixiaoModels

/// Where the records of an import come from: a CSV file (problems name lines) or a sheet of an .xlsx workbook
/// (problems name cells, `支出!C7`).
public enum ImportSource: Hashable, Sendable {
    /// A CSV file in this encoding.
    case csv(TextDecoding.Encoding)
    /// The sheet of this name.
    case sheet(String)

    /// `line 7` or `row 7`, for messages that point at another record (`already on line 7`).
    func place(_ line: Int) -> String {
        switch self {
        case .csv: "line \(line)"
        case .sheet(let name): "\(name) row \(line)"
        }
    }

    /// `the file` or `sheet 支出`.
    var noun: String {
        switch self {
        case .csv: tr("import.noun.file")
        case .sheet(let name): tr("import.noun.sheet", ["sheet": name])
        }
    }

    /// `the first line` or `its first row`.
    var headerNoun: String {
        switch self {
        case .csv: tr("import.noun.first-line")
        case .sheet: tr("import.noun.first-row")
        }
    }

    /// The problem, placed: on a sheet, it names the sheet (and the cell, when `map` knows the column).
    func placed<Column: ImportColumn>(_ problem: InputProblem, map: HeaderMap<Column>?) -> InputProblem {
        guard case .sheet(let name) = self else { return problem }
        var placed = problem
        placed.sheet = name
        if placed.column == nil, placed.line != nil, let map { placed.column = map.column(of: problem.message) }
        return placed
    }
}
