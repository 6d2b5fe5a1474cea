import Foundation

extension BuiltBinary {
    /// A started executable whose output goes to files (a full pipe would block it while nobody reads).
    public final class Running: @unchecked Sendable {
        /// The process, started by `BuiltBinary.start`.
        public let process: Process
        /// Holds the captured output until the run is collected.
        let scratch = TemporaryFolder(prefix: "jixiao-run")
        private let out: FileHandle
        private let err: FileHandle

        init(process: Process) throws {
            self.process = process
            _ = FileManager.default.createFile(atPath: scratch.file("stdout"), contents: nil)
            _ = FileManager.default.createFile(atPath: scratch.file("stderr"), contents: nil)
            out = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.file("stdout")))
            err = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.file("stderr")))
            process.standardOutput = out
            process.standardError = err
        }

        /// Waits for the process to exit and returns its status and everything it printed.
        public func finish() throws -> Result {
            process.waitUntilExit()
            try out.close()
            try err.close()
            return Result(
                status: process.terminationStatus,
                stdout: try captured("stdout"),
                stderr: try captured("stderr")
            )
        }

        private func captured(_ name: String) throws -> String {
            String(decoding: try Data(contentsOf: URL(fileURLWithPath: scratch.file(name))), as: UTF8.self)
        }
    }
}
