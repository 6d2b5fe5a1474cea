import Foundation
import JixiaoModels

/// Decodes a text file whose encoding nobody told us, as files saved by Excel on Chinese Windows come.
///
/// The order matters and is the one that works for Excel exports: a UTF-8 byte order mark means UTF-8; otherwise
/// bytes that are valid UTF-8 are UTF-8 (GB18030 text of any length is almost never valid UTF-8, while pure ASCII
/// is the same in both); otherwise GB18030, which also covers GBK and GB2312 files and four-byte characters
/// such as 𠮷. UTF-16 (Excel's "Unicode text") is recognised by its byte order mark and refused with advice.
public enum TextDecoding {
    /// The encodings `decode` recognises.
    public enum Encoding: String, Sendable, Hashable {
        case utf8BOM = "UTF-8 with BOM"  // english: an encoding's name
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
    }

    /// Foundation's GB18030 (kCFStringEncodingGB_18030_2000). `0x8000_0631` (GBK_95) is not available on Linux.
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes `bytes`, detecting the encoding.
    /// - Returns: the text (without a byte order mark) and the encoding found.
    /// - Throws: `ConsoleError.unreadableText` when the bytes are UTF-16 or neither UTF-8 nor GB18030.
    public static func decode(_ bytes: some Collection<UInt8>) throws -> (text: String, encoding: Encoding) {
        let array = Array(bytes)
        if array.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: array.dropFirst(3), as: UTF8.self) else {
                throw ConsoleError.unreadableText(tr("csv.bad-bom"))
            }
            return (text, .utf8BOM)
        }
        if array.starts(with: [0xFF, 0xFE]) || array.starts(with: [0xFE, 0xFF]) {
            throw ConsoleError.unreadableText(tr("csv.utf16"))
        }
        if let text = String(validating: array, as: UTF8.self) { return (text, .utf8) }
        if let text = String(data: Data(array), encoding: gb18030), !text.isEmpty || array.isEmpty {
            return (text, .gb18030)
        }
        throw ConsoleError.unreadableText(tr("csv.unknown-encoding"))
    }
}
