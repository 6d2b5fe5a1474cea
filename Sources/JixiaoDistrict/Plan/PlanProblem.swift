/// One thing wrong with a plan, with where it is: `projects[0] "JD2021" indicators[3] "JD04": unit is missing`.
public struct PlanProblem: Hashable, Sendable, CustomStringConvertible {
    /// The path to the offending element, e.g. `projects[0] "JD2021" funds[1] "SJ"`; empty for the whole file.
    public let location: String
    /// What is wrong and, where it helps, how to fix it.
    public let message: String

    /// Creates a problem at `location`.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { location.isEmpty ? message : "\(location): \(message)" }
}
