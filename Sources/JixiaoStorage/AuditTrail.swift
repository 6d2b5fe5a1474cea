import Crypto
import Foundation
import GRDB
import JixiaoModels

/// The district's audit trail inside a write transaction (Docs/Audit.md): states who writes, records an action, and
/// seals new entries into the hash chain.
///
/// Each entry's hash is SHA-256 of the previous entry's hash followed by the entry's fields in canonical form
/// (`appendCanonicalBytes`); the first entry follows 32 zero bytes. A transaction's entries are sealed together: one
/// `audit_seals` row holds the first 8 bytes of each entry's hash (`marks`, so verify can name the first bad entry)
/// and the full hash of its last entry; `audit_head` holds the last sealed entry and its hash. One row per
/// transaction rather than per entry: a 200,000-row push would otherwise write 200,000 more rows.
enum AuditTrail {
    /// Who writes in this transaction: `actor` (a login name, or `sync`), and for a sync the device and session.
    /// The entries of the transaction all take its time (taken here, once).
    static func state(_ db: Database, actor: String, device: String = "", session: String = "") throws {
        try db.cachedStatement(
            sql: """
                UPDATE audit_context SET actor = ?, device = ?, session = ?,
                  at = CASE WHEN ? = '' THEN '' ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END WHERE id = 1
                """
        )
        .execute(arguments: [actor, device, session, actor])
    }

    /// Records one action that is not a row change (a plan import, an office added, a secret rotated).
    static func record(_ db: Database, action: String, office: String = "", note: String) throws {
        try db.execute(
            sql: """
                INSERT INTO audit_log (at, action, actor, office, device, session, tbl, row_id, before, after, note)
                SELECT coalesce(nullif(at, ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), ?, actor, ?, device, session,
                  '', '', NULL, NULL, ?
                FROM audit_context WHERE id = 1
                """,
            arguments: [action, office, note]
        )
    }

    /// A certificate's fingerprint as the trail writes it (`sha256:` and hex digits).
    static func fingerprint(_ der: [UInt8]) -> String {
        (try? CertificateFingerprint(bytes: Array(SHA256.hash(data: der))))?.description ?? ""
    }

