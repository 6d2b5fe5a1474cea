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
    /// The review of each project and year the district has acted on, or the office has submitted.
    public var reviews: [OfficeReview] = []
    /// Changes the district refused for a locked project and year (`street refused` lists them).
    public var refused: Int = 0
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
        let lastSync =
            lastSuccess.map {
                times.string(fromStored: $0.finishedAt) + " "
                    + tr("street.status.last-ok", ["pushed": "\($0.pushed)", "pulled": "\($0.pulled)"])
            } ?? tr("street.status.never")
        let digests =
            switch digestsMatched {
            case .some(true): tr("street.status.digests-matched")
            case .some(false): tr("street.status.digests-differ")
            case .none: tr("street.status.digests-unknown")
            }
        var lines = [
            (tr("street.status.office"), office), (tr("street.status.server"), server),
            (tr("street.status.database"), databasePath), (tr("street.status.device"), device),
            (tr("street.status.last-sync"), lastSync),
        ]
        if let lastFailure {
            lines.append(
                (
                    tr("street.status.last-failure"),
                    "\(times.string(fromStored: lastFailure.finishedAt)) \(lastFailure.result)"
                )
            )
        }
        let comma = tr("street.status.comma")
        lines += [
            (tr("street.status.unacknowledged"), String(unacknowledged)), (tr("street.status.digests"), digests),
            (
                tr("street.status.received"),
                projects == 0
                    ? tr("street.status.nothing-received")
                    : [counted(projects, "project"), counted(indicators, "indicator")].joined(separator: comma)
            ),
            (
                tr("street.status.recorded"),
                [counted(expenditures, "expenditure"), counted(values, "indicator value"), counted(notes, "note")]
                    .joined(separator: comma)
            ),
        ]
        if conflicts > 0 {
            lines.append(
                (
                    tr("street.status.conflicts"),
                    tr("street.status.conflicts-line", ["count": counted(conflicts, "conflict")])
                )
            )
        }
        for review in reviews {
            let record = review.record
            let time = times.string(fromStored: record.at)
            let line: String
            switch (record.state, review.pending) {
            case (_, true): line = tr("street.status.review-pending", ["time": time])
            case (.returned, _):
                line = tr("street.status.review-returned", ["by": record.by, "time": time, "reason": record.note])
            case (.approved, _): line = tr("street.status.review-approved", ["by": record.by, "time": time])
            case (.submitted, _): line = tr("street.status.review-submitted", ["time": time])
            case (.draft, _): line = tr("street.status.review-draft", ["by": record.by, "time": time])
            }
            lines.append((tr("street.status.review", ["project": record.project, "year": "\(record.year)"]), line))
        }
        if refused > 0 {
            lines.append((tr("street.status.refused"), tr("street.status.refused-line", ["n": "\(refused)"])))
        }
        // By display width, so that Chinese keys line up too.
        let width = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        return lines.map { key, value in
            key + ":" + String(repeating: " ", count: width - DisplayWidth.of(key) + 1) + value
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
            reviews: try database.reviews(),
            refused: try database.refusedChanges().filter { $0.state == "refused" }.count,
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
