import Foundation
import JixiaoConsole
import JixiaoModels
import Testing

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"), ("", ""), ("a,b", "\"a,b\""), ("说\"好\"", "\"说\"\"好\"\"\""),
        ("two\nlines", "\"two\nlines\""), (" padded", "\" padded\""), ("1,234.56", "\"1,234.56\""),
        ("中文", "中文"),
    ])
    func quotesWhatNeedsIt(field: String, written: String) {
        #expect(CSVWriter.quoted(field) == written)
    }

    @Test func writesRecordsWithCRLFAndOptionalBOM() {
        var writer = CSVWriter(byteOrderMark: true)
        writer.append(["项目", "金额"])
        writer.append(["JD2021", "1,234.56"])
        #expect(writer.text == "项目,金额\r\nJD2021,\"1,234.56\"\r\n")
        let data = writer.data()
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self) == writer.text)
        #expect(Array(CSVWriter().data()) == [])
    }

    @Test func roundTripsThroughTheReader() throws {
        let rows = [["a", "b,c", "d\"e"], ["多\n行", "", " x "]]
        var writer = CSVWriter()
        for row in rows { writer.append(row) }
        let records = try CSVReader.records(bytes: Array(writer.data()))
        #expect(records.map(\.fields) == rows)
        #expect(records.map(\.line) == [1, 2])
    }
}

@Suite struct JSONOutputTests {
    struct Row: Encodable {
        var project: String
        var amount: MoneyJSON
        var path: String
    }

    @Test func sortsKeysAndKeepsChineseUnescaped() throws {
        let json = try JSONOutput.string([Row(project: "禁毒", amount: MoneyJSON(Money(fen: 123_456_789)), path: "a/b")])
        let expected = """
            [
              {
                "amount" : {
                  "fen" : 123456789,
                  "yuan" : "1234567.89"
                },
                "path" : "a/b",
                "project" : "禁毒"
              }
            ]

            """
        #expect(json == expected)
    }
}
