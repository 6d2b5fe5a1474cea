extension Catalogue {
    /// What both command lines say outside any one command: the language choice itself.
    static let general: [String: Entry] = [
        "lang.unknown": Entry(
            zh: "错误：--lang 只能是 zh 或 en，不能是“{value}”",
            en: "Error: --lang takes zh or en, not '{value}'"
        ),
        // swift-argument-parser's own words (`ParserWords`); the English is the library's.
        "parser.overview": Entry(zh: "概述：", en: "OVERVIEW: "),
        "parser.usage": Entry(zh: "用法：", en: "USAGE: "),
        "parser.usage-short": Entry(zh: "用法：", en: "Usage: "),
        "parser.help-line": Entry(zh: "说明：", en: "Help: "),
        "parser.arguments": Entry(zh: "参数：", en: "ARGUMENTS:"),
        "parser.options": Entry(zh: "选项：", en: "OPTIONS:"),
        "parser.subcommands": Entry(zh: "子命令：", en: "SUBCOMMANDS:"),
        "parser.error": Entry(zh: "错误：", en: "Error: "),
        "parser.help": Entry(zh: "显示帮助信息。", en: "Show help information."),
        "parser.version": Entry(zh: "显示版本号。", en: "Show the version."),
        "parser.default": Entry(zh: "（默认：{value}）", en: " (default: {value})"),
        "parser.see-help-subcommand": Entry(
            zh: "  用“{command} help <子命令>”查看子命令的详细帮助。",
            en: "  See '{command} help <subcommand>' for detailed help."
        ),
        "parser.see-help": Entry(zh: "  用“{command}”查看更多说明。", en: "  See '{command}' for more information."),
        "parser.unknown-option": Entry(zh: "未知选项“{name}”", en: "Unknown option '{name}'"),
        "parser.missing-argument": Entry(zh: "缺少参数“{name}”", en: "Missing expected argument '{name}'"),
        "parser.unexpected-argument": Entry(zh: "多余的参数“{name}”", en: "Unexpected argument '{name}'"),
        "parser.missing-value": Entry(zh: "“{name}”缺少取值", en: "Missing value for '{name}'"),
        "parser.invalid-value": Entry(
            zh: "“{name}”的取值“{value}”无效",
            en: "The value '{value}' is invalid for '{name}'"
        ),
    ]
}
