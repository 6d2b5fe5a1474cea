import Foundation
import NIOCore

/// The server's shared bookkeeping: open connections and their peer addresses, the office each live session holds,
/// and failed authentications per enrolled office. Every access takes the lock.
final class ServerRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var connections: [ObjectIdentifier: any Channel] = [:]
    private var peers: [ObjectIdentifier: String] = [:]
    private var offices: [String: ObjectIdentifier] = [:]
    private var failures: [String: Int] = [:]
    private var stopping = false

    /// Admits a connection unless the server is stopping, full, or already holds `perPeer` connections from the
    /// same address (so one host cannot take every slot).
    func admit(_ channel: any Channel, peer: String, maximum: Int, perPeer limit: Int) -> Bool {
        lock.withLock {
            // At most `maximum` (64 by default) entries: counting them is cheaper than keeping a second tally in step.
            let fromPeer = peers.values.lazy.filter { $0 == peer }.count
            guard !stopping, connections.count < maximum, fromPeer < limit else { return false }
            let id = ObjectIdentifier(channel)
            connections[id] = channel
            peers[id] = peer
            return true
        }
    }

    /// Forgets a connection and releases its office.
    func remove(_ channel: any Channel) {
        lock.withLock {
            let id = ObjectIdentifier(channel)
            guard connections.removeValue(forKey: id) != nil else { return }
            peers[id] = nil
            releaseLocked(id)
        }
    }

    /// Releases the office slot `channel` holds, before its last message goes out, so the client may reconnect
    /// the moment it reads that message.
    func release(_ channel: any Channel) {
        lock.withLock { releaseLocked(ObjectIdentifier(channel)) }
    }

    private func releaseLocked(_ id: ObjectIdentifier) {
        for (office, holder) in offices where holder == id { offices[office] = nil }
    }

    /// Claims the single live-session slot of a device of `office` for `channel` (devices of one office sync at the
    /// same time; one device has one session). A slot held by a connection that is no longer active (its peer
    /// vanished and its task has not noticed yet) is taken over rather than answered `sessionBusy`.
    func claim(office: String, device: String, for channel: any Channel) -> Bool {
        lock.withLock {
            let id = ObjectIdentifier(channel)
            let slot = "\(office)/\(device)"
            if let holder = offices[slot], holder != id, connections[holder]?.isActive == true { return false }
            offices[slot] = id
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

}

/// A value shared between a connection's task and its timer, behind a lock.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func get() -> Value { lock.withLock { value } }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
}
