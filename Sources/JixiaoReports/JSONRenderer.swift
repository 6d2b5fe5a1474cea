import Foundation
import JixiaoModels

/// Writes every figure of a report as JSON: numbers as numbers, money as integer fen, keys sorted.
public enum JSONRenderer {
    /// The report as pretty-printed JSON with sorted keys.
    /// - Throws: `ReportError.output` if a figure cannot be written (a non-finite number).
    public static func render(_ report: ProjectReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(report)
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw ReportError.output(
                tr("report.json-failed", ["project": report.project.code]),
                underlying: error
            )
        }
    }
}
