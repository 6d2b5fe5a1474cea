import Foundation

/// A fresh folder under the system's temporary directory, removed with everything in it when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
    /// The folder.
    public let url: URL

    /// The folder, as a path.
    public var path: String { url.path }

    /// Creates `TMPDIR/PREFIX-UUID`.
    public init(prefix: String = "jixiao-tests") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder (the file need not exist).
    public func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
