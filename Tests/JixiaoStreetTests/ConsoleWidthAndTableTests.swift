import JixiaoConsole
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("", 0), ("禁毒宣传", 8), ("伍家岭站点", 10), ("，。、：", 8), ("（元）", 6), ("ＡＢ１", 6),
        ("한글", 4), ("かな", 4), ("𠮷", 2), ("e\u{301}", 1), ("PM2.5浓度", 9), ("μg/m³", 5), ("“引号”", 6),
        ("\u{200B}", 0), ("a\tb", 2), ("😀", 2), ("￥12", 4), ("\u{3000}", 2),
    ])
    func width(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func hangulJamoSequenceTakesTwoColumns() {
        // ᄒ + ᅡ + ᆫ: an initial consonant (wide) and two conjoining jamo (zero).
        #expect(DisplayWidth.of("\u{1112}\u{1161}\u{11AB}") == 2)
    }
}

@Suite struct TableTests {
    @Test func alignsChineseTextAndRightAlignsMoney() {
        var table = Table(columns: [Table.Column("项目"), Table.Column("类别"), Table.Column("金额", alignment: .right)])
        table.append(["JD2021", "禁毒宣传", "1,234.56"])
        table.append(["LT2021", "培训", "12,000,000.00"])
        table.append(["X", "", "5.00"])
        let expected = """
            项目    类别               金额
            ------  --------  -------------
            JD2021  禁毒宣传       1,234.56
            LT2021  培训      12,000,000.00
            X                          5.00

            """
        #expect(table.render() == expected)
    }

    @Test func flattensLineBreaksAndTrimsTrailingSpaces() {
        var table = Table(columns: [Table.Column("备注"), Table.Column("n", alignment: .right)])
        table.append(["第一行\r\n第二行\t尾", "1"])
        table.append(["短"])
        let expected = """
            备注              n
            ----------------  -
            第一行 第二行 尾  1
            短

            """
        #expect(table.render() == expected)
    }

    @Test func emptyTablePrintsTitles() {
        let table = Table(columns: [Table.Column("代码"), Table.Column("名称")])
        #expect(table.render() == "代码  名称\n----  ----\n")
    }
}

@Suite struct OutputFormatTests {
    @Test func parses() throws {
        #expect(try OutputFormat(parsing: "CSV") == .csv)
        #expect(try OutputFormat(parsing: "table") == .table)
        let error = #expect(throws: ConsoleError.self) { try OutputFormat(parsing: "xlsx") }
        #expect(error?.description == "format \"xlsx\" is not one of: table, csv, json")
    }
}
