import ArgumentParser
import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStreet

/// `--enrol FILE`: the enrolment file the district wrote (server, office code, secret, certificate fingerprint).
struct EnrolmentOption: ParsableArguments {
    @Option(
        name: .customLong("enrol"),
        help: ArgumentHelp(
            tr("street.enrolment-option.file"),
            valueName: "file"
        )
    )
    var file: String?

    /// The enrolment, or `nil` when no file was given.
    /// - Throws: `StreetError` for a file that cannot be read or is not an enrolment file.
    func read() throws -> Enrolment? {
        guard let file else { return nil }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw StreetError.unreadable(tr("file.unreadable", ["path": file]))
        }
        do {
            return try Enrolment(decoding: data, source: file)
        } catch let error as ModelError {
            throw StreetError.failed(error.message)
        }
    }
}
