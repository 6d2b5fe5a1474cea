// swift-format-ignore-file: AmbiguousTrailingClosureOverload
// `reporting` has a sync and an async form: one function to the caller; the compiler picks by the closure.

import Foundation

/// An error the argument parser reports itself: an explicit exit status, a `--help` request, a usage error.
///
/// The executables give ArgumentParser's `ExitCode`, `CleanExit` and `ValidationError` this conformance, so that
/// `reporting(_:)` hands them back to the parser untouched (this module does not depend on the parser).
public protocol ParserHandledError: Error {}

/// Runs a command's body: the one error path of both command lines once their arguments were accepted.
///
/// Misuse of a command is found by the parser and `validate()` (usage and exit status 64). Anything thrown here is
/// a runtime refusal of a Jixiao module (a missing database, an existing output file, an unknown project, a locked
/// file…): its clerk-facing `description` is printed on stderr, without the parser's `Error:` prefix and usage,
/// and the process exits with status 1. A ``ParserHandledError`` (e.g. `ExitCode.failure` after a command printed
/// its own lines) is rethrown for the parser to handle.
///
/// - Returns: what `body` returns.
/// - Throws: only a ``ParserHandledError`` from `body`; for any other error the process exits.
public func reporting<T>(_ body: () throws -> T) rethrows -> T {
    do {
        return try body()
    } catch let error as any ParserHandledError {
        throw error
    } catch {
        exitReporting(error)
    }
}

/// The `async` form of `reporting(_:)`, for `district serve` and `street sync`.
public func reporting<T>(_ body: () async throws -> T) async rethrows -> T {
    do {
        return try await body()
    } catch let error as any ParserHandledError {
        throw error
    } catch {
        exitReporting(error)
    }
}

/// Prints `error` on stderr and exits with status 1 (C `exit` flushes what `print` buffered on stdout).
private func exitReporting(_ error: any Error) -> Never {
    printError("\(error)")
    exit(EXIT_FAILURE)
}
