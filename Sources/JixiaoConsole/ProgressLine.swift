import Foundation

/// One line of progress on stderr for a person watching (`checking 40,000 of 100,000 rows (40%)`), rewritten in
/// place and at most `rate` times a second; silent when stderr is not a terminal (a pipe, a log file, a test) or
/// when turned off (`--quiet`).
///
/// Not `Sendable`: one command drives it from one thread.
public final class ProgressLine {
    /// Whether anything is written.
    public let isEnabled: Bool
    private let interval: Double
    private let clock: () -> Double
    private let output: (String) -> Void
    private var lastShown: Double?
    private var shownText: String?

    /// A progress line on stderr.
    /// - Parameters:
    ///   - quiet: write nothing even on a terminal.
    ///   - onTerminal: whether stderr is a terminal (the default asks the system).
    ///   - rate: the most updates a second.
    ///   - clock: seconds since some fixed point (monotonic), for the rate; the default is the system's.
    ///   - output: where the bytes go; the default is stderr.
    public init(
        quiet: Bool = false,
        onTerminal: Bool = isatty(STDERR_FILENO) != 0,
        rate: Double = 10,
        clock: @escaping () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 },
        output: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        isEnabled = onTerminal && !quiet
        interval = 1 / rate
        self.clock = clock
        self.output = output
    }

    /// Shows `text` in place of the line shown before, unless the last update was too recent; `force` shows it
    /// anyway (the last step of a phase, so the line never stays behind).
    public func show(_ text: String, force: Bool = false) {
        guard isEnabled, text != shownText else { return }
        let now = clock()
        if !force, let lastShown, now - lastShown < interval { return }
        lastShown = now
        shownText = text
        // Carriage return and erase-to-end-of-line: the terminal keeps one line however many updates there are.
        output("\r" + text + "\u{1B}[K")
    }

    /// Ends the line (so what is printed next starts on its own), if one was shown.
    public func finish() {
        guard isEnabled, shownText != nil else { return }
        output("\n")
        shownText = nil
        lastShown = nil
    }

    /// `40%` of `done` out of `total` (100% for nothing to do), rounded down so that 100% means done.
    public static func percent(_ done: Int, of total: Int) -> Int {
        guard total > 0 else { return 100 }
        return min(100, done * 100 / total)
    }
}

@available(*, unavailable)
extension ProgressLine: Sendable {}
