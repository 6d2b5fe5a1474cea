import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoStreet

/// Writes data to stdout exactly as given (no newline added).
func printData(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Reads a whole file.
/// - Throws: `StreetError.unreadable` naming the file.
func readFile(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw StreetError.unreadable(tr("file.unreadable", ["path": path]))
    }
    return Array(data)
}

/// Writes a whole file, replacing it.
/// - Throws: `StreetError.failed` naming the file.
func writeFile(_ path: String, _ data: Data) throws {
    guard FileManager.default.createFile(atPath: path, contents: data) else {
        throw StreetError.failed(tr("file.cannot-write-folder", ["path": path]))
    }
}

/// `--format table|csv|json`.
extension OutputFormat: ExpressibleByArgument {}

/// `--period 2021`, `2021Q2` or `2021-06` (of a filter or a deletion; a value being set keeps its text, checked
/// with the value's other fields).
extension Period: ExpressibleByArgument {
    public init?(argument: String) { try? self.init(parsing: argument) }
}

/// `--server host:port`.
extension ServerAddress: ExpressibleByArgument {
    public init?(argument: String) { try? self.init(parsing: argument) }
}

// The parser's own outcomes pass through `reporting` (JixiaoConsole) to the parser.
extension ExitCode: ParserHandledError {}
extension CleanExit: ParserHandledError {}
extension ValidationError: ParserHandledError {}
