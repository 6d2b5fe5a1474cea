import JixiaoModels
import Testing

@Suite("Money")
struct MoneyTests {
    @Test(
        "parses what clerks type",
        arguments: [
            ("1234.56", 123_456), ("1,234.56", 123_456), ("¥1,234.56", 123_456), ("1234.56元", 123_456),
            ("12.5万", 12_500_000), ("12.5万元", 12_500_000), ("1277.6万", 1_277_600_000), ("0.01", 1),
            ("  7 ", 700), ("-3.5", -350), ("1,234,567", 123_456_700), ("49.88418万元", 49_884_180),
        ] as [(String, Int64)]
    )
    func parses(text: String, fen: Int64) throws {
        #expect(try Money(parsing: text).fen == fen)
    }

    @Test(
        "refuses junk, quoting it",
        arguments: [
            "", "12,3a", "1.234", "abc", "1..2", "12,34.5", "1.", ".5", "1,2345", "万", "1.1234567万",
            "99999999999999999999",
        ]
    )
    func refuses(text: String) {
        #expect(throws: ModelError.self) { try Money(parsing: text) }
        do {
            _ = try Money(parsing: text)
        } catch {
            #expect(String(describing: error).contains("\"\(text)\""))
        }
    }

    @Test("more than two decimals in 元 says so")
    func tooManyDecimals() {
        #expect(throws: ModelError.invalidMoney("amount \"1.234\" has more than two decimals in 元")) {
            try Money(parsing: "1.234")
        }
        #expect(throws: ModelError.invalidMoney("amount \"12,3a\" is not a number of 元")) {
            try Money(parsing: "12,3a")
        }
    }

    @Test(
        "the seed's figures round-trip between 元 and 万元",
        arguments: [
            (1_277_600_000, "12,776,000.00", "1277.6万元"), (49_884_180, "498,841.80", "49.88418万元"),
            (1_233_060_000, "12,330,600.00", "1233.06万元"), (50_000_000, "500,000.00", "50万元"),
            (95_900_000, "959,000.00", "95.9万元"), (26_817_300, "268,173.00", "26.8173万元"),
            (69_082_700, "690,827.00", "69.0827万元"), (76_701_480, "767,014.80", "76.70148万元"),
            (1, "0.01", "0.000001万元"), (-150, "-1.50", "-0.00015万元"),
        ] as [(Int64, String, String)]
    )
    func roundTrip(fen: Int64, yuan: String, wan: String) throws {
        let money = Money(fen: fen)
        #expect(money.formattedYuan() == yuan)
        #expect(money.formattedWan() == wan)
        #expect(try Money(parsing: yuan) == money)
        #expect(try Money(parsing: wan) == money)
    }

    @Test("formats without grouping for CSV")
    func plain() {
        #expect(Money(fen: 1_277_600_000).formattedYuan(grouping: false) == "12776000.00")
    }
}
