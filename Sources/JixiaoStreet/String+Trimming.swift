import JixiaoModels

extension String {
    /// `trimmingSpaces()`, without its cost when there is nothing to trim (the common case in a 100,000-row
    /// import): only the first and last bytes are looked at then.
    func trimmed() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        // Space, tab, CR, LF, or the first byte of U+3000 (E3 80 80) at either end: trim properly.
        func mayBeSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        if mayBeSpace(first) || mayBeSpace(last) || first == 0xE3 || last == 0x80 { return trimmingSpaces() }
        return self
    }
}

extension String {
    /// The text with Windows (CRLF) and old Mac (CR) line ends written as LF, as Notepad files come.
    func normalizingLineEnds() -> String {
        guard utf8.contains(0x0D) else { return self }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
            } else if !(scalar == "\n" && previousWasCR) {
                scalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return String(scalars)
    }
}
