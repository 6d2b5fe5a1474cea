import JixiaoModels
import JixiaoStorage

extension OfficeService {
    /// Records the office's 上报 of a project (of `year`, or its latest year): the project's rows of that year are
    /// read-only at the office from now on, and the submission travels to the district with the next sync.
    /// - Returns: the project submitted.
    /// - Throws: `StreetError.refused` for an unknown project; `StorageError.reviewState` when it is already
    ///   submitted or approved.
    @discardableResult
    public func submit(project code: String, year: Int? = nil, note: String = "") throws -> Project {
        let project = try self.project(code, year: year)
        let office = try office()
        guard project.offices.isEmpty || project.offices.contains(office) else {
            throw StreetError.refused([
                InputProblem(
                    tr("review.not-reporter", ["project": project.code, "year": "\(project.year)", "office": office])
                )
            ])
        }
        try database.write { writer in try writer.submit(project: project.code, year: project.year, note: note) }
        return project
    }

    /// The review of each project and year as the office knows it (the district's last word, or its own submission
    /// not yet synced).
    public func reviews() throws -> [OfficeReview] { try database.reviews() }

    /// The office's changes the district refused because their project and year were locked.
    public func refusedChanges() throws -> [RefusedChange] { try database.refusedChanges() }
}
