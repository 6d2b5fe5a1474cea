import Foundation
import Testing

@Suite("Docs/Protocol.md carries the test vectors verbatim (§12)")
struct DocumentationTests {
    static func protocolText() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Docs/Protocol.md")
        // Code blocks wrap long hex over lines; join them so a vector matches as one string.
        return try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\n", with: "")
    }

    @Test("§12 every vector the tests check appears in Protocol.md")
    func vectorsInDocs() throws {
        let text = try Self.protocolText()
        for vector in [
            Vectors.helloFrameHex, Vectors.authInputHex, Vectors.clientMACHex, Vectors.serverProofHex,
            Vectors.recordsHex, Vectors.zlibHex, Vectors.pushBeginFrameHex, Vectors.pushDataFrameHex,
            String(Vectors.rowHash.0), String(Vectors.rowHash.1),
        ] {
            #expect(text.contains(vector), "missing from Protocol.md: \(vector.prefix(32))…")
        }
    }
}
