import Foundation
import JixiaoModels

/// A parsed JSON value that keeps the distinction between numbers, text and booleans, so the plan reader can
/// refuse a budget written as a number instead of silently converting it.
enum JSONValue: Hashable, Sendable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Parses `data` as JSON.
    /// - Throws: `DistrictError.invalidPlan` saying where the JSON is broken (line and column).
    static func parse(_ data: Data) throws -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch DecodingError.dataCorrupted {
            let detail = syntaxDetail(data)
            throw DistrictError.invalidPlan([
                PlanProblem(location: "", message: tr("plan.not-json", ["detail": detail]))
            ])
        } catch {
            throw DistrictError.invalidPlan([
                PlanProblem(location: "", message: tr("plan.not-json", ["detail": "\(error)"]))
            ])
        }
    }

    /// Where the JSON is broken, as `invalid value around line 3, column 15`.
    ///
    /// Foundation's decoder on Linux says only that the data is not valid JSON; `JSONSerialization` names a byte
    /// offset, which is turned into a line and column here.
    static func syntaxDetail(_ data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch let error as NSError {
            let detail = (error.userInfo[NSDebugDescriptionErrorKey] as? String) ?? error.localizedDescription
            guard let range = detail.range(of: #"character \d+"#, options: .regularExpression),
                let offset = Int(detail[range].dropFirst("character ".count))
            else { return detail }
            var line = 1
            var column = 1
            for byte in data.prefix(offset) {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            let what = detail[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            return tr(
                "plan.json-where",
                ["what": what.prefix(1).lowercased() + what.dropFirst(), "line": "\(line)", "column": "\(column)"]
            )
        }
        return tr("plan.not-json-document")
    }

    /// A short name of the value's JSON type, for messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: tr("plan.type.bool")
        case .number: tr("plan.type.number")
        case .string: tr("plan.type.text")
        case .array: tr("plan.type.list")
        case .object: tr("plan.type.object")
        }
    }
}
