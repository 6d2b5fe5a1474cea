import Foundation

/// The client's decision for one sync (Protocol.md §10.2), from what AUTH_OK says and what the device stores:
/// whether to repair, and which cursors to pull from. Pure, so it is tested without sockets or databases.
public struct SyncPlan: Hashable, Sendable {
    /// Push a copy of every row besides the pending changes, and pull the office's rows from revision 0: the
    /// district was recreated (another epoch), restored from an older backup (its row revision is behind this
    /// device's cursor), or the caller asked for it (the digests differed).
    public var repair: Bool
    /// The reference cursor to pull from.
    public var referenceCursor: Int64
    /// The row cursor to pull from.
    public var rowCursor: Int64
    /// The database is a restored or copied one (Protocol.md §10.8.4): the district holds later edits of this
    /// device than the device itself remembers making. It must become a new device before it pushes.
    public var isCopy: Bool

    /// Decides a sync.
    /// - Parameters:
    ///   - welcome: the server's AUTH_OK.
    ///   - districtEpoch: the district epoch this device stored at its last sync (empty before the first).
    ///   - referenceCursor: the device's reference cursor.
    ///   - rowCursor: the device's row cursor.
    ///   - ownClock: the highest clock the device gave one of its own changes.
    ///   - forceRepair: repair whatever the rest says.
    public init(
        welcome: AuthOK,
        districtEpoch: String,
        referenceCursor: Int64,
        rowCursor: Int64,
        ownClock: Int64 = 0,
        forceRepair: Bool = false
    ) {
        isCopy = welcome.deviceClock > ownClock
        let recreated = !districtEpoch.isEmpty && districtEpoch != welcome.districtEpoch.uuidString.lowercased()
        let rowsBehind = rowCursor > welcome.rowRevision
        let referenceBehind = referenceCursor > welcome.referenceRevision
        repair = forceRepair || recreated || rowsBehind
        self.referenceCursor = recreated || referenceBehind ? 0 : referenceCursor
        self.rowCursor = repair ? 0 : rowCursor
    }

    /// Whether to pull: after a push (the district may have kept another version of a pushed row), or when a
    /// cursor differs from the district's revision.
    public func needsPull(afterPushing pushed: Bool, welcome: AuthOK) -> Bool {
        pushed || repair || referenceCursor != welcome.referenceRevision || rowCursor != welcome.rowRevision
    }

    /// The plan of the repair that follows a digest mismatch: every row pushed, every row pulled.
    public var repairing: SyncPlan {
        var plan = self
        plan.repair = true
        plan.rowCursor = 0
        return plan
    }
}
