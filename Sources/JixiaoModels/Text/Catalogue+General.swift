extension Catalogue {
    /// What both command lines say outside any one command: the language choice itself.
    static let general: [String: Entry] = [
        "lang.unknown": Entry(
            zh: "错误：--lang 只能是 zh 或 en，不能是“{value}”",
            en: "Error: --lang takes zh or en, not '{value}'"
        )
    ]
}
