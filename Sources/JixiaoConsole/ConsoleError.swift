import JixiaoModels

/// An error raised while reading a text file or a CSV file, or while writing output.
///
/// The `description` is written for a clerk: it says which line is wrong and what to do.
public struct ConsoleError: CodedError, Hashable {
    /// What kind of error this is; also a `catch` pattern (`catch ConsoleError.Code.unreadableText`).
    public struct Code: ErrorCodeType {
        public typealias Owner = ConsoleError
        private enum Base: String, Hashable, Sendable {
            case unreadableText, malformedCSV, invalidArgument, unwritable
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The code of `ConsoleError.unreadableText`.
        public static let unreadableText = Code(.unreadableText)
        /// The code of `ConsoleError.malformedCSV`.
        public static let malformedCSV = Code(.malformedCSV)
        /// The code of `ConsoleError.invalidArgument`.
        public static let invalidArgument = Code(.invalidArgument)
        /// The code of `ConsoleError.unwritable`.
        public static let unwritable = Code(.unwritable)

        public var description: String { base.rawValue }
    }

    /// What kind of error this is.
    public let code: Code
    /// The human message.
    public let message: String
    /// Always `nil`: reading text wraps no other error.
    public var underlying: (any Error & Sendable)? { nil }
    /// The physical line (1-based) the problem is on, when it is about a line of a file.
    public let line: Int?

    private init(_ code: Code, _ message: String, line: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
    }

    /// Bytes that are not text in an encoding we read (UTF-8, UTF-8 with BOM, GB18030).
    public static func unreadableText(_ message: String) -> ConsoleError { ConsoleError(.unreadableText, message) }
    /// A CSV file that cannot be split into records (an unclosed quote, text after a closing quote).
    public static func malformedCSV(line: Int, _ message: String) -> ConsoleError {
        ConsoleError(.malformedCSV, message, line: line)
    }
    /// An option value outside its allowed set.
    public static func invalidArgument(_ message: String) -> ConsoleError { ConsoleError(.invalidArgument, message) }
    /// Output that could not be written (a file that cannot be created).
    public static func unwritable(_ message: String) -> ConsoleError { ConsoleError(.unwritable, message) }

    public var description: String {
        if let line { return "line \(line): \(message)" }
        return message
    }
}
