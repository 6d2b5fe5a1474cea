/// One token of a formula, with its position (1-based character offset) for messages.
struct FormulaToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case number(Double)
        case code(String)
        case symbol(Character)
    }

    let kind: Kind
    let position: Int

    /// The symbols Chinese documents write, and the ASCII symbol each stands for.
    private static let wideSymbols: [Character: Character] = ["×": "*", "÷": "/", "（": "(", "）": ")"]

    /// Splits `text` into numbers, codes and the symbols `+ - * / ( )`; white space separates and is dropped.
    /// - Parameter knownCodes: codes read as a whole, longest first, even when they contain `-`.
    /// - Throws: `FormulaParser.Failure` naming an unexpected character and its position.
    static func tokenize(_ text: String, knownCodes: Set<String>) throws(FormulaParser.Failure) -> [FormulaToken] {
        let characters = Array(text)
        let longestFirst = knownCodes.sorted { $0.count > $1.count }.map(Array.init)
        var tokens: [FormulaToken] = []
        var index = 0
        func isLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        func isCodeCharacter(_ c: Character) -> Bool { isLetter(c) || isDigit(c) || c == "_" || c == "." }
        func knownCode(at start: Int) -> [Character]? {
            longestFirst.first { code in
                let end = start + code.count
                return end <= characters.count && Array(characters[start..<end]) == code
                    && (end == characters.count || !isCodeCharacter(characters[end]))
            }
        }
        while index < characters.count {
            let c = characters[index]
            let start = index
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{3000}" {
                index += 1
            } else if "+-*/()".contains(c) {
                tokens.append(FormulaToken(kind: .symbol(c), position: start + 1))
                index += 1
            } else if let symbol = wideSymbols[c] {
                tokens.append(FormulaToken(kind: .symbol(symbol), position: start + 1))
                index += 1
            } else if isDigit(c) || c == "." {
                while index < characters.count, isDigit(characters[index]) || characters[index] == "." { index += 1 }
                let literal = String(characters[start..<index])
                guard literal.filter({ $0 == "." }).count <= 1, literal != ".", let number = Double(literal) else {
                    throw FormulaParser.Failure(
                        reason: tr("formula.not-number", ["text": literal, "position": "\(start + 1)"])
                    )
                }
                if index < characters.count, isLetter(characters[index]) {
                    throw FormulaParser.Failure(
                        reason: tr(
                            "formula.code-start",
                            ["text": "\(literal)\(characters[index])", "position": "\(start + 1)"]
                        )
                    )
                }
                tokens.append(FormulaToken(kind: .number(number), position: start + 1))
            } else if isLetter(c) {
                if let known = knownCode(at: start) {
                    index += known.count
                } else {
                    while index < characters.count, isCodeCharacter(characters[index]) { index += 1 }
                }
                tokens.append(FormulaToken(kind: .code(String(characters[start..<index])), position: start + 1))
            } else {
                throw FormulaParser.Failure(
                    reason: tr("formula.unexpected-character", ["character": "\(c)", "position": "\(start + 1)"])
                )
            }
        }
        return tokens
    }
}
