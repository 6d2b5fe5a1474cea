import Foundation

/// The `sqlite3` command-line shell, for tests that change a database file behind Jixiao's back (a manual edit,
/// a damaged row, a bulk load) without linking SQLite into the test target.
public enum SQLiteShell {
    /// Raised when the shell is missing or the SQL fails.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with the shell's standard error.
        public var description: String
    }

    /// Runs `sql` against the file at `path` in one `sqlite3` process (waiting up to 10 s for a lock), and returns
    /// what it printed.
    /// - Throws: `Failure` when `sqlite3` is not installed or exits with an error.
    @discardableResult
    public static func execute(_ sql: String, on path: String) throws -> String {
        guard
            let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
                .first(where: FileManager.default.isExecutableFile(atPath:))
        else { throw Failure(description: "sqlite3 is not installed (apt-get install sqlite3)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = ["-bail", "-cmd", ".timeout 10000", path]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(sql.utf8))
        try input.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description:
                    "sqlite3 exited with \(process.terminationStatus): \(String(decoding: complaint, as: UTF8.self))"
            )
        }
        return String(decoding: printed, as: UTF8.self)
    }
}
