import JixiaoSpreadsheet
import Testing

/// Cell references, number text and serial dates: the pure parts, without files.
@Suite struct ValueTests {
    @Test(arguments: [
        ("A1", 1, 1), ("c7", 3, 7), ("$Z$10", 26, 10), ("AA1", 27, 1), ("XFD1048576", 16_384, 1_048_576),
    ])
    func parsesReferences(text: String, column: Int, row: Int) throws {
        let reference = try #require(CellReference(text))
        #expect(reference == CellReference(column: column, row: row))
        #expect(CellReference(reference.description) == reference)
    }

    @Test(arguments: ["", "A", "7", "A0", "XFE1", "A1048577", "1A", "A1B", "A-1", "ÄA1"])
    func refusesBadReferences(text: String) {
        #expect(CellReference(text) == nil)
    }

    @Test func parsesRanges() throws {
        let range = try #require(CellRange("C3:A1"))
        #expect(range.description == "A1:C3")
        #expect(range.contains(CellReference(column: 2, row: 2)))
        #expect(!range.contains(CellReference(column: 4, row: 2)))
        #expect(CellRange("B2")?.description == "B2")
        #expect(CellRange("A1:") == nil)
    }

    @Test(arguments: [
        ("1234.56", "1234.56"), ("1.23456E3", "1234.56"), ("4.4197E4", "44197"), ("1.5E-3", "0.0015"),
        ("0.30000000000000004", "0.3"), ("1358.0160000000001", "1358.016"), ("-0", "0"), ("+12", "12"),
        ("100", "100"), ("1E+21", "1000000000000000000000"), ("0.1234567890123456789", "0.123456789012346"),
        ("9.99999999999999999", "10"), ("-12.50", "-12.5"), ("007", "7"), (".5", "0.5"),
        // Already plain (returned as they are), and near misses of that form.
        ("0", "0"), ("-0.5", "-0.5"), ("0.0015", "0.0015"), ("123456789012345", "123456789012345"),
        ("1234567890123456", "1234567890123460"), ("0.10", "0.1"), ("-0.0", "0"), ("10.", "10"), ("00.5", "0.5"),
    ])
    func canonicalNumbers(text: String, expected: String) {
        #expect(NumberText.canonical(text) == expected)
    }

    @Test(arguments: ["", "abc", "1,5", "1.2.3", "1e", "--1", "INF", "NaN", "1E400", "0x10", "-", "1-", "1.-5"])
    func refusesNonNumbers(text: String) {
        #expect(NumberText.canonical(text) == nil)
    }

    @Test(arguments: [
        ("1", "1900-01-01"), ("59", "1900-02-28"), ("60", "1900-02-29"), ("61", "1900-03-01"),
        ("44197", "2021-01-01"), ("44373.75", "2021-06-26"), ("2958465", "9999-12-31"),
    ])
    func dates1900(serial: String, day: String) {
        #expect(DateSystem.system1900.day(fromSerial: serial)?.description == day)
    }

    @Test(arguments: [("0", "1904-01-01"), ("6753", "1922-06-28"), ("42735", "2021-01-01")])
    func dates1904(serial: String, day: String) {
        #expect(DateSystem.system1904.day(fromSerial: serial)?.description == day)
    }

    @Test func serialsRoundTrip() throws {
        #expect(DateSystem.system1900.day(fromSerial: "0") == nil)
        #expect(DateSystem.system1900.day(fromSerial: "-1") == nil)
        for serial in [1, 59, 61, 44197, 50000] {
            let day = try #require(DateSystem.system1900.day(fromSerial: String(serial)))
            #expect(DateSystem.system1900.serial(of: day) == serial)
            let mac = try #require(DateSystem.system1904.day(fromSerial: String(serial)))
            #expect(DateSystem.system1904.serial(of: mac) == serial)
        }
    }
}
