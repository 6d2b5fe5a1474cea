import Foundation
import JixiaoConsole
import Testing

@Suite struct CSVReaderTests {
    @Test func splitsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let text = "a,b,c\n\"1,234.56\",\"说\"\"好\"\"\",\"第一行\n第二行\"\nx,,z\n"
        let records = try CSVReader.records(text: text)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["1,234.56", "说\"好\"", "第一行\n第二行"], ["x", "", "z"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func reportsThePhysicalLineEachRecordStartsOn() throws {
        let text = "h1,h2\r\n\"a\r\nb\r\nc\",1\r\n\r\nnext,2\r\n\"\",\"\"\r\nlast,3"
        let records = try CSVReader.records(text: text)
        #expect(records.map(\.line) == [1, 2, 6, 7, 8])
        #expect(records[1].fields == ["a\nb\nc", "1"])
        #expect(records[3].fields == ["", ""])
        #expect(records[4].fields == ["last", "3"])
    }

    @Test func handlesCRLFLoneCRAndMissingFinalLineEnd() throws {
        #expect(try CSVReader.records(text: "a,b\r\nc,d\r\n").map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(try CSVReader.records(text: "a,b\rc,d").map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(try CSVReader.records(text: "a,b\nc,d").map(\.line) == [1, 2])
        #expect(try CSVReader.records(text: "").isEmpty)
        #expect(try CSVReader.records(text: "\n\n").isEmpty)
        #expect(try CSVReader.records(text: "a,\n").map(\.fields) == [["a", ""]])
        #expect(try CSVReader.records(text: ",\n").map(\.fields) == [["", ""]])
    }

    @Test func keepsAQuoteInsideAnUnquotedField() throws {
        #expect(try CSVReader.records(text: "12\"寸,b").map(\.fields) == [["12\"寸", "b"]])
    }

    @Test func refusesAnUnclosedQuoteAtItsLine() throws {
        let error = #expect(throws: ConsoleError.self) { try CSVReader.records(text: "a,b\nc,d\n\"open,e\nf,g\n") }
        #expect(error?.line == 3)
        #expect(error?.description == "line 3: a quoted field starts here and is never closed (a missing \")")
    }

    @Test func refusesTextAfterAClosingQuote() throws {
        let error = #expect(throws: ConsoleError.self) { try CSVReader.records(text: "a\n\"x\"y,b\n") }
        #expect(error?.line == 2)
        #expect(try CSVReader.records(text: "\"x\"  ,b").map(\.fields) == [["x", "b"]])
    }

    @Test func blankRecordsAreMarked() throws {
        let records = try CSVReader.records(text: "a,b\n,,\n \u{3000},\n")
        #expect(records.map(\.isBlank) == [false, true, true])
    }
}

@Suite struct TextDecodingTests {
    static let chinese = "项目,金额\nJD2021,\"1,234.56\"\n伍家岭站点,𠮷\n"

    @Test func readsUTF8() throws {
        let (text, encoding) = try TextDecoding.decode(Array(Self.chinese.utf8))
        #expect(text == Self.chinese)
        #expect(encoding == .utf8)
    }

    @Test func readsUTF8WithBOMAndDropsTheBOM() throws {
        let (text, encoding) = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(Self.chinese.utf8))
        #expect(text == Self.chinese)
        #expect(encoding == .utf8BOM)
        let records = try CSVReader.records(bytes: [0xEF, 0xBB, 0xBF] + Array("project\n".utf8))
        #expect(records[0].fields == ["project"])
    }

    @Test func readsGB18030MadeByFoundation() throws {
        let data = try #require(Self.chinese.data(using: TextDecoding.gb18030))
        #expect(String(validating: Array(data), as: UTF8.self) == nil)
        let (text, encoding) = try TextDecoding.decode(Array(data))
        #expect(text == Self.chinese)
        #expect(encoding == .gb18030)
    }

    @Test func readsGBKBytesWrittenByHand() throws {
        // 项目 in GBK (the same bytes in GB18030), as Excel on Chinese Windows saves "CSV (逗号分隔)".
        let bytes: [UInt8] = [0xCF, 0xEE, 0xC4, 0xBF, 0x2C, 0x31, 0x0D, 0x0A]
        let records = try CSVReader.records(bytes: bytes)
        #expect(records.map(\.fields) == [["项目", "1"]])
    }

    @Test func refusesUTF16WithAdvice() throws {
        let error = #expect(throws: ConsoleError.self) { try TextDecoding.decode([0xFF, 0xFE, 0x41, 0x00]) }
        #expect(error?.description.contains("UTF-16") == true)
    }

    @Test func refusesBytesThatAreNotText() throws {
        #expect(throws: ConsoleError.self) { try TextDecoding.decode([0xFF, 0xFF, 0xFF, 0x80]) }
    }
}
