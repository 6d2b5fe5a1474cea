import Foundation
import JixiaoModels
import NIOCore

/// PUSH_BEGIN, client → server: announces the changes that the following PUSH_DATA frames carry
/// (Protocol.md §4.6).
public struct PushBegin: Hashable, Sendable {
    /// The pushing device: the office database's epoch, as in HELLO.
    public var epoch: UUID
    /// The push covers changes with sequence numbers after this one…
    public var fromSequence: Int64
    /// …up to and including this one.
    public var toSequence: Int64
    /// The number of change records in the stream.
    public var rowCount: UInt32
    /// Whether the stream is every row the device holds (a repair, Protocol.md §10.3.4); it deletes nothing.
    public var isFullSnapshot: Bool
    /// The exact length of the change-record stream after inflating, or 0: not stated (a client that sends its
    /// slices as it compresses them; the server caps inflating by its push limit, Protocol.md §4.6.2).
    public var uncompressedSize: UInt64

    /// Creates a PUSH_BEGIN.
    public init(
        epoch: UUID,
        fromSequence: Int64,
        toSequence: Int64,
        rowCount: UInt32,
        isFullSnapshot: Bool,
        uncompressedSize: UInt64
    ) {
        self.epoch = epoch
        self.fromSequence = fromSequence
        self.toSequence = toSequence
        self.rowCount = rowCount
        self.isFullSnapshot = isFullSnapshot
        self.uncompressedSize = uncompressedSize
    }
}

/// PUSH_ACK, server → client: the push is durable (or was already) (Protocol.md §4.8).
public struct PushAck: Hashable, Sendable {
    /// The district's acknowledged sequence after this push.
    public var ackedSequence: Int64
    /// Rows written by this push (0 for a duplicate).
    public var rowsApplied: UInt32
    /// Whether the push was a replay the district already held (nothing written).
    public var isDuplicate: Bool

    /// Creates a PUSH_ACK.
    public init(ackedSequence: Int64, rowsApplied: UInt32, isDuplicate: Bool) {
        self.ackedSequence = ackedSequence
        self.rowsApplied = rowsApplied
        self.isDuplicate = isDuplicate
    }
}

/// PUSH_PROGRESS, server → client: how far the district is with storing a push, sent while it stores one
/// (Protocol.md §4.8.2). Only a person watching uses it; it changes nothing.
public struct PushProgress: Hashable, Sendable {
    /// Rows of the push stored so far (in the push's transaction, not yet committed).
    public var rowsStored: UInt32
    /// The rows of the push: its PUSH_BEGIN's row count.
    public var rowCount: UInt32

    /// Creates a PUSH_PROGRESS.
    public init(rowsStored: UInt32, rowCount: UInt32) {
        self.rowsStored = rowsStored
        self.rowCount = rowCount
    }
}

/// When the district tells the client how far it is with a push: not for a push stored within `delay`, then at
/// most once per `interval` (Protocol.md §4.8.2). The server's I/O code asks it after each stored row and sends
/// what it returns.
public struct PushProgressPacer: Sendable {
    /// The first PUSH_PROGRESS is due this long after the push started to be stored.
    public var delay: TimeAmount
    /// The least time between two PUSH_PROGRESS.
    public var interval: TimeAmount
    private let rowCount: UInt32
    private var due: NIODeadline

    /// A pacer for a push of `rowCount` rows whose storing starts `now`.
    public init(
        rowCount: UInt32,
        delay: TimeAmount = .seconds(1),
        interval: TimeAmount = .milliseconds(500),
        now: NIODeadline
    ) {
        self.rowCount = rowCount
        self.delay = delay
        self.interval = interval
        due = now + delay
    }

    /// The PUSH_PROGRESS to send now that `stored` rows are stored, if one is due.
    public mutating func stored(_ stored: Int, now: NIODeadline) -> PushProgress? {
        guard now >= due, stored < Int(rowCount) else { return nil }
        due = now + interval
        return PushProgress(rowsStored: UInt32(clamping: stored), rowCount: rowCount)
    }
}

/// PULL_END, server → client: closes a pull (Protocol.md §4.11).
public struct PullEnd: Hashable, Sendable {
    /// The reference cursor the client stores after applying the pull.
    public var cursor: Int64
    /// The row cursor the client stores after applying the pull (Protocol.md §10.6).
    public var rowCursor: Int64
    /// The number of change records the PULL_DATA stream carried.
    public var rowCount: UInt32
    /// The exact inflated length of the stream.
    public var uncompressedSize: UInt64
    /// Whether the stream holds every live reference row (the request's reference cursor was 0).
    public var isFullSnapshot: Bool

    /// Creates a PULL_END.
    public init(cursor: Int64, rowCursor: Int64 = 0, rowCount: UInt32, uncompressedSize: UInt64, isFullSnapshot: Bool) {
        self.cursor = cursor
        self.rowCursor = rowCursor
        self.rowCount = rowCount
        self.uncompressedSize = uncompressedSize
        self.isFullSnapshot = isFullSnapshot
    }
}

/// VERIFY_RESULT, server → client: the district's digest of the office's rows (Protocol.md §4.13).
public struct VerifyResult: Hashable, Sendable {
    /// The district's digest.
    public var digest: SyncDigest
    /// Whether it equals the digest the client sent.
    public var matches: Bool

    /// Creates a VERIFY_RESULT.
    public init(digest: SyncDigest, matches: Bool) {
        self.digest = digest
        self.matches = matches
    }
}
