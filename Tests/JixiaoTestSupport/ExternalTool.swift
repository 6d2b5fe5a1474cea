import Foundation

/// A program on `PATH` the tests use as an independent reader or writer (python3 with openpyxl, LibreOffice's
/// soffice), and why a test skips when it is missing.
public struct ExternalTool: Sendable {
    /// What one run printed and how it exited.
    public typealias Result = BuiltBinary.Result

    /// The program's full path.
    public let path: String

    /// The program called `name` on `PATH`, or `nil`.
    public init?(_ name: String) {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard
            let found = folders.map({ "\($0)/\(name)" }).first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else { return nil }
        path = found
    }

    /// The program at `path` (a script of this repository, a system tool at a known place).
    public init(path: String) { self.path = path }

    /// Runs the program with `arguments` and waits for it.
    /// - Throws: file errors when it cannot be started or its output cannot be captured.
    public func run(_ arguments: [String], environment: [String: String?] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let running = try BuiltBinary.Running(process: process)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return try running.finish()
    }

    /// python3, when it can `import openpyxl`.
    public static let openpyxl: ExternalTool? = {
        guard let python = ExternalTool("python3"),
            let result = try? python.run(["-c", "import openpyxl"]), result.status == 0
        else { return nil }
        return python
    }()

    /// LibreOffice's `soffice`.
    public static let soffice: ExternalTool? = ExternalTool("soffice")

    /// Whether python3 with openpyxl is there; prints why a test skips when it is not.
    public static var hasOpenpyxl: Bool {
        if openpyxl == nil {
            print("skipping: python3 with openpyxl is missing (scripts/test.sh installs it: pip install openpyxl)")
        }
        return openpyxl != nil
    }

    /// Whether soffice is there; prints why a test skips when it is not.
    public static var hasSoffice: Bool {
        if soffice == nil {
            print("skipping: soffice is missing (scripts/test.sh installs it: apt-get install libreoffice-calc)")
        }
        return soffice != nil
    }

    /// Runs a Python `script` (with openpyxl available) with `arguments`, and returns what it printed.
    /// - Throws: `Failure` when python is missing or the script exits with an error.
    public static func python(_ script: String, _ arguments: [String] = []) throws -> String {
        guard let python = openpyxl else { throw Failure(description: "python3 with openpyxl is missing") }
        let result = try python.run(["-c", script] + arguments)
        guard result.status == 0 else { throw Failure(description: "python failed: \(result)") }
        return result.stdout
    }

    /// A tool that failed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }
}
