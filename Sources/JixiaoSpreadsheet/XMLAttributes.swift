import CXML2System

/// The attributes of one element as libxml2's SAX2 parser hands them over: looked up by local name (`r:id` and
/// `id` alike, the namespace prefix varies between writers) and turned into a `String` only when asked for.
///
/// Valid only during the `start` call that receives it: it points into the parser's buffers.
struct XMLAttributes {
    /// Five pointers per attribute: local name, prefix, URI, value start, value end.
    private let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    /// The number of attributes.
    let count: Int

    init(_ base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) {
        self.base = base
        self.count = base == nil ? 0 : count
    }

    /// The value of the attribute with local name `name`, if the element has one.
    subscript(_ name: String) -> String? {
        guard let base, count > 0 else { return nil }
        var name = name
        return name.withUTF8 { wanted -> String? in
            for index in 0..<count {
                guard let local = base[5 * index], let start = base[5 * index + 3], let end = base[5 * index + 4]
                else { continue }
                guard Self.equals(local, wanted) else { continue }
                return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
            }
            return nil
        }
    }

    /// `body` of the bytes of the attribute with local name `name`, if the element has one; the bytes are valid only
    /// during `body`. For values read on every cell, without making a `String` of them.
    func withValue<T>(_ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        guard let base, count > 0 else { return nil }
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        for index in 0..<count {
            guard let local = base[5 * index], let start = base[5 * index + 3], let end = base[5 * index + 4]
            else { continue }
            guard Self.equals(local, wanted) else { continue }
            return body(UnsafeBufferPointer(start: start, count: end - start))
        }
        return nil
    }

    /// Whether the NUL-terminated `cString` holds exactly `bytes`.
    static func equals(_ cString: UnsafePointer<xmlChar>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for (index, byte) in bytes.enumerated() where cString[index] != byte { return false }
        return cString[bytes.count] == 0
    }
}
