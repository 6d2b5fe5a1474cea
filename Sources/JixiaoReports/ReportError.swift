/// An error raised while building or writing a report: a project that is not in the database, an output that
/// cannot be written.
///
/// The `description` says what is wrong and what to do about it.
public struct ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case unknownProject
        case database
        case output
        case notFinal
    }

    private let code: Code
    /// The human message.
    public let message: String
    /// The underlying error's description, if any.
    public let cause: String?

    private init(_ code: Code, _ message: String, cause: String? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    /// A project code the district database does not know for that year.
    public static func unknownProject(_ code: String, year: Int) -> ReportError {
        ReportError(
            .unknownProject,
            "project \"\(code)\" of \(year) is not in the district database; import the plan first (district plan import)"
        )
    }

    /// The district database could not be read.
    public static func database(_ message: String, cause: (any Error)? = nil) -> ReportError {
        ReportError(.database, message, cause: cause.map { String(describing: $0) })
    }

    /// A report file could not be written.
    public static func output(_ message: String, cause: (any Error)? = nil) -> ReportError {
        ReportError(.output, message, cause: cause.map { String(describing: $0) })
    }

    /// `--final` was asked for while data is missing; `message` says what is missing.
    public static func notFinal(_ message: String) -> ReportError { ReportError(.notFinal, message) }

    public var description: String {
        guard let cause else { return message }
        return "\(message) (\(cause))"
    }
}
