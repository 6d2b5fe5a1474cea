import ArgumentParser
import Foundation
import JixiaoModels
import JixiaoStreet

/// Where a command reads the office's secret from: a file or standard input, which keep it out of `ps` and the shell
/// history. `--secret VALUE` is refused with a message saying what to do instead.
struct SecretOptions: ParsableArguments {
    @Option(
        name: .customLong("secret-file"),
        help: ArgumentHelp(tr("street.secret-options.file"), valueName: "path")
    )
    var file: String?

    @Flag(name: .customLong("secret-stdin"), help: ArgumentHelp(tr("street.secret-options.stdin")))
    var stdin = false

    /// Declared only to refuse it with advice: a secret in argv is visible to `ps` and kept in the shell history.
    @Option(help: ArgumentHelp(visibility: .hidden))
    var secret: String?

    /// How many sources were given.
    var count: Int { [file != nil, stdin].filter { $0 }.count }

    func validate() throws {
        guard secret == nil else {
            throw ValidationError(tr("misuse.secret-on-argv"))
        }
        guard count <= 1 else {
            throw ValidationError(tr("misuse.secret-one-way"))
        }
    }

    /// The secret from the source given, or `nil` when none was.
    /// - Throws: `StreetError.unreadable` for a file that cannot be read, `.failed` for text that is not a secret.
    func read() throws -> OfficeSecret? {
        let text: String
        let source: String
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw StreetError.unreadable(tr("file.unreadable", ["path": file]))
            }
            text = String(decoding: data, as: UTF8.self)
            source = file
        } else if stdin {
            text = readLine(strippingNewline: true) ?? ""
            source = tr("noun.standard-input")
        } else {
            return nil
        }
        do {
            return try OfficeSecret(hex: text.trimmingCharacters(in: .whitespacesAndNewlines))
        } catch {
            throw StreetError.failed(tr("street.secret.invalid", ["source": source]))
        }
    }
}
