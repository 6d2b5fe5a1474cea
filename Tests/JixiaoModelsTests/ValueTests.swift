import JixiaoModels
import Testing

@Suite("Codes, secrets, addresses, enumerations")
struct ValueTests {
    @Test func codes() {
        #expect(Code.isValid("wangluyuan") && Code.isValid("JD2021") && Code.isValid("a.b-c_d"))
        #expect(!Code.isValid("") && !Code.isValid("望麓园") && !Code.isValid("-x") && !Code.isValid("a/b"))
        #expect(!Code.isValid(String(repeating: "a", count: 41)))
    }

    @Test func secrets() throws {
        let secret = OfficeSecret.random()
        #expect(secret.bytes.count == 32)
        #expect(try OfficeSecret(hex: secret.hex) == secret)
        #expect(secret.hex.count == 64)
        #expect(!secret.description.contains(secret.hex))
        #expect(throws: ModelError.self) { try OfficeSecret(hex: "abc") }
        #expect(throws: ModelError.self) { try OfficeSecret(hex: String(repeating: "g", count: 64)) }
        #expect(OfficeSecret.random() != secret)
    }

    @Test func addresses() throws {
        #expect(try ServerAddress(parsing: "127.0.0.1:7420") == ServerAddress(host: "127.0.0.1", port: 7420))
        #expect(try ServerAddress(parsing: "[::1]:80").description == "[::1]:80")
        for bad in ["127.0.0.1", ":80", "host:0", "host:70000", "host:x"] {
            #expect(throws: ModelError.self) { try ServerAddress(parsing: bad) }
        }
    }

    @Test func enumerations() throws {
        #expect(try Indicator.Direction(parsing: "反向") == .lower)
        #expect(try Indicator.Aggregation(parsing: "formula", formula: "A / B * 100") == .formula("A / B * 100"))
        #expect(throws: ModelError.self) { try Indicator.Aggregation(parsing: "formula") }
        #expect(throws: ModelError.self) { try Indicator.Direction(parsing: "up") }
        #expect(try Narrative.Section(parsing: "存在问题") == .problems)
        #expect(try Office.Kind(parsing: "department") == .department)
        #expect(IndicatorReading.number(98.95).display == "98.95")
        #expect(IndicatorReading.number(58).display == "58")
    }

    @Test("canonical rows are tagged and big-endian")
    func canonical() {
        let bytes = CanonicalRow.bytes(table: .narratives, values: [.null, .integer(1), .text("禁")])
        #expect(bytes == [3, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 3, 0, 0, 0, 3, 0xE7, 0xA6, 0x81])
    }
}
