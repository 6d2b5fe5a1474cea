import Foundation

/// A plan read from a file, JSON (`jixiao-plan/1`) or a workbook (.xlsx), that can name the file's own places in
/// problems found later (the database's checks at import): `projects[0] "JD2021"` in a JSON file, `项目!A2` in a
/// workbook.
public struct PlanFile {
    /// The plan, checked.
    public let plan: Plan
    /// Whether the file was a workbook.
    public let isWorkbook: Bool
    /// Rows of a workbook that were read but left out, e.g. `资金!A5: the 合计 row is ignored (…)`.
    public var notes: [String] { workbookReader?.notes ?? [] }
    private let workbookReader: PlanWorkbookReader?

    /// Reads and checks the plan in `data`: a workbook when `name` ends in `.xlsx` or the bytes are a zip archive,
    /// else JSON, which must be UTF-8.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - name: the file's name, for the format and for messages.
    /// - Throws: `DistrictError.invalidPlan` listing every problem at its place (sheet and cell for a workbook);
    ///   `DistrictError.invalidInput` for a file that is not UTF-8 text or not a readable workbook.
    public init(_ data: Data, name: String) throws {
        let zip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        guard zip || name.lowercased().hasSuffix(".xlsx") else {
            try Plan.requireUTF8(data, name: name)
            plan = try Plan(json: data)
            isWorkbook = false
            workbookReader = nil
            return
        }
        var reader = PlanWorkbookReader()
        let document = try reader.document(data)
        guard let document else { throw DistrictError.invalidPlan(reader.problems) }
        do {
            plan = try Plan(document: document)
        } catch let error as DistrictError where error.code == .invalidPlan {
            throw DistrictError.invalidPlan(Self.once(reader.problems + error.problems.map(reader.translated)))
        }
        guard reader.problems.isEmpty else { throw DistrictError.invalidPlan(reader.problems) }
        isWorkbook = true
        workbookReader = reader
    }

    /// `error` with its plan problems at the file's places (sheet and cell for a workbook); other errors as they are.
    public func located(_ error: any Error) -> any Error {
        guard let workbookReader, let error = error as? DistrictError, error.code == .invalidPlan else { return error }
        return DistrictError.invalidPlan(Self.once(error.problems.map(workbookReader.translated)))
    }

    /// `problems` without repeats: the plan's year is checked on the plan and on each project, which in a
    /// workbook are the same cell.
    private static func once(_ problems: [PlanProblem]) -> [PlanProblem] {
        var seen: Set<PlanProblem> = []
        return problems.filter { seen.insert($0).inserted }
    }
}
