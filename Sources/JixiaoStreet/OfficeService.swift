import JixiaoModels
import JixiaoStorage

/// What a clerk does with the office database: record, edit and delete expenditures, set indicator values and
/// narratives, import CSV files, list and export. Every rule is checked here, before anything is written, and
/// every write is one transaction (so the change log records it for the next `street sync`).
///
/// The command line only parses arguments and prints what this returns.
public struct OfficeService: Sendable {
    /// The office database.
    public let database: StreetDatabase

    /// A service over an open database.
    public init(database: StreetDatabase) {
        self.database = database
    }

    /// Opens the office database at `path`.
    /// - Parameter missingHint: what to do when there is no database there (the command line names `street init`).
    /// - Throws: `StorageError` when there is no database there, or it cannot be opened.
    public static func open(
        at path: String,
        missingHint: String = tr("file.missing-hint")
    ) throws -> OfficeService {
        OfficeService(database: try StreetDatabase.open(at: path, missingHint: missingHint))
    }

    /// The office's code.
    public func office() throws -> String { try database.settings().office }

    /// The conflicts between this office's devices the district reported at the last sync (Protocol.md §10.7).
    public func conflicts() throws -> [ConflictRecord] { try database.conflicts() }

    /// The reference data received from the district (empty before the first sync).
    public func reference() throws -> ReferenceData { try database.reference() }

    /// The project with this code (any letter case): of `year`, or the latest year's when `year` is `nil`.
    /// - Throws: `StreetError.refused` listing the projects received, or saying to sync first.
    public func project(_ code: String, year: Int? = nil) throws -> Project {
        let reference = try reference()
        if year == nil, let latest = reference.projectMatching(code.trimmed()) { return latest }
        return try requireProject(code, year: year, in: reference)
    }

    /// The district's spelling of a project code (any letter case) that some year's plan has, for listings that
    /// cover every year; a refusal listing the known ones.
    func requireProjectCode(_ code: String, in reference: ReferenceData) throws -> String {
        if let any = reference.projectMatching(code.trimmed()) { return any.code }
        return try requireProject(code, in: reference).code
    }

    /// The project with this code (any letter case) in `year`, or in the only year that has it when `year` is `nil`;
    /// a refusal listing the known ones, or the years to choose from.
    func requireProject(_ code: String, year: Int? = nil, in reference: ReferenceData) throws -> Project {
        if let any = reference.projectMatching(code.trimmed()) {
            let years = reference.years(ofProject: any.code)
            if let year {
                if let project = reference.project(any.code, year: year) { return project }
                throw StreetError.refused([
                    InputProblem(
                        tr(
                            "project.not-in-year",
                            [
                                "code": any.code, "year": "\(year)",
                                "years": years.map(String.init).joined(separator: ", "),
                            ]
                        )
                    )
                ])
            }
            guard years.count > 1 else { return any }
            throw StreetError.refused([
                InputProblem(
                    tr(
                        "project.several-years",
                        ["code": any.code, "years": years.map(String.init).joined(separator: ", ")]
                    )
                )
            ])
        }
        throw StreetError.refused([
            InputProblem(
                tr("input.unknown", ["field": tr("field.project"), "text": code])
                    + ExpenditureValidator.validCodes(
                        reference.projects.map(\.code),
                        noun: tr("noun.projects"),
                        reference: reference
                    )
            )
        ])
    }
}
