import JixiaoModels
import JixiaoStorage

extension OfficeService {
    /// Sets a project's narrative for a section, replacing any earlier text.
    /// - Parameters:
    ///   - project: a project code the office received.
    ///   - year: the project's year; `nil`: the only year that has the project.
    ///   - section: `highlights`, `problems`, `measures` (or 工作亮点, 存在问题, 改进措施).
    ///   - text: the narrative; line breaks are kept (CRLF becomes LF), surrounding blank space is trimmed.
    /// - Returns: the stored narrative.
    /// - Throws: `StreetError.refused` for an unknown project or section, a project in several years without
    ///   `year`, or empty text.
    public func setNarrative(project: String, year: Int? = nil, section: String, text: String) throws -> Narrative {
        var problems: [InputProblem] = []
        let reference = try reference()
        var found: Project?
        do { found = try requireProject(project, year: year, in: reference) } catch let error as StreetError {
            problems += error.problems
        }
        var parsedSection: Narrative.Section?
        do { parsedSection = try Narrative.Section(parsing: section) } catch let error as ModelError {
            problems.append(InputProblem(error.message))
        }
        let body = text.normalizingLineEnds().trimmed()
        if body.isEmpty { problems.append(InputProblem(tr("input.text-empty"))) }
        guard problems.isEmpty, let found, let parsedSection else { throw StreetError.refused(problems) }
        let office = try office()
        let id = try database.write { writer in
            try writer.setNarrative(project: found.code, year: found.year, section: parsedSection, text: body)
        }
        return Narrative(
            id: id,
            office: office,
            project: found.code,
            year: found.year,
            section: parsedSection,
            text: body
        )
    }

    /// Deletes a project's narrative for a section (`year`: the project's year, `nil` for the only one).
    /// - Throws: `StreetError.notFound` when there is none.
    public func deleteNarrative(project: String, year: Int? = nil, section: String) throws {
        let found = try requireProject(project, year: year, in: try reference())
        let parsedSection: Narrative.Section
        do { parsedSection = try Narrative.Section(parsing: section) } catch let error as ModelError {
            throw StreetError.refused([InputProblem(error.message)])
        }
        let deleted = try database.write { writer in
            try writer.deleteNarrative(project: found.code, year: found.year, section: parsedSection)
        }
        guard deleted else {
            throw StreetError.notFound(
                tr("street.note.not-found", ["section": parsedSection.rawValue, "project": found.code])
            )
        }
    }

    /// The narratives, optionally of one project, optionally of one year.
    public func narratives(project: String? = nil, year: Int? = nil) throws -> [Narrative] {
        var projectCode: String?
        if let project { projectCode = try requireProjectCode(project, in: try reference()) }
        return try database.narratives(project: projectCode, year: year)
    }
}
