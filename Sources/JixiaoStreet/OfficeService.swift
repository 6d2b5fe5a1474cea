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
        missingHint: String = "create it first, or give the path of an existing one"
    ) throws -> OfficeService {
        OfficeService(database: try StreetDatabase.open(at: path, missingHint: missingHint))
    }

    /// The office's code.
    public func office() throws -> String { try database.settings().office }

    /// The conflicts between this office's devices the district reported at the last sync (Protocol.md §10.7).
    public func conflicts() throws -> [ConflictRecord] { try database.conflicts() }

    /// The reference data received from the district (empty before the first sync).
    public func reference() throws -> ReferenceData { try database.reference() }

    /// The project with this code (any letter case).
    /// - Throws: `StreetError.refused` listing the projects received, or saying to sync first.
    public func project(_ code: String) throws -> Project {
        try requireProject(code, in: try reference())
    }

    /// The project with this code (any letter case), or a refusal listing the known ones.
    func requireProject(_ code: String, in reference: ReferenceData) throws -> Project {
        if let project = reference.projectMatching(code.trimmed()) { return project }
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
