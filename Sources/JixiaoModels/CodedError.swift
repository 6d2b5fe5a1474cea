/// The one shape of every Jixiao error: a `code` to branch on, a `message` a clerk can act on, and the
/// `underlying` error it wraps, if any (GRDB's `DatabaseError`, NIO's `ChannelError`…).
///
/// Each module has one such error (`ModelError`, `StorageError`, `ProtocolError`, …) whose `Code` is a struct with
/// static members, so codes can be added without breaking a caller's `switch`. A code also works as a `catch`
/// pattern, the way GRDB's result codes do:
///
/// ```swift
/// do { try database.open() } catch StorageError.Code.missingFile { … }
/// ```
public protocol CodedError: Error, CustomStringConvertible, Sendable {
    /// The code's type: a struct of static members, `Hashable` so it can be compared and switched on.
    associatedtype Code: ErrorCodeType where Code.Owner == Self
    /// What kind of error this is.
    var code: Code { get }
    /// The one-line message, quoting the input at fault and saying what to do.
    var message: String { get }
    /// The error this one wraps, if any.
    var underlying: (any Error & Sendable)? { get }
}

/// A `CodedError`'s code.
public protocol ErrorCodeType: Hashable, Sendable, CustomStringConvertible {
    /// The error type this code belongs to.
    associatedtype Owner: CodedError where Owner.Code == Self
}

/// `catch StorageError.Code.missingFile`: matches an error of the code's own type with that code.
public func ~= <Code: ErrorCodeType>(pattern: Code, error: any Error) -> Bool {
    (error as? Code.Owner)?.code == pattern
}
