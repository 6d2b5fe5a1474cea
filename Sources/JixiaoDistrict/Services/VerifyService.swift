import JixiaoModels
import JixiaoStorage

/// `district verify`: the file's integrity and, per office, the rows held against the digest the last sync agreed on.
public enum VerifyService {
    /// One office's line.
    public struct OfficeCheck: Hashable, Sendable {
        public var office: String
        public var expenditures: Int
        public var values: Int
        public var narratives: Int
        /// The digest the triggers maintain.
        public var current: SyncDigest
        /// The digest recomputed from the rows now.
        public var recomputed: SyncDigest
        /// The digest both sides agreed on at the end of the last successful sync, if any.
        public var agreed: SyncDigest?

        /// `ok`, `never synced`, `changed since the last agreed sync`, or `DIGEST MISMATCH` (the maintained digest
        /// disagrees with the rows: the file was edited outside Jixiao or is damaged).
        public var verdict: String {
            if current != recomputed { return "DIGEST MISMATCH: the rows do not match their digest" }
            guard let agreed else { return current == .empty ? "never synced" : "rows held, no agreed sync yet" }
            return agreed == current ? "ok" : "changed since the last agreed sync"
        }

        /// Whether this office's check failed.
        public var failed: Bool { current != recomputed }
    }

    /// The whole verification.
    public struct Report: Hashable, Sendable {
        /// `PRAGMA integrity_check`'s findings (`["ok"]` when sound).
        public var integrity: [String]
        public var offices: [OfficeCheck]

        /// Whether everything is sound.
        public var passed: Bool { integrity == ["ok"] && !offices.contains(where: \.failed) }
    }

    /// Runs every check.
    public static func run(_ database: DistrictDatabase) throws -> Report {
        let integrity = try database.integrityCheck()
        var checks: [OfficeCheck] = []
        for record in try database.offices() {
            let code = record.office.code
            let counts = try database.rowCounts(office: code)
            checks.append(
                OfficeCheck(
                    office: code,
                    expenditures: counts.expenditures,
                    values: counts.values,
                    narratives: counts.narratives,
                    current: try database.digest(office: code),
                    recomputed: try database.recomputedDigest(office: code),
                    agreed: try database.syncState(office: code).agreedDigest
                )
            )
        }
        return Report(integrity: integrity, offices: checks)
    }
}