    /// Seals every entry after the head into the chain (one `audit_seals` row) and clears the context, at the end
    /// of a write transaction.
    static func seal(_ db: Database) throws {
        guard let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_head WHERE id = 1") else { return }
        let headSeq: Int64 = head["seq"]
        var seq = headSeq
        let headHash: Data = head["hash"]
        var hash = [UInt8](headHash)
        var marks: [UInt8] = []
        var buffer: [UInt8] = []
        // A large push seals hundreds of thousands of entries: read in place from SQLite (DirectStatement), each
        // entry hashed with one call, the hash kept as bytes. The same bytes as `chain(_:_:)`, which `verify` uses.
        let entries = try DirectStatement(db, cached: "SELECT \(columns) FROM audit_log WHERE seq > ? ORDER BY seq")
        defer { entries.reset() }
        try entries.bind(seq, at: 1)
        while try entries.step() {
            seq = entries.int64(at: 0)
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: hash)
            withUnsafeBytes(of: seq.bigEndian) { buffer.append(contentsOf: $0) }
            for index in 1...Int32(textColumns.count) {
                entries.withBytes(at: index) { Self.appendField($0, to: &buffer) }
            }
            var hasher = SHA256()
            buffer.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            let digest = hasher.finalize()
            if hash.count == SHA256.byteCount {
                hash.withUnsafeMutableBytes { out in digest.withUnsafeBytes { out.copyMemory(from: $0) } }
            } else {
                hash = Array(digest)
            }
            marks.append(contentsOf: hash[0..<markSize])
        }
        if seq > headSeq {
            let hash = Data(hash)
            let marks = Data(marks)
            try db.execute(
                sql: "INSERT INTO audit_seals (last_seq, first_seq, marks, hash) VALUES (?, ?, ?, ?)",
                arguments: [seq, headSeq + 1, marks, hash]
            )
            try db.execute(sql: "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", arguments: [seq, hash])
        }
        try state(db, actor: "")
    }

    /// How many bytes of each entry's hash a seal keeps.
    static let markSize = 8

    /// The columns an entry's hash covers, in order.
    static let columns = "seq, at, action, actor, office, device, session, tbl, row_id, before, after, note"

    /// The next hash of the chain: SHA-256 of `previous` and the entry's canonical bytes.
    static func chain(_ previous: Data, _ row: Row) throws -> Data {
        var buffer: [UInt8] = []
        return try chain(previous, row, buffer: &buffer)
    }

    /// The same, the bytes gathered in `buffer` (reused from entry to entry) and hashed at once: a large push seals
    /// hundreds of thousands of entries, and one hash call per entry costs far less than one per field.
    static func chain(_ previous: Data, _ row: Row, buffer: inout [UInt8]) throws -> Data {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: previous)
        try appendCanonicalBytes(row, to: &buffer)
        return Data(SHA256.hash(data: buffer))
    }

    /// The text columns of an entry after `seq`, in the order the hash covers them.
    static let textColumns = [
        "at", "action", "actor", "office", "device", "session", "tbl", "row_id", "before", "after", "note",
    ]

    /// Appends the entry's fields in canonical form: `seq` as 8 bytes big-endian, then each text field as its UTF-8
    /// length (4 bytes big-endian, `0xFFFFFFFF` for NULL) followed by its bytes. Reads the bytes in place (no
    /// `String`), as a large push seals hundreds of thousands of entries.
    static func appendCanonicalBytes(_ row: Row, to buffer: inout [UInt8]) throws {
        let seq: Int64 = row[0]
        withUnsafeBytes(of: seq.bigEndian) { buffer.append(contentsOf: $0) }
        for index in 1...textColumns.count {
            try row.withUnsafeData(atIndex: index) { data in
                if let data {
                    data.withUnsafeBytes { appendField($0, to: &buffer) }
                } else {
                    appendField(nil, to: &buffer)
                }
            }
        }
    }

    /// One text field in canonical form: its length (4 bytes big-endian, `0xFFFFFFFF` for NULL), then its bytes.
    static func appendField(_ bytes: UnsafeRawBufferPointer?, to buffer: inout [UInt8]) {
        if let bytes {
            withUnsafeBytes(of: UInt32(bytes.count).bigEndian) { buffer.append(contentsOf: $0) }
            buffer.append(contentsOf: bytes)
        } else {
            withUnsafeBytes(of: UInt32.max.bigEndian) { buffer.append(contentsOf: $0) }
        }
    }

    /// Checks the whole trail: the guard triggers are in place, sequence numbers have no gap, every entry's hash
    /// follows from the one before, and the head names the last sealed entry.
    /// - Returns: the problems found, the first bad entry first (empty when the trail is sound).
    static func verify(_ db: Database) throws -> AuditVerification {
        var problems: [String] = []
        let guards = try String.fetchSet(
            db,
            sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_%_no_%'"
        )
        for name in ["audit_log_no_update", "audit_log_no_delete", "audit_seals_no_update", "audit_seals_no_delete"]
        where !guards.contains(name) {
            problems.append(tr("audit.trigger-missing", ["name": name]))
        }
        guard let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_head WHERE id = 1") else {
            return AuditVerification(
                entries: 0,
                unsealed: 0,
                head: Data(),
                problems: problems + [tr("audit.head-missing")]
            )
        }
        let headSeq: Int64 = head["seq"]
        let headHash: Data = head["hash"]
        // The seals, in order: each covers first_seq...last_seq.
        struct Seal {
            var first: Int64
            var last: Int64
            var marks: Data
            var hash: Data
        }
        let seals = try Row.fetchAll(
            db,
            sql: "SELECT first_seq, last_seq, marks, hash FROM audit_seals ORDER BY last_seq"
        )
        .map { Seal(first: $0[0], last: $0[1], marks: $0[2], hash: $0[3]) }
        var firstBad: String?
        func problem(_ text: String) { if firstBad == nil { firstBad = text } }
        var sealIndex = 0
        var sealedThrough: Int64 = 0
        var sealProblem: String?
        for seal in seals {
            if sealProblem == nil
                && (seal.first != sealedThrough + 1 || seal.marks.count != Int(seal.last - seal.first + 1) * markSize)
            {
                sealProblem = tr("audit.seal-order", ["first": "\(seal.first)", "last": "\(seal.last)"])
            }
            sealedThrough = seal.last
        }
        var hash = Data(count: 32)
        var expected: Int64 = 1
        var entries = 0
        var unsealed = 0
        var buffer: [UInt8] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM audit_log ORDER BY seq")
        while let row = try rows.next() {
            let seq: Int64 = row[0]
            entries += 1
            if seq != expected {
                problem(
                    seq > expected
                        ? tr(
                            "audit.entry-missing",
                            ["entries": "\(expected)\(seq - expected > 1 ? "–\(seq - 1)" : "")"]
                        )
                        : tr("audit.entry-order", ["seq": "\(seq)"])
                )
            }
            expected = seq + 1
            hash = try chain(hash, row, buffer: &buffer)
            while sealIndex < seals.count && seals[sealIndex].last < seq { sealIndex += 1 }
            guard sealIndex < seals.count, seals[sealIndex].first <= seq else {
                // After the last seal: written since the last Jixiao transaction (outside Jixiao), sealed by the next.
                if seq <= headSeq { problem(tr("audit.entry-unsealed", ["seq": "\(seq)"])) }
                unsealed += 1
                continue
            }
            let seal = seals[sealIndex]
            let offset = Int(seq - seal.first) * markSize
            if offset + markSize <= seal.marks.count {
                let mark = seal.marks[seal.marks.startIndex + offset..<seal.marks.startIndex + offset + markSize]
                if mark != hash.prefix(markSize) {
                    problem(tr("audit.entry-changed", ["seq": "\(seq)"]))
                }
            }
            if seq == seal.last {
                if seal.hash != hash {
                    problem(tr("audit.seal-mismatch", ["first": "\(seal.first)", "last": "\(seal.last)"]))
                }
                // Go on from the stored hash, so one bad entry is named once rather than every entry after it.
                hash = seal.hash
            }
        }
        if let sealProblem { problem(sealProblem) }
        if sealedThrough > expected - 1 {
            problem(tr("audit.truncated", ["last": "\(expected - 1)", "sealed": "\(sealedThrough)"]))
        }
        if headSeq != sealedThrough || (seals.last.map { $0.hash != headHash } ?? (headHash != Data(count: 32))) {
            problem(tr("audit.head-mismatch", ["seq": "\(headSeq)"]))
        }
        if let firstBad { problems.append(firstBad) }
        return AuditVerification(entries: entries, unsealed: unsealed, head: headHash, problems: problems)
    }
}

/// What `district verify` found in the audit trail.
public struct AuditVerification: Hashable, Sendable {
    /// How many entries the trail holds.
    public var entries: Int
    /// Entries written since the last Jixiao transaction, that is by a program other than Jixiao (the sqlite3
    /// shell); the next Jixiao transaction seals them. Not a failure: `district audit` shows them, with no actor.
    public var unsealed: Int
    /// The hash of the last sealed entry (32 zero bytes for an empty trail): write it down to detect a trail
    /// rewritten from the start.
    public var head: Data
    /// What is wrong, the first bad entry first; empty when the trail is sound.
    public var problems: [String]

    public var passed: Bool { problems.isEmpty }
}
