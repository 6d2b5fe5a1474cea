import Foundation

/// An executable of this package as `swift build` leaves it in `.build/debug/`, run the way a clerk would.
public struct BuiltBinary: Sendable {
    /// What one run printed and how it exited.
    public struct Result: Sendable, CustomStringConvertible {
        /// The exit status.
        public var status: Int32
        /// Everything written to standard output, decoded as UTF-8.
        public var stdout: String
        /// Everything written to standard error, decoded as UTF-8.
        public var stderr: String

        /// The status and both streams, for failure messages.
        public var description: String { "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// Raised when the executable has not been built.
    public struct NotBuilt: Error, CustomStringConvertible {
        /// The executable's name.
        public var name: String
        /// What to do about it.
        public var description: String { "no \(name) binary at .build/debug/\(name): run `swift build` first" }
    }

    /// The package root: three folders above this file (`Tests/JixiaoTestSupport/BuiltBinary.swift`).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `.build/debug` of this checkout, where the executables are built.
    public static let buildFolder = packageRoot.appendingPathComponent(".build/debug")

    /// The executable's name (`district`, `street`).
    public let name: String

    /// `.build/debug/NAME` of this checkout.
    public var url: URL { Self.buildFolder.appendingPathComponent(name) }

    /// `.build/debug/NAME` of this checkout, as a path.
    public var path: String { url.path }

    /// Whether the executable has been built.
    public var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// The executable called `name`.
    public init(_ name: String) { self.name = name }

    /// Runs `NAME ARGUMENTS` and waits for it.
    ///
    /// - Parameters:
    ///   - environment: changes to this process's environment (whose locale is made English, `LANG=C.UTF-8`): a
    ///     value sets the variable, `nil` removes it.
    ///   - stdin: bytes to read on standard input; an empty input when `nil`.
    /// - Throws: ``NotBuilt`` when the executable is missing; file errors when the output cannot be captured.
    public func run(_ arguments: [String], environment: [String: String?] = [:], stdin: Data? = nil) throws -> Result {
        try start(arguments, environment: environment, stdin: stdin).finish()
    }

    /// Runs `NAME ARGUMENTS` in `directory` and waits for it (see the other `run`).
    public func run(_ arguments: [String], environment: [String: String?] = [:], in directory: URL) throws -> Result {
        try start(arguments, environment: environment, in: directory).finish()
    }

    /// Starts `NAME ARGUMENTS` without waiting for it (for runs that must overlap); `finish()` collects it.
    ///
    /// The parameters are those of `run`; `directory` is the working folder, this process's when `nil`.
    public func start(
        _ arguments: [String],
        environment: [String: String?] = [:],
        in directory: URL? = nil,
        stdin: Data? = nil
    ) throws -> Running {
        guard isBuilt else { throw NotBuilt(name: name) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var merged = ProcessInfo.processInfo.environment
        // English unless the test asks otherwise, whatever the locale of the machine running the tests.
        for key in ["LC_ALL", "LC_MESSAGES", "JIXIAO_LANG"] { merged[key] = nil }
        merged["LANG"] = "C.UTF-8"
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let running = try Running(process: process)
        if let stdin {
            let input = URL(fileURLWithPath: running.scratch.file("stdin"))
            try stdin.write(to: input)
            process.standardInput = try FileHandle(forReadingFrom: input)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        return running
    }
}
