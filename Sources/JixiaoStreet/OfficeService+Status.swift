import JixiaoConsole
import JixiaoModels
import JixiaoStorage

/// Where an office stands, for `street status`.
public struct OfficeStatus: Hashable, Sendable {
    public var office: String
    public var server: String
    public var databasePath: String
    /// This database's device id at the district (its epoch; `district office devices` lists it).
    public var device: String = ""
    /// Conflicts between the office's devices, as of the last sync (`street conflicts` lists them).
    public var conflicts: Int = 0
    /// The last sync that succeeded.
    public var lastSuccess: OfficeSessionRecord?
    /// The last attempt, when it failed after (or without) a success.
    public var lastFailure: OfficeSessionRecord?
    /// Changes the district has not acknowledged yet.
    public var unacknowledged: Int
    /// Whether the last sync ended with matching digests (`nil`: unknown, no sync got that far).
    public var digestsMatched: Bool?
    public var projects: Int
    public var indicators: Int
    public var expenditures: Int
    public var values: Int
    public var notes: Int

    /// `key: value` lines for people, times as `times` shows them.
    public func render(times: DisplayTime = DisplayTime()) -> String {
        let lastSync = lastSuccess.map { "\(times.string(fromStored: $0.finishedAt)) \($0.result)" } ?? "never"
        let digests =
            switch digestsMatched {
            case .some(true): "matched"
            case .some(false): "did not match: the next street sync pushes and pulls every row to repair it"
            case .none: "unknown (no completed sync yet)"
            }
        var lines = [
            ("office", office), ("server", server), ("database", databasePath), ("device", device),
            ("last sync", lastSync),
        ]
        if let lastFailure {
            lines.append(("last failure", "\(times.string(fromStored: lastFailure.finishedAt)) \(lastFailure.result)"))
        }
        lines += [
            ("unacknowledged changes", String(unacknowledged)), ("digests", digests),
            (
                "received",
                projects == 0
                    ? "nothing yet: run street sync"
                    : "\(counted(projects, "project")), \(counted(indicators, "indicator"))"
            ),
            (
                "recorded",
                "\(counted(expenditures, "expenditure")), \(counted(values, "indicator value")), "
                    + counted(notes, "note")
            ),
        ]
        if conflicts > 0 {
            lines.append(
                ("conflicts", "\(counted(conflicts, "conflict")) between this office's devices: street conflicts")
            )
        }
        let width = lines.map { $0.0.count }.max() ?? 0
        return lines.map { key, value in
            key + ":" + String(repeating: " ", count: width - key.count + 1) + value
        }.joined(separator: "\n") + "\n"
    }
}

extension OfficeService {
    /// The office's settings, last sync, pending changes and counts, read in one transaction
    /// (`StreetDatabase.statusSnapshot()`).
    public func status() throws -> OfficeStatus {
        let snapshot = try database.statusSnapshot()
        let state = snapshot.syncState
        return OfficeStatus(
            office: snapshot.settings.office,
            server: snapshot.settings.server.description,
            databasePath: database.path,
            device: snapshot.settings.epoch,
            conflicts: snapshot.conflicts,
            lastSuccess: snapshot.lastSuccess,
            lastFailure: state.lastSession.flatMap { $0.ok ? nil : $0 },
            unacknowledged: snapshot.pending,
            digestsMatched: state.lastSession?.digestMatch ?? snapshot.lastSuccess?.digestMatch,
            projects: snapshot.projects,
            indicators: snapshot.indicators,
            expenditures: snapshot.expenditures,
            values: snapshot.values,
            notes: snapshot.narratives
        )
    }
}
