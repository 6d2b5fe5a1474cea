import JixiaoModels

/// An error raised while building or writing a report: a project that is not in the database, an output that
/// cannot be written.
///
/// The `description` says what is wrong and what to do about it.
public struct ReportError: CodedError, Hashable {
    /// What kind of error this is; also a `catch` pattern (`catch ReportError.Code.unknownProject`).
    public struct Code: ErrorCodeType {
        public typealias Owner = ReportError
        private enum Base: String, Hashable, Sendable {
            case unknownProject, ambiguousYear, database, output, notFinal
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The code of `ReportError.unknownProject`.
        public static let unknownProject = Code(.unknownProject)
        /// The code of `ReportError.ambiguousYear`.
        public static let ambiguousYear = Code(.ambiguousYear)
        /// The code of `ReportError.database`.
        public static let database = Code(.database)
        /// The code of `ReportError.output`.
        public static let output = Code(.output)
        /// The code of `ReportError.notFinal`.
        public static let notFinal = Code(.notFinal)

        public var description: String { base.rawValue }
    }

    /// What kind of error this is.
    public let code: Code
    /// The human message.
    public let message: String
    /// The underlying error, if any.
    public let underlying: (any Error & Sendable)?

    private init(_ code: Code, _ message: String, underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    public static func == (lhs: ReportError, rhs: ReportError) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
    }

    /// A project code the district database does not know for that year (`nil`: for any year).
    /// - Parameters:
    ///   - known: the year's project codes, listed so a typo (`JD2O21`) is seen at once; when empty, the message
    ///     says to import the plan.
    ///   - otherYears: the years whose plans have the code, when it is another year's project.
    public static func unknownProject(
        _ code: String,
        year: Int?,
        known: [String] = [],
        otherYears: [Int] = []
    ) -> ReportError {
        guard let year else {
            return ReportError(
                .unknownProject,
                tr("report.project-not-in-database", ["code": code])
            )
        }
        if !otherYears.isEmpty {
            return ReportError(
                .unknownProject,
                tr(
                    "report.project-other-years",
                    ["code": code, "year": "\(year)", "years": otherYears.map(String.init).joined(separator: ", ")]
                )
            )
        }
        return ReportError(
            .unknownProject,
            known.isEmpty
                ? tr("report.unknown-project-none", ["code": code, "year": "\(year)"])
                : tr(
                    "report.unknown-project",
                    ["code": code, "year": "\(year)", "known": known.joined(separator: ", ")]
                )
        )
    }

    /// A project code that the plans of several years have, named without a year.
    /// - Parameter hint: what to do (the command lines name their option).
    public static func ambiguousYear(
        _ code: String,
        years: [Int],
        hint: String = tr("report.name-the-year")
    )
        -> ReportError
    {
        ReportError(
            .ambiguousYear,
            tr(
                "report.several-years",
                ["code": code, "years": years.map(String.init).joined(separator: ", "), "hint": hint]
            )
        )
    }

    /// The district database could not be read.
    public static func database(_ message: String, underlying: (any Error & Sendable)? = nil) -> ReportError {
        ReportError(.database, message, underlying: underlying)
    }

    /// A report file could not be written.
    public static func output(_ message: String, underlying: (any Error & Sendable)? = nil) -> ReportError {
        ReportError(.output, message, underlying: underlying)
    }

    /// `--final` was asked for while data is missing; `message` says what is missing.
    public static func notFinal(_ message: String) -> ReportError { ReportError(.notFinal, message) }

    public var description: String {
        guard let underlying else { return message }
        return "\(message) (\(underlying))"
    }
}
