/// One token of a formula, with its position (1-based character offset) for messages.
struct FormulaToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case number(Double)
        case code(String)
        case symbol(Character)
    }

    let kind: Kind
    let position: Int

    /// Splits `text` into numbers, codes and the symbols `+ - * / ( )`; spaces separate and are dropped.
    /// - Throws: `DistrictError.invalidInput` naming an unexpected character and its position.
    static func tokenize(_ text: String) throws -> [FormulaToken] {
        let characters = Array(text)
        var tokens: [FormulaToken] = []
        var index = 0
        func isLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        while index < characters.count {
            let c = characters[index]
            let start = index
            if c == " " || c == "\t" || c == "\u{3000}" {
                index += 1
            } else if "+-*/()".contains(c) {
                tokens.append(FormulaToken(kind: .symbol(c), position: start + 1))
                index += 1
            } else if isDigit(c) || c == "." {
                while index < characters.count, isDigit(characters[index]) || characters[index] == "." { index += 1 }
                let literal = String(characters[start..<index])
                guard literal.filter({ $0 == "." }).count <= 1, literal != ".", let number = Double(literal) else {
                    throw DistrictError.invalidInput("\"\(literal)\" at character \(start + 1) is not a number")
                }
                if index < characters.count, isLetter(characters[index]) {
                    throw DistrictError.invalidInput(
                        "\"\(literal)\(characters[index])\" at character \(start + 1): a code must start with a letter"
                    )
                }
                tokens.append(FormulaToken(kind: .number(number), position: start + 1))
            } else if isLetter(c) {
                while index < characters.count,
                    isLetter(characters[index]) || isDigit(characters[index]) || characters[index] == "_"
                        || characters[index] == "."
                {
                    index += 1
                }
                tokens.append(FormulaToken(kind: .code(String(characters[start..<index])), position: start + 1))
            } else {
                throw DistrictError.invalidInput(
                    "unexpected \"\(c)\" at character \(start + 1); use numbers, indicator codes, + - * / and parentheses"
                )
            }
        }
        return tokens
    }
}
