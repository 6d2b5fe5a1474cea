/// An error raised while reading a text file or a CSV file, or while writing output.
///
/// The `description` is written for a clerk: it says which line is wrong and what to do.
public struct ConsoleError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case unreadableText
        case malformedCSV
        case invalidArgument
        case unwritable
    }

    private let code: Code
    /// The human message.
    public let message: String
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
