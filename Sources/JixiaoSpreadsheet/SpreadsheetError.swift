import JixiaoModels

/// An error reading or writing an .xlsx workbook.
///
/// The `description` is written for a clerk: it names the file's part or cell that is wrong and what to do
/// (`the workbook has no sheet named "支出"; its sheets are 说明, 数据`).
public struct SpreadsheetError: CodedError {
    /// What kind of problem this is; compare with the static members (`error.code == .partTooLarge`).
    public struct Code: ErrorCodeType {
        public typealias Owner = SpreadsheetError
        private enum Base: String, Hashable, Sendable {
            case notAZip, notAWorkbook, missingPart, malformedPart, partTooLarge, noSuchSheet, unreadable
            case unwritable
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The bytes are not a zip archive at all (or a truncated one).
        public static let notAZip = Code(.notAZip)
        /// A zip archive, but not an Office Open XML workbook (no workbook part).
        public static let notAWorkbook = Code(.notAWorkbook)
        /// A part the workbook refers to (a sheet, the shared strings) is not in the archive.
        public static let missingPart = Code(.missingPart)
        /// A part is not well-formed XML, or breaks SpreadsheetML (a bad cell reference, a string index out of range).
        public static let malformedPart = Code(.malformedPart)
        /// A part inflates past the cap (`ReadLimits`): a zip bomb, or a workbook far larger than expected.
        public static let partTooLarge = Code(.partTooLarge)
        /// No sheet has the name asked for.
        public static let noSuchSheet = Code(.noSuchSheet)
        /// The file cannot be opened or read.
        public static let unreadable = Code(.unreadable)
        /// The workbook cannot be assembled or written.
        public static let unwritable = Code(.unwritable)

        public var description: String { base.rawValue }
    }

    /// What kind of problem this is.
    public let code: Code
    /// The human message.
    public let message: String
    /// The error behind this one (ZIPFoundation's, the XML parser's, the file system's), if any.
    public let underlying: (any Error & Sendable)?

    /// An error of `code`.
    public init(_ code: Code, _ message: String, underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    public var description: String { message }
}
