import JixiaoModels
import NIOCore

/// The payloads of FETCH, RECONCILE and RECONCILE_RESULT (Protocol.md §10.9).
extension ByteBuffer {
    mutating func writeFetch(_ keys: [RowKey]) {
        writeInteger(UInt32(keys.count))
        for key in keys {
            writeInteger(key.table.rawValue)
            writeString16(key.key)
        }
    }

    mutating func readFetch() throws -> [RowKey] {
        let count = try readField(UInt32.self, "key count")
        guard count >= 1, count <= UInt32(Reconciliation.keysPerFetch) else {
            throw ProtocolError.malformed("FETCH names \(count) rows, not 1…\(Reconciliation.keysPerFetch)")
        }
        return try (0..<count).map { _ in
            RowKey(table: try readOfficeTable("FETCH"), key: try readString16("row key"))
        }
    }

    mutating func writeReconcile(_ queries: [BucketQuery]) {
        writeInteger(UInt16(queries.count))
        for query in queries {
            writeInteger(query.bucket.prefix)
            writeInteger(query.bucket.bits)
            writeBool(query.wantsRows)
        }
    }

    mutating func readReconcile() throws -> [BucketQuery] {
        let count = try readField(UInt16.self, "bucket count")
        guard count >= 1, count <= UInt16(Reconciliation.bucketsPerRequest) else {
            throw ProtocolError.malformed(
                "RECONCILE asks about \(count) buckets, not 1…\(Reconciliation.bucketsPerRequest)"
            )
        }
        return try (0..<count).map { _ in
            let prefix = try readField(UInt64.self, "bucket prefix")
            let bits = try readField(UInt8.self, "bucket bits")
            let rows = try readBool("listing flag")
            guard let bucket = HashBucket(prefix: prefix, bits: bits) else {
                throw ProtocolError.malformed("RECONCILE bucket \(String(prefix, radix: 16))/\(bits) is not a bucket")
            }
            guard rows || bucket.canSplit else {
                throw ProtocolError.malformed("RECONCILE asks the digests of 64-bit bucket \(bucket)")
            }
            return BucketQuery(bucket: bucket, wantsRows: rows)
        }
    }

    mutating func writeReconcileResult(_ answers: [BucketAnswer]) {
        writeInteger(UInt16(answers.count))
        for answer in answers {
            switch answer {
            case .digests(let digests):
                writeInteger(UInt8(0))
                for digest in digests { writeDigest(digest) }
            case .rows(let rows):
                writeInteger(UInt8(1))
                writeInteger(UInt32(rows.count))
                for row in rows {
                    writeInteger(row.row.table.rawValue)
                    writeString16(row.row.key)
                    writeInteger(row.hash.h1)
                    writeInteger(row.hash.h2)
                }
            }
        }
    }

    mutating func readReconcileResult() throws -> [BucketAnswer] {
        let count = try readField(UInt16.self, "bucket count")
        guard count >= 1, count <= UInt16(Reconciliation.bucketsPerRequest) else {
            throw ProtocolError.malformed("RECONCILE_RESULT answers \(count) buckets")
        }
        return try (0..<count).map { _ in
            switch try readField(UInt8.self, "answer kind") {
            case 0:
                return .digests(try (0..<HashBucket.fanOut).map { _ in try readDigest() })
            case 1:
                let rows = try readField(UInt32.self, "row count")
                guard rows <= UInt32(BucketAnswer.rowLimit) || rows <= UInt32(readableBytes / 19) else {
                    throw ProtocolError.malformed("RECONCILE_RESULT lists \(rows) rows")
                }
                return .rows(
                    try (0..<rows).map { _ in
                        let table = try readOfficeTable("RECONCILE_RESULT")
                        let key = try readString16("row key")
                        let hash = RowHash(h1: try readField(Int64.self, "h1"), h2: try readField(Int64.self, "h2"))
                        return HashedRow(table: table, key: key, hash: hash)
                    }
                )
            case let kind:
                throw ProtocolError.malformed("RECONCILE_RESULT answer kind \(kind) is neither 0 nor 1")
            }
        }
    }

    private mutating func readOfficeTable(_ message: String) throws -> SyncTable {
        let raw = try readField(UInt8.self, "table")
        guard let table = SyncTable(rawValue: raw), table.isOfficeOwned else {
            throw ProtocolError.malformed("\(message) names table \(raw), not an office table (1–3)")
        }
        return table
    }
}
