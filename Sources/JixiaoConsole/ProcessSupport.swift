import Foundation
import Logging

/// Process environment lookups for the executables.
public enum Environment {
    /// The variable's value, or `nil` when unset or empty.
    public static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}

/// Sets up swift-log once per process (`LoggingSystem.bootstrap` may be called only once). Only executables call
/// this; libraries take a `Logger`.
public enum LogSetup {
    nonisolated(unsafe) private static var done = false
    private static let lock = NSLock()

    /// Logs to stderr: warnings only unless `verbose` or `$JIXIAO_LOG_LEVEL` (trace…critical) says otherwise.
    public static func bootstrap(verbose: Bool) {
        let level =
            verbose
            ? Logger.Level.debug
            : Environment.value("JIXIAO_LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .warning
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        done = true
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

/// Writes a message line to stderr.
public func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
