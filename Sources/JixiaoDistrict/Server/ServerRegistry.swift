import Foundation
import NIOCore

/// The server's shared bookkeeping: open connections, the office each live session holds, and failed
/// authentications per office code. Every access takes the lock.
final class ServerRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var connections: [ObjectIdentifier: any Channel] = [:]
    private var offices: [String: ObjectIdentifier] = [:]
    private var failures: [String: Int] = [:]
    private var stopping = false

    /// Admits a connection unless the server is full or stopping.
    func admit(_ channel: any Channel, maximum: Int) -> Bool {
        lock.withLock {
            guard !stopping, connections.count < maximum else { return false }
            connections[ObjectIdentifier(channel)] = channel
            return true
        }
    }

    /// Forgets a connection and releases its office.
    func remove(_ channel: any Channel) {
        lock.withLock {
            let id = ObjectIdentifier(channel)
            connections[id] = nil
            for (office, holder) in offices where holder == id { offices[office] = nil }
        }
    }

    /// Claims the single live-session slot of `office` for `channel`.
    func claim(office: String, for channel: any Channel) -> Bool {
        lock.withLock {
            let id = ObjectIdentifier(channel)
            if let holder = offices[office], holder != id { return false }
            offices[office] = id
            failures[office] = nil
            return true
        }
    }

    /// Records a failed authentication and returns how many there have been in a row.
    func recordFailure(office: String) -> Int {
        lock.withLock {
            failures[office, default: 0] += 1
            return failures[office]!
        }
    }

    /// Marks the server as stopping and returns the open connections.
    func stop() -> [any Channel] {
        lock.withLock {
            stopping = true
            return Array(connections.values)
        }
    }

    var isStopping: Bool { lock.withLock { stopping } }

    var connectionCount: Int { lock.withLock { connections.count } }
}

/// A value shared between a connection's task and its timer, behind a lock.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func get() -> Value { lock.withLock { value } }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
}
