import Foundation
import JixiaoModels

/// JSON as both command lines write it: keys sorted (so output is stable and diffable), Chinese text as UTF-8
/// rather than `\u` escapes, slashes unescaped, pretty-printed with a final newline.
///
/// Money encodes as integer fen (`Money` is `Codable` that way); a row that people read too can add the amount in
/// 元 as text with `MoneyJSON`.
public enum JSONOutput {
    /// The encoder the commands use.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `value` as JSON text ending in a newline.
    /// - Throws: `EncodingError` when a value cannot be encoded (a non-finite number).
    public static func string(_ value: some Encodable) throws -> String {
        let data = try makeEncoder().encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// An amount for JSON output: integer fen for programs, and the same amount in 元 as text for people.
///
/// Encodes as `{"fen": 123456, "yuan": "1234.56"}`.
public struct MoneyJSON: Encodable, Hashable, Sendable {
    /// The amount in fen.
    public var fen: Int64
    /// The amount in 元 with two decimals and no grouping, e.g. `1234.56`.
    public var yuan: String

    /// The JSON form of `money`.
    public init(_ money: Money) {
        fen = money.fen
        yuan = money.formattedYuan(grouping: false)
    }
}
