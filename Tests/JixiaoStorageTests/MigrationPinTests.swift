import Testing

@testable import JixiaoStorage

/// Shipped migrations are never edited (Docs/Storage.md): their SQL, including the triggers `DigestTriggers`
/// generates into it, is pinned by a checksum. A failure here means a shipped migration changed: put the change in
/// a new migration instead.
@Suite("Shipped migrations")
struct MigrationPinTests {
    /// FNV-1a, 64 bits: enough to notice an edit, and no dependency for the test target.
    static func checksum(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    static let shipped = [
        "street-v1": StreetSchema.v1, "street-v2-sync-runs": StreetSchema.v2,
        "district-v1": DistrictSchema.v1, "district-v2-sync-sessions": DistrictSchema.v2,
        "street-v3-devices": StreetSchema.v3, "district-v3-devices": DistrictSchema.v3,
        "street-v4-imported-files": StreetSchema.v4, "district-v4-tls-identity": DistrictSchema.v4,
        "street-v5-years": StreetSchema.v5 + StreetSchema.v5Triggers,
        "district-v5-years": DistrictSchema.v5 + DistrictSchema.v5Triggers,
        "district-v6-audit-trail": AuditSchema.v6,
        "district-v7-review": ReviewSchema.district, "street-v6-review": ReviewSchema.street,
        "street-v7-years-rules": StreetSchema.v7YearsRules, "district-v8-years-rules": DistrictSchema.v8YearsRules,
    ]

    @Test(
        "the SQL of every shipped migration is unchanged",
        arguments: [
            ("street-v1", "565a89e3c4deaa67"),
            ("street-v2-sync-runs", "91a69f5fac99d728"),
            ("district-v1", "597e57af84b3b2ac"),
            ("district-v2-sync-sessions", "29f40cf31431cab5"),
            ("street-v3-devices", "26017f2af061841c"),
            ("district-v3-devices", "378d89c96f55f67f"),
            ("street-v4-imported-files", "f950d9b84a9568ed"),
            ("district-v4-tls-identity", "4439c893a51e3147"),
            ("street-v5-years", "a548da2a70b62df3"),
            ("district-v5-years", "9001d997896279ba"),
            ("district-v6-audit-trail", "6de39743345164cc"),
            ("district-v7-review", "b34d5a7303627bc4"),
            ("street-v6-review", "29f872eec359a237"),
            ("street-v7-years-rules", "6770b767d13a1c05"),
            ("district-v8-years-rules", "3f042e8c7bd7c650"),
        ]
    )
    func pinned(name: String, expected: String) throws {
        let sql = try #require(Self.shipped[name])
        let actual = Self.checksum(sql)
        #expect(actual == expected, "migration \(name) changed (checksum \(actual))")
    }
}
