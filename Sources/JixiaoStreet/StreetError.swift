import JixiaoModels
import JixiaoSpreadsheet

/// An error raised by the office side: input that is refused, a row that does not exist, a file that cannot be
/// read.
///
/// The `description` is written for a clerk. A refusal lists every problem, one per line, each saying what was
/// wrong and where (`line 17: amount "12,3a" is not a number of 元`).
public struct StreetError: CodedError {
    /// What kind of error this is; also a `catch` pattern (`catch StreetError.Code.refused`).
    public struct Code: ErrorCodeType {
        public typealias Owner = StreetError
        private enum Base: String, Hashable, Sendable {
            case refused, notFound, unreadable, failed
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The code of `StreetError.refused`.
        public static let refused = Code(.refused)
        /// The code of `StreetError.notFound`.
        public static let notFound = Code(.notFound)
        /// The code of `StreetError.unreadable`.
        public static let unreadable = Code(.unreadable)
        /// The code of `StreetError.failed`.
        public static let failed = Code(.failed)

        public var description: String { base.rawValue }
    }

    /// What kind of error this is.
    public let code: Code
    /// A one-line summary.
    public let message: String
    /// The problems behind a refusal, in file order; empty for other errors.
    public let problems: [InputProblem]
    /// The underlying error (a storage or console error), if any.
    public let underlying: (any Error & Sendable)?

    private init(
        _ code: Code,
        _ message: String,
        problems: [InputProblem] = [],
        underlying: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.problems = problems
        self.underlying = underlying
    }

    /// Input that breaks the rules; nothing was stored.
    /// - Parameters:
    ///   - problems: every problem found, not only the first.
    ///   - summary: a line before the problems (e.g. `import refused: 10 rows are wrong; nothing was stored`);
    ///     empty to print the problems alone.
    public static func refused(_ problems: [InputProblem], summary: String = "") -> StreetError {
        StreetError(.refused, summary, problems: problems)
    }

    /// A row named by id or key that does not exist.
    public static func notFound(_ message: String) -> StreetError { StreetError(.notFound, message) }

    /// A file that cannot be read or decoded.
    public static func unreadable(_ message: String, underlying: (any Error & Sendable)? = nil) -> StreetError {
        StreetError(.unreadable, message, underlying: underlying)
    }

    /// Anything else that went wrong, with its underlying.
    public static func failed(_ message: String, underlying: (any Error & Sendable)? = nil) -> StreetError {
        StreetError(.failed, message, underlying: underlying)
    }

    public var description: String {
        var lines: [String] = []
        if !message.isEmpty { lines.append(message) }
        lines += problems.map(\.description)
        if let underlying, code != .refused { lines.append(tr("error.underlying", ["reason": "\(underlying)"])) }
        return lines.joined(separator: "\n")
    }
}

/// One thing wrong with a piece of input, and where it is.
public struct InputProblem: Hashable, Sendable, CustomStringConvertible {
    /// The physical line of the file (the line a record starts on), or the row of a sheet; `nil` for command-line
    /// input.
    public var line: Int?
    /// What is wrong, quoting the input: `amount "12,3a" is not a number of 元`.
    public var message: String
    /// The sheet of an .xlsx workbook the problem is on; `nil` for a CSV file.
    public var sheet: String?
    /// The 1-based field (a sheet's column) the problem is about, when known.
    public var column: Int?

    public init(line: Int? = nil, column: Int? = nil, _ message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 17: …` in a CSV file; `支出!C7: …` (or `支出 row 7: …`) in a workbook; or the message alone.
    public var description: String {
        if let sheet {
            guard let line else { return "\(sheet): \(message)" }
            guard let column else {
                return tr("input.at-sheet-row", ["sheet": sheet, "line": "\(line)", "message": message])
            }
            return "\(sheet)!\(CellReference.columnName(column))\(line): \(message)"
        }
        guard let line else { return message }
        return tr("input.at-line", ["line": "\(line)", "message": message])
    }
}
