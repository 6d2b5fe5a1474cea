import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoStreet

/// Runs a command's body: any error that is not the argument parser's own prints its clerk-facing description on
/// stderr (without the parser's "Error:" prefix and usage) and the process exits with status 1.
func reporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        printError("\(error)")
        throw ExitCode.failure
    }
}

/// Writes data to stdout exactly as given (no newline added).
func printData(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Reads a whole file.
/// - Throws: `StreetError.unreadable` naming the file.
func readFile(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw StreetError.unreadable("cannot read \(path): no such file, or it is not readable")
    }
    return Array(data)
}

/// Writes a whole file, replacing it.
/// - Throws: `StreetError.failed` naming the file.
func writeFile(_ path: String, _ data: Data) throws {
    guard FileManager.default.createFile(atPath: path, contents: data) else {
        throw StreetError.failed("cannot write \(path): check that the folder exists and can be written")
    }
}

extension OutputFormat: ExpressibleByArgument {}
