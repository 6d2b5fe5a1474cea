import JixiaoModels
import JixiaoStorage

/// `district verify`: the file's integrity, per office the rows held against the digest the last sync agreed on, and
/// the audit trail's hash chain.
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
            if current != recomputed { return tr("district.verify.mismatch") }
            guard let agreed else {
                return current == .empty ? tr("district.verify.never-synced") : tr("district.verify.no-agreed-sync")
            }
            return agreed == current ? tr("district.verify.ok") : tr("district.verify.changed")
        }

        /// Whether this office's check failed.
        public var failed: Bool { current != recomputed }
    }

    /// The whole verification.
    public struct Report: Hashable, Sendable {
        /// `PRAGMA integrity_check`'s findings (`["ok"]` when sound).
        public var integrity: [String]
        public var offices: [OfficeCheck]
        /// The audit trail's hash chain and guards (Docs/Audit.md).
        public var audit: AuditVerification

        /// Whether everything is sound.
        public var passed: Bool { integrity == ["ok"] && !offices.contains(where: \.failed) && audit.passed }

        /// The audit trail's line: its size and head, or the first problem found.
        public var auditLine: String {
            let head = Hex.string([UInt8](audit.head))
            var line =
                audit.passed
                ? tr("district.verify.audit-ok", ["n": "\(audit.entries)", "head": String(head.prefix(16))])
                : tr("district.verify.audit-failed", ["problems": audit.problems.joined(separator: "; ")])
            if audit.unsealed > 0 { line += tr("district.verify.audit-unsealed", ["n": "\(audit.unsealed)"]) }
            return line
        }
    }

    /// Runs every check: the integrity check, then every office's counts and digests in one read transaction
    /// (`DistrictDatabase.verificationSnapshot()`), so a sync committing meanwhile cannot make them disagree.
    public static func run(_ database: DistrictDatabase) throws -> Report {
        let integrity = try database.integrityCheck()
        let checks = try database.verificationSnapshot().map { office in
            OfficeCheck(
                office: office.office,
                expenditures: office.expenditures,
                values: office.values,
                narratives: office.narratives,
                current: office.current,
                recomputed: office.recomputed,
                agreed: office.agreed
            )
        }
        return Report(integrity: integrity, offices: checks, audit: try database.verifyAuditTrail())
    }
}
