/// Lowercase hexadecimal text of bytes and back, for secrets and certificate fingerprints.
public enum Hex {
    private static let digits: [Character] = Array("0123456789abcdef")

    /// Two lowercase digits per byte.
    public static func string(_ bytes: [UInt8]) -> String {
        var text = ""
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }

    /// The bytes of an even run of hexadecimal digits (either case), or `nil` for anything else.
    public static func bytes(_ text: String) -> [UInt8]? {
        let scalars = Array(text.utf8)
        guard scalars.count % 2 == 0 else { return nil }
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: c - 0x30
            case 0x61...0x66: c - 0x61 + 10
            case 0x41...0x46: c - 0x41 + 10
            default: nil
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count / 2)
        for index in stride(from: 0, to: scalars.count, by: 2) {
            guard let high = nibble(scalars[index]), let low = nibble(scalars[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }
}
