import JixiaoModels

/// An error raised by the district side: a refused plan, an unknown office, a storage failure.
///
/// The `description` is written for the district administrator: it names what was refused and where, and,
/// for a plan, lists every problem found (not only the first) so one edit can fix them all.
public struct DistrictError: CodedError {
    /// What kind of error this is; also a `catch` pattern (`catch DistrictError.Code.invalidPlan`).
    public struct Code: ErrorCodeType {
        public typealias Owner = DistrictError
        private enum Base: String, Hashable, Sendable {
            case invalidPlan, invalidInput, notFound, conflict, storage
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The code of `DistrictError.invalidPlan`.
        public static let invalidPlan = Code(.invalidPlan)
        /// The code of `DistrictError.invalidInput`.
        public static let invalidInput = Code(.invalidInput)
        /// The code of `DistrictError.notFound`.
        public static let notFound = Code(.notFound)
        /// The code of `DistrictError.conflict`.
        public static let conflict = Code(.conflict)
        /// The code of `DistrictError.storage`.
        public static let storage = Code(.storage)

        public var description: String { base.rawValue }
    }

    /// What kind of error this is.
    public let code: Code
    /// The human message.
    public let message: String
    /// For a refused plan: every problem found, each naming its location.
    public let problems: [PlanProblem]
    /// The error underneath, if any (a storage or file error).
    public let underlying: (any Error & Sendable)?

    private init(
        _ code: Code,
        _ message: String,
        problems: [PlanProblem] = [],
        underlying: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.problems = problems
        self.underlying = underlying
    }

    /// A plan that cannot be imported; `problems` lists what is wrong and where.
    public static func invalidPlan(_ problems: [PlanProblem]) -> DistrictError {
        let count = problems.count
        return DistrictError(
            .invalidPlan,
            tr("plan.problems", ["n": "\(count)"]),
            problems: problems
        )
    }

    /// Input from the command line or a file that is not acceptable (a bad period, an existing backup file…).
    public static func invalidInput(_ message: String) -> DistrictError { DistrictError(.invalidInput, message) }

    /// Something named that does not exist (an office code, a year without projects…).
    public static func notFound(_ message: String) -> DistrictError { DistrictError(.notFound, message) }

    /// A request that contradicts what the database holds.
    public static func conflict(_ message: String) -> DistrictError { DistrictError(.conflict, message) }

    /// A failure of the database or the file system, with its cause.
    public static func storage(_ message: String, underlying: (any Error & Sendable)? = nil) -> DistrictError {
        DistrictError(.storage, message, underlying: underlying)
    }

    public var description: String {
        var text = message
        for problem in problems { text += "\n  " + problem.description }
        if let underlying { text += " (\(underlying))" }
        return text
    }
}
