import ArgumentParser
import JixiaoConsole
import JixiaoModels
import JixiaoReports

// Domain values the parser reads itself: a bad value is misuse (usage, exit status 64) and `--help` shows the form.

/// `--period 2021`, `2021Q2` or `2021-06`.
extension Period: ExpressibleByArgument {
    public init?(argument: String) { try? self.init(parsing: argument) }
}

/// `--server host:port`.
extension ServerAddress: ExpressibleByArgument {
    public init?(argument: String) { try? self.init(parsing: argument) }
}

/// `--kind street|department`.
extension Office.Kind: ExpressibleByArgument {
    public init?(argument: String) { try? self.init(parsing: argument) }
}

/// `--format md|html|csv|json` (`markdown` and `htm` are read too).
extension ReportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

/// `--lower-is-better ratio|deviation`.
extension ScoringOptions.LowerIsBetter: ExpressibleByArgument {}

/// `--format table|csv|json`.
extension OutputFormat: ExpressibleByArgument {}

// The parser's own outcomes pass through `reporting` (JixiaoConsole) to the parser.
extension ExitCode: ParserHandledError {}
extension CleanExit: ParserHandledError {}
extension ValidationError: ParserHandledError {}
