import Foundation
import JixiaoConsole
import JixiaoModels

extension Plan {
    /// Refuses a plan file that is not UTF-8 text, naming the encoding it looks like.
    ///
    /// A plan saved from a Chinese Windows editor is often GB18030; JSON must be UTF-8, and the decoder's own error
    /// (a type mismatch deep inside) would not tell the administrator what to do.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - name: the file's name, which starts the message.
    /// - Throws: `DistrictError.invalidInput`: `plan.json is not UTF-8 text (it looks like GB18030): save it as UTF-8`.
    public static func requireUTF8(_ data: Data, name: String) throws {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || String(validating: bytes, as: UTF8.self) != nil { return }
        let guess: String? =
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                "UTF-16"
            } else if (try? TextDecoding.decode(bytes))?.encoding == .gb18030 {
                "GB18030"
            } else {
                nil
            }
        throw DistrictError.invalidInput(
            guess.map { tr("plan.not-utf8-guess", ["name": name, "encoding": $0]) }
                ?? tr("plan.not-utf8", ["name": name])
        )
    }
}
