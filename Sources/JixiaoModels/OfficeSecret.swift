/// An office's 256-bit secret, issued by the district and written as 64 hexadecimal digits.
public struct OfficeSecret: Hashable, Sendable, CustomStringConvertible {
    /// The 32 bytes.
    public let bytes: [UInt8]

    /// A fresh random secret from the system's cryptographically secure generator.
    public static func random() -> OfficeSecret {
        var generator = SystemRandomNumberGenerator()
        return OfficeSecret(unchecked: (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    private init(unchecked bytes: [UInt8]) { self.bytes = bytes }

    /// Wraps 32 bytes.
    /// - Throws: `ModelError.invalidValue` for any other length.
    public init(bytes: [UInt8]) throws {
        guard bytes.count == 32 else {
            throw ModelError.invalidValue(tr("model.secret-length", ["n": "\(bytes.count)"]))
        }
        self.bytes = bytes
    }

    /// Parses 64 hexadecimal digits.
    /// - Throws: `ModelError.invalidValue` without quoting the input (it is a secret).
    public init(hex: String) throws {
        let text = hex.trimmingSpaces()
        guard text.utf8.count == 64, let bytes = Hex.bytes(text) else {
            throw ModelError.invalidValue(tr("model.secret-invalid"))
        }
        self.bytes = bytes
    }

    /// The 64 lowercase hexadecimal digits.
    public var hex: String { Hex.string(bytes) }

    /// Never prints the secret itself.
    public var description: String { "OfficeSecret(…)" }
}

/// A server address written `HOST:PORT`.
public struct ServerAddress: Hashable, Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int

    /// Whether `host` names this machine only (127.0.0.0/8, ::1, localhost): the one place plaintext is allowed.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Whether the address is on this machine only.
    public var isLoopback: Bool { Self.isLoopback(host) }

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT` (`127.0.0.1:7420`, `district.example:7420`, `[::1]:7420`).
    /// - Throws: `ModelError.invalidValue` quoting the input.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingSpaces()
        let refuse = ModelError.invalidValue(tr("model.server-invalid", ["text": text]))
        guard let colon = trimmed.lastIndex(of: ":") else { throw refuse }
        var host = String(trimmed[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty, let port = Int(trimmed[trimmed.index(after: colon)...]), (1...65535).contains(port) else {
            throw refuse
        }
        self.host = host
        self.port = port
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
