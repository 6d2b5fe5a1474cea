extension SheetDraft {
    /// The worksheet part, in the element order SpreadsheetML requires (Excel refuses a file whose elements are out
    /// of order).
    /// - Parameters:
    ///   - selected: whether this is the tab shown when the workbook opens.
    ///   - styles: receives the styles the cells use.
    ///   - strings: receives the texts when they are shared; `nil` to write them inline.
    /// - Throws: `SpreadsheetError.unwritable` for a number that is not decimal text or a list too long for a rule.
    func xml(selected: Bool, styles: inout StyleTable, strings: inout SharedStringTable?) throws -> String {
        var xml =
            XMLText.declaration
            + "<worksheet xmlns=\"\(XMLText.mainNamespace)\" xmlns:r=\"\(XMLText.relationshipNamespace)\">"
        if printSetup?.fitToWidth == true { xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        let rowNumbers = Set(rows.keys).union(rowHeights.keys).sorted()
        let lastColumn = rows.values.compactMap { $0.keys.max() }.max() ?? 1
        let lastRow = rowNumbers.last ?? 1
        xml +=
            "<dimension ref=\"\(CellRange(CellReference(column: 1, row: 1), CellReference(column: lastColumn, row: lastRow)))\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if frozenRows > 0 {
            let topLeft = CellReference(column: 1, row: frozenRows + 1)
            xml +=
                "<pane ySplit=\"\(frozenRows)\" topLeftCell=\"\(topLeft)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !columnWidths.isEmpty {
            xml += "<cols>"
            for (column, width) in columnWidths.sorted(by: { $0.key < $1.key }) {
                xml += "<col min=\"\(column)\" max=\"\(column)\" width=\"\(Self.decimal(width))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for row in rowNumbers {
            if let height = rowHeights[row] {
                xml += "<row r=\"\(row)\" ht=\"\(Self.decimal(height))\" customHeight=\"1\">"
            } else {
                xml += "<row r=\"\(row)\">"
            }
            for (column, cell) in (rows[row] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let reference = CellReference(column: column, row: row)
                let style = styles.index(of: cell.style)
                let s = style == 0 ? "" : " s=\"\(style)\""
                switch cell.value {
                case .empty:
                    xml += "<c r=\"\(reference)\"\(s)/>"
                case .text(let text):
                    if strings != nil {
                        xml += "<c r=\"\(reference)\"\(s) t=\"s\"><v>\(strings!.index(of: text))</v></c>"
                    } else {
                        xml += "<c r=\"\(reference)\"\(s) t=\"inlineStr\"><is>\(XMLText.textElement(text))</is></c>"
                    }
                case .number(let text):
                    guard NumberText.canonical(text) != nil, !text.contains(" ") else {
                        throw SpreadsheetError(.unwritable, "cell \(name)!\(reference): \"\(text)\" is not a number")
                    }
                    xml += "<c r=\"\(reference)\"\(s)><v>\(text)</v></c>"
                case .boolean(let value):
                    xml += "<c r=\"\(reference)\"\(s) t=\"b\"><v>\(value ? 1 : 0)</v></c>"
                case .error(let code):
                    xml += "<c r=\"\(reference)\"\(s) t=\"e\"><v>\(XMLText.escaped(code))</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !mergedRanges.isEmpty {
            xml += "<mergeCells count=\"\(mergedRanges.count)\">"
            for range in mergedRanges { xml += "<mergeCell ref=\"\(range)\"/>" }
            xml += "</mergeCells>"
        }
        if !validations.isEmpty {
            xml += "<dataValidations count=\"\(validations.count)\">"
            for validation in validations { xml += try Self.xml(validation, sheet: name) }
            xml += "</dataValidations>"
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        if let printSetup {
            xml += "<pageSetup paperSize=\"9\" orientation=\"\(printSetup.orientation.rawValue)\""
            if printSetup.fitToWidth { xml += " fitToWidth=\"1\" fitToHeight=\"0\"" }
            xml += "/>"
        }
        xml += "</worksheet>"
        return xml
    }

    private static func xml(_ validation: DataValidation, sheet: String) throws -> String {
        let formula: String
        switch validation.source {
        case .list(let items):
            let joined = items.joined(separator: ",")
            guard !items.contains(where: { $0.contains(",") || $0.contains("\"") }), joined.utf16.count <= 255 else {
                throw SpreadsheetError(
                    .unwritable,
                    "a dropdown list on sheet \(sheet) is longer than 255 characters or has commas or quotes in an "
                        + "item; put the items on a sheet and refer to their range"
                )
            }
            formula = "\"" + joined + "\""
        case .range(let source, let range):
            formula = quoted(source) + "!" + range.absolute
        }
        var xml = "<dataValidation type=\"list\" allowBlank=\"\(validation.allowBlank ? 1 : 0)\""
        if let prompt = validation.prompt {
            xml += " showInputMessage=\"1\" prompt=\"\(XMLText.escaped(String(prompt.prefix(255))))\""
        }
        if let error = validation.error {
            xml += " showErrorMessage=\"1\" errorStyle=\"stop\" error=\"\(XMLText.escaped(String(error.prefix(225))))\""
        }
        xml += " sqref=\"\(validation.ranges.map(\.description).joined(separator: " "))\">"
        xml += "<formula1>\(XMLText.escaped(formula))</formula1></dataValidation>"
        return xml
    }

    /// `12.5`, `8` — widths without a trailing `.0`.
    static func decimal(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }
}

/// The shared strings of a written workbook, numbered in the order first used.
struct SharedStringTable {
    private(set) var strings: [String] = []
    private var indexes: [String: Int] = [:]
    /// How many cells refer to a shared string (the `count` attribute; `uniqueCount` is `strings.count`).
    private(set) var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indexes[text] { return index }
        strings.append(text)
        indexes[text] = strings.count - 1
        return strings.count - 1
    }

    /// `xl/sharedStrings.xml`.
    func xml() -> String {
        var xml =
            XMLText.declaration
            + "<sst xmlns=\"\(XMLText.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
        for text in strings { xml += "<si>\(XMLText.textElement(text))</si>" }
        return xml + "</sst>"
    }
}
